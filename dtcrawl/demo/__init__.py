"""Offline demo portals: synthetic Vietnamese provincial portals served over local HTTP."""
