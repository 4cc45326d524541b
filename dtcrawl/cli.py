"""The ``dtcrawl`` command line."""

from __future__ import annotations

import importlib
import pkgutil

import click

from dtcrawl import __version__
from dtcrawl import commands as _commands


class _CommandsGroup(click.Group):
    """A group that adds the click commands of every :mod:`dtcrawl.commands` module the first
    time it is asked for a command, not when this module is imported.

    The crawl's cleaning worker is a spawned process, and spawning imports the parent's main
    module again (``python -m dtcrawl.cli`` makes that this one): registering every command at
    import made each worker import the whole command set (Datasette, the WARC tools...) for
    nothing, 1.6 CPU s of a 2,000-article crawl's 13.7 in the worker (py-spy).
    """

    _registered = False

    def _register(self) -> None:
        if self._registered:
            return
        self._registered = True
        for info in pkgutil.iter_modules(_commands.__path__):
            module = importlib.import_module(f"{_commands.__name__}.{info.name}")
            for name in getattr(module, "__all__", []):
                self.add_command(getattr(module, name))

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._register()
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        self._register()
        return super().get_command(ctx, cmd_name)


@click.group(cls=_CommandsGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dtcrawl")
def main() -> None:
    """Crawl Vietnamese provincial portals' digital-transformation news into an archive."""


if __name__ == "__main__":
    main()
