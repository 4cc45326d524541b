"""An optional JSON-lines trace of what a crawl decided, for ``dtcrawl try``.

Set ``DTCRAWL_TRACE=/path/file.jsonl``; the spider writes which listing pages it
read and which links it did not follow (and why), the pipeline what it stored.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


class Trace:
    """Append JSON lines to a file; does nothing when no path is given."""

    def __init__(self, path: str | Path | None) -> None:
        self._file = open(path, "a", encoding="utf-8") if path else None  # noqa: SIM115

    def write(self, event: str, **fields: Any) -> None:
        """Record one event."""
        if self._file is not None:
            self._file.write(json.dumps({"event": event, **fields}, ensure_ascii=False) + "\n")
            self._file.flush()

    def close(self) -> None:
        """Close the file."""
        if self._file is not None:
            self._file.close()
            self._file = None


def read_trace(path: str | Path) -> list[dict[str, Any]]:
    """Read a trace back as a list of events."""
    p = Path(path)
    if not p.exists():
        return []
    return [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line]
