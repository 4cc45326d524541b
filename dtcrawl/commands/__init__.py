"""Sub-commands of the ``dtcrawl`` command line, one module per command group.

Each module exposes click commands; :mod:`dtcrawl.cli` adds them to the group.
"""
