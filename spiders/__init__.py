"""Scrapy spiders of dtcrawl (``SPIDER_MODULES = ["spiders"]``)."""
