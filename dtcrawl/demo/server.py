"""Serve the demo portals over real HTTP, each on its own loopback address.

>>> with DemoPortals() as demo:  # doctest: +SKIP
...     demo.base_url("lamgiang")
'http://127.0.0.11:40123'

Run in the foreground: ``python -m dtcrawl.demo.server [--port N]``.

Besides ``render`` (or ``respond``), a site may define two hooks the server carries out, for
what a response as data cannot say (a slow or flaky origin):

- ``first_answer(path_and_query) -> Response | None``: the response sent instead of the page
  the first time this server is asked for ``path_and_query`` (GET or HEAD), e.g. a 500 of an
  origin that times out once and answers afterwards; None where the page always answers;
- ``answer_delay(path_and_query) -> float``: seconds to wait before answering (0 for none); a
  client that hangs up meanwhile gets nothing.
"""

from __future__ import annotations

import argparse
import select
import signal
import socket
import struct
import threading
import time
from collections.abc import Mapping, Sequence
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from dtcrawl.demo.cms.common import Response
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS
from dtcrawl.demo.site import DemoSites, demo_sites

__all__ = ["DemoPortals", "LoggedRequest", "is_not_modified", "main"]

LoggedRequest = tuple[str, str, str, dict[str, str]]


def is_not_modified(response: Response, request_headers: Mapping[str, str]) -> bool:
    """True when a conditional GET may be answered 304 (RFC 9110 §13.2.2 order).

    ``If-None-Match`` wins over ``If-Modified-Since``; only 200 responses with validators count.

    >>> ok = Response(200, {"ETag": '"abc"', "Last-Modified": "Mon, 20 Feb 2023 01:15:00 GMT"}, b"")
    >>> is_not_modified(ok, {"If-None-Match": 'W/"abc", "x"'})
    True
    >>> is_not_modified(ok, {"If-Modified-Since": "Mon, 20 Feb 2023 01:15:00 GMT"})
    True
    >>> is_not_modified(ok, {"If-Modified-Since": "Sun, 19 Feb 2023 01:15:00 GMT"})
    False
    """
    if response.status != 200:
        return False
    headers = {k.lower(): v for k, v in request_headers.items()}
    etag = response.headers.get("ETag")
    if "if-none-match" in headers:
        if not etag:
            return False
        wanted = [tag.strip().removeprefix("W/") for tag in headers["if-none-match"].split(",")]
        return "*" in wanted or etag in wanted
    last_modified = response.headers.get("Last-Modified")
    if "if-modified-since" in headers and last_modified:
        try:
            since = parsedate_to_datetime(headers["if-modified-since"])
            changed = parsedate_to_datetime(last_modified)
        except (TypeError, ValueError):
            return False
        return changed <= since
    return False


class _Handler(BaseHTTPRequestHandler):
    """Answers one portal's requests from :class:`DemoSites`; the server carries the state."""

    server: _PortalServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(send_body=False)

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        self._answer(send_body=True, form=self.rfile.read(length) if length > 0 else b"")

    def _answer(self, send_body: bool, form: bytes | None = None) -> None:
        owner = self.server.owner
        portal_id = self.server.portal_id
        headers = dict(self.headers.items())
        owner.requests.append((portal_id, self.command, self.path, headers))
        base = f"http://{self.server.server_address[0]}:{self.server.server_address[1]}"
        site = owner.sites.site(portal_id)
        respond = getattr(site, "respond", None)
        if form is not None:  # a POST: only sites with ``respond_post`` take form bodies
            respond_post = getattr(site, "respond_post", None)
            content_type = self.headers.get("Content-Type", "")
            response = (
                respond_post(self.path, form, content_type, owner.revision, base)
                if respond_post is not None
                else Response(405, {"Allow": "GET, HEAD", "Content-Type": "text/plain"}, b"")
            )
        elif respond is not None:  # a portal with a front (WAF) needs the headers and the client
            response = respond(self.path, owner.revision, base, headers, self.client_address[0])
        else:
            response = owner.sites.render(portal_id, self.path, owner.revision, base)
        if form is None:
            first_answer = getattr(site, "first_answer", None)
            early = first_answer(self.path) if first_answer is not None else None
            if early is not None and self.server.first_time(self.path):
                response = early
            answer_delay = getattr(site, "answer_delay", None)
            delay = answer_delay(self.path) if answer_delay is not None else 0.0
            if delay > 0 and not self._wait_unless_abandoned(delay):
                return
        behaviour = self.server.socket_behaviour(self.path)
        if behaviour == "flaky" and self.server.first_time(self.path):
            response = Response(
                503,
                {"Content-Type": "text/plain; charset=utf-8", "Retry-After": "1"},
                "Dịch vụ tạm thời không khả dụng.".encode(),
            )
        elif behaviour == "hang" and not self._wait_unless_abandoned(owner.hang_seconds):
            return
        elif behaviour == "reset":
            self._reset_mid_body(response)
            return
        not_modified = form is None and is_not_modified(response, headers)
        status = 304 if not_modified else response.status
        owner.answers.append((portal_id, self.command, self.path, status))
        if not_modified:
            self.send_response(304)
            for name in ("ETag", "Last-Modified", "Cache-Control"):
                if name in response.headers:
                    self.send_header(name, response.headers[name])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(response.status)
        for name, value in response.headers.items():
            if name != "Server":  # send_response has sent it (version_string)
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if send_body:
            self.wfile.write(response.body)

    def version_string(self) -> str:
        site = self.server.owner.sites.site(self.server.portal_id)
        return site.family_headers.get("Server", "nginx")

    def _wait_unless_abandoned(self, seconds: float) -> bool:
        """Sit on the request for ``seconds``; False if the client hung up or the server stops."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.server.owner.stopping.is_set():
                return False
            readable, _, _ = select.select([self.connection], [], [], 0.1)
            if readable:
                try:
                    if not self.connection.recv(1, socket.MSG_PEEK):
                        return False  # the client closed the connection
                except OSError:
                    return False
                time.sleep(0.1)
        return True

    def _reset_mid_body(self, response: Response) -> None:
        """Announce the whole body, send half of it, then reset the connection (RST)."""
        self.send_response(response.status)
        for name, value in response.headers.items():
            if name != "Server":
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        self.wfile.write(response.body[: len(response.body) // 2])
        self.wfile.flush()
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
        return


class _PortalServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], owner: DemoPortals, portal_id: str):
        self.owner = owner
        self.portal_id = portal_id
        self._seen: set[str] = set()
        self._lock = threading.Lock()
        super().__init__(address, _Handler)

    def socket_behaviour(self, path_and_query: str) -> str | None:
        """What the server itself must do for this path (faulty portal only)."""
        site = self.owner.sites.site(self.portal_id)
        finder = getattr(site, "socket_behaviour", None)
        return finder(urlsplit(path_and_query).path) if finder else None

    def first_time(self, path: str) -> bool:
        """True the first time ``path`` is asked for (for 503-then-200 pages, ``first_answer``)."""
        with self._lock:
            if path in self._seen:
                return False
            self._seen.add(path)
            return True


class DemoPortals:
    """The five demo portals served over HTTP (context manager).

    ``port=0`` gives each portal a free port; otherwise all listen on ``port`` of their own
    address (127.0.0.11 … 127.0.0.15). ``corpus`` replaces the packaged demo corpus.
    ``faulty=True`` adds the sixth portal (127.0.0.16) whose pages misbehave; its hanging page
    answers after ``hang_seconds`` unless the client gives up first.
    """

    def __init__(
        self,
        port: int = 0,
        revision: int = 0,
        corpus: Mapping[str, Sequence[Any]] | None = None,
        portal_ids: Sequence[str] | None = None,
        faulty: bool = False,
        hang_seconds: float = 30.0,
    ):
        self.port = port
        self.revision = revision
        self.sites = DemoSites(corpus) if corpus is not None else demo_sites()
        self.portal_ids = list(portal_ids or PORTALS)
        if faulty and "faulty" not in self.portal_ids:
            self.portal_ids.append("faulty")
        self.hang_seconds = hang_seconds
        self.stopping = threading.Event()
        self.requests: list[LoggedRequest] = []
        # (portal, method, path, status) of every answer sent, in order.
        self.answers: list[tuple[str, str, str, int]] = []
        self._servers: dict[str, _PortalServer] = {}
        self._threads: list[threading.Thread] = []

    # -- lifecycle

    def start(self) -> DemoPortals:
        """Bind and serve every portal in background threads."""
        self.stopping.clear()
        try:
            for portal_id in self.portal_ids:
                server = _PortalServer((ALL_PORTALS[portal_id].host, self.port), self, portal_id)
                self._servers[portal_id] = server
                thread = threading.Thread(
                    target=server.serve_forever, name=f"demo-{portal_id}", daemon=True
                )
                thread.start()
                self._threads.append(thread)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop every server and release its socket."""
        self.stopping.set()
        for server in self._servers.values():
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self._servers.clear()
        self._threads.clear()

    def __enter__(self) -> DemoPortals:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- state

    def set_revision(self, revision: int) -> None:
        """Serve the edited article texts (1) or the originals (0) from now on."""
        self.revision = revision

    def clear_requests(self) -> None:
        """Forget the request log."""
        self.requests.clear()
        self.answers.clear()

    def fetched_paths(self, portal_id: str, method: str = "GET") -> list[str]:
        """Paths requested from ``portal_id`` so far, in order."""
        return [path for pid, verb, path, _ in self.requests if pid == portal_id and verb == method]

    # -- addresses and registry

    def base_url(self, portal_id: str) -> str:
        """``http://host:port`` of a running portal."""
        host, port = self._servers[portal_id].server_address[:2]
        return f"http://{host}:{port}"

    @property
    def portals(self) -> list[dict[str, Any]]:
        """Registry entries of the running portals, with their real URLs."""
        entries = []
        for portal_id in self._servers:
            portal = ALL_PORTALS[portal_id]
            site = self.sites.site(portal_id)
            base = self.base_url(portal_id)
            entries.append(
                {
                    "id": portal.id,
                    "name": portal.name,
                    "province": portal.province,
                    "start_urls": [base + path for path in site.start_paths()],
                    "allowed_domains": [portal.host],
                    "sitemaps": [base + path for path in portal.advertised_sitemaps],
                    "feeds": [base + path for path in portal.advertised_feeds],
                    "relevance": portal.relevance,
                    "cms": portal.registry_cms,
                }
            )
        return entries

    def write_registry(self, path: str | Path) -> Path:
        """Write the registry of the running portals as YAML ``{portals: [...]}``."""
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        text = yaml.safe_dump({"portals": self.portals}, allow_unicode=True, sort_keys=False)
        target.write_text(text, encoding="utf-8")
        return target


def main(argv: Sequence[str] | None = None) -> None:
    """Serve the demo portals in the foreground until interrupted."""
    parser = argparse.ArgumentParser(description="Serve the offline demo portals.")
    parser.add_argument("--port", type=int, default=8080, help="port on every portal address")
    parser.add_argument("--revision", type=int, default=0, help="serve edited texts (1)")
    parser.add_argument("--faulty", action="store_true", help="also serve the faulty portal")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # stop cleanly on SIGTERM too
    with DemoPortals(port=args.port, revision=args.revision, faulty=args.faulty) as demo:
        for entry in demo.portals:
            print(f"{entry['id']:<18} {entry['start_urls'][0]}  ({entry['name']})", flush=True)
        print("Ctrl-C to stop.", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
