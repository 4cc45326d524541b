"""The portal spider (spiders/portal.py): what its settings and the crawl process rely on."""

from __future__ import annotations

import gc

import pytest
from scrapy.utils.misc import is_generator_with_return_value

from dtcrawl import settings
from spiders import portal
from spiders.portal import PortalSpider

CALLBACKS = [
    name for name in dir(PortalSpider) if name.startswith(("parse", "on_")) and name != "parse"
]


@pytest.mark.parametrize("name", CALLBACKS)
def test_no_callback_returns_a_value_from_a_generator(name):
    # dtcrawl.settings turns Scrapy's check of this off (WARN_ON_GENERATOR_RETURN_VALUE): it
    # parsed the callbacks' source again and again; this test keeps the check.
    assert settings.WARN_ON_GENERATOR_RETURN_VALUE is False
    assert not is_generator_with_return_value(getattr(PortalSpider, name))


def test_the_garbage_collector_is_tuned_once(monkeypatch):
    monkeypatch.setattr(portal, "_GC_TUNED", False)
    before = gc.get_threshold()
    try:
        portal._tune_garbage_collector()
        tuned = gc.get_threshold()
        assert tuned[0] == max(portal.GC_YOUNG_THRESHOLD, before[0])
        assert tuned[1:] == before[1:]
        assert gc.get_freeze_count() > 0
        gc.set_threshold(*before)
        portal._tune_garbage_collector()  # once per process: not again
        assert gc.get_threshold() == before
    finally:
        gc.set_threshold(*before)
        gc.unfreeze()
