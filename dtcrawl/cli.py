"""The ``dtcrawl`` command line."""

from __future__ import annotations

import importlib
import pkgutil

import click

from dtcrawl import __version__
from dtcrawl import commands as _commands


def _command_modules() -> list[str]:
    """The names of the modules of :mod:`dtcrawl.commands`, in file-name order."""
    return [info.name for info in pkgutil.iter_modules(_commands.__path__)]


class _CommandsGroup(click.Group):
    """A group that adds the click commands of :mod:`dtcrawl.commands` modules when it is asked
    for a command (the module named like the command first, all of them when listing or when
    that one does not define it), not when this module is imported.

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
        for module_name in _command_modules():
            self._add_module(module_name)

    def _add_module(self, module_name: str) -> None:
        module = importlib.import_module(f"{_commands.__name__}.{module_name}")
        for name in getattr(module, "__all__", []):
            self.add_command(getattr(module, name))

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._register()
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        # The module named like the command is tried first, so that ``dtcrawl crawl`` does not
        # import every other command's modules (probe, portal checks...): 0.15 CPU s of each
        # crawl's start-up. Any command not found that way is looked for in all of them.
        command = super().get_command(ctx, cmd_name)
        if command is None and not self._registered:
            module_name = cmd_name.replace("-", "_")
            if module_name in _command_modules():
                self._add_module(module_name)
                command = super().get_command(ctx, cmd_name)
        if command is None:
            self._register()
            command = super().get_command(ctx, cmd_name)
        return command


@click.group(cls=_CommandsGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dtcrawl")
def main() -> None:
    """Crawl Vietnamese provincial portals' digital-transformation news into an archive."""


if __name__ == "__main__":
    main()
