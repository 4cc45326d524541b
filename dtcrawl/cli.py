"""The ``dtcrawl`` command line."""

from __future__ import annotations

import importlib
import pkgutil

import click

from dtcrawl import __version__
from dtcrawl import commands as _commands


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dtcrawl")
def main() -> None:
    """Crawl Vietnamese provincial portals' digital-transformation news into an archive."""


def _register_commands() -> None:
    """Add every click command defined in :mod:`dtcrawl.commands` modules."""
    for info in pkgutil.iter_modules(_commands.__path__):
        module = importlib.import_module(f"{_commands.__name__}.{info.name}")
        for name in getattr(module, "__all__", []):
            main.add_command(getattr(module, name))


_register_commands()

if __name__ == "__main__":
    main()
