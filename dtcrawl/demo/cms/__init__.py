"""One module per CMS family rendering the demo portals, plus their shared base (common)."""
