"""dtcrawl: a crawler and public archive of digital-transformation news from
Vietnamese provincial government portals."""

__version__ = "0.1.0"
