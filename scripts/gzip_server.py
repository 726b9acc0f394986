"""A local static server that sends what GitHub Pages sends: gzip for text, caching headers.

    python scripts/gzip_server.py SITE_DIR [--port 8000]

For the benchmarks (scripts/bench_phone.py): bytes on the wire and timings on a slow
network only mean something if the files travel as they do from the real host. Like
GitHub Pages (behind Fastly), this server

* gzips text types and the WebAssembly binary when the browser accepts gzip
  (`Content-Encoding: gzip`, `Vary: Accept-Encoding`); zip files (the standard library,
  the wheel) are sent as they are, being compressed already;
* sends `Cache-Control: max-age=600`, an `ETag` and `Last-Modified`, and answers a
  revalidation (`If-None-Match`) with 304 Not Modified;
* serves `dir/index.html` for `dir/`, and redirects `dir` to `dir/`.

Compressed bodies are kept in memory, so a file is compressed once per server.
"""

from __future__ import annotations

import argparse
import email.utils
import gzip
import hashlib
import http.server
import mimetypes
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlparse

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "application/javascript; charset=utf-8",
    ".mjs": "application/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".webmanifest": "application/manifest+json; charset=utf-8",
    ".svg": "image/svg+xml",
    ".wasm": "application/wasm",
    ".zip": "application/zip",
    ".whl": "application/zip",
    ".ics": "text/calendar; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".xml": "application/xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
}
COMPRESSED_TYPES = ("text/", "application/javascript", "application/json", "application/manifest+json",
                    "application/wasm", "application/xml", "image/svg+xml")
MAX_AGE = 600  # what GitHub Pages sends
CHUNK = 16 * 1024


class Link:
    """One slow phone link shared by every connection (the page, its workers, the service
    worker): each response waits one round trip, then its bytes queue for the same
    downstream bandwidth. Stands in for DevTools throttling, which does not slow a service
    worker's own fetches."""

    def __init__(self, latency_ms: float, down_bytes_per_s: float):
        self.latency = latency_ms / 1000
        self.rate = down_bytes_per_s
        self.free_at = 0.0
        self.lock = threading.Lock()

    def send(self, wfile, body: bytes) -> None:
        for start in range(0, len(body), CHUNK):
            chunk = body[start:start + CHUNK]
            with self.lock:
                now = time.monotonic()
                self.free_at = max(self.free_at, now) + len(chunk) / self.rate
                done = self.free_at
            time.sleep(max(0.0, done - time.monotonic()))
            wfile.write(chunk)


class GzipHandler(http.server.BaseHTTPRequestHandler):
    root: Path = Path(".")
    cache: dict = {}
    served: dict = {}
    link: Link | None = None
    # For tests: {"down": True} answers nothing (a dead network); {"status": {path: 503}} a server error.
    state: dict = {}
    lock = threading.Lock()
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # noqa: A002 - fixed by the base class
        pass

    def _file(self) -> tuple[Path | None, str | None]:
        path = unquote(urlparse(self.path).path)
        target = (self.root / path.lstrip("/")).resolve()
        if self.root not in target.parents and target != self.root:
            return None, None
        if target.is_dir():
            if not path.endswith("/"):
                return None, path + "/"
            target = target / "index.html"
        return (target if target.is_file() else None), None

    def _body(self, file: Path, zipped: bool) -> tuple[bytes, str]:
        stat = file.stat()
        key = (str(file), stat.st_mtime_ns, stat.st_size, zipped)
        with self.lock:
            if key not in self.cache:
                data = file.read_bytes()
                etag = '"' + hashlib.sha1(data).hexdigest()[:16] + ('-gz"' if zipped else '"')
                self.cache[key] = (gzip.compress(data, compresslevel=6, mtime=0) if zipped else data, etag)
            return self.cache[key]

    def do_HEAD(self):  # noqa: N802 - fixed by the base class
        self.do_GET(head=True)

    def do_GET(self, head: bool = False):  # noqa: N802 - fixed by the base class
        with self.lock:
            path = unquote(urlparse(self.path).path)
            self.served[path] = self.served.get(path, 0) + 1
        if self.link:
            time.sleep(self.link.latency)
        if self.state.get("down"):
            self.close_connection = True
            return
        status = self.state.get("status", {}).get(path)
        if status:
            self.send_error(status)
            return
        file, redirect = self._file()
        if redirect:
            self.send_response(301)
            self.send_header("Location", redirect)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if file is None:
            file = self.root / "404.html"
            status = 404
            if not file.is_file():
                self.send_error(404)
                return
        else:
            status = 200
        kind = TYPES.get(file.suffix) or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        accepts = "gzip" in (self.headers.get("Accept-Encoding") or "")
        zipped = accepts and kind.startswith(COMPRESSED_TYPES)
        body, etag = self._body(file, zipped)
        if status == 200 and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Cache-Control", f"max-age={MAX_AGE}")
            self.end_headers()
            return
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", f"max-age={MAX_AGE}")
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", email.utils.formatdate(file.stat().st_mtime, usegmt=True))
        self.send_header("Vary", "Accept-Encoding")
        if zipped:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        if head:
            return
        if self.link:
            self.link.send(self.wfile, body)
        else:
            self.wfile.write(body)


def serve(directory: Path, port: int = 0, link: Link | None = None) -> http.server.ThreadingHTTPServer:
    """Serve `directory` like GitHub Pages on 127.0.0.1 in a background thread; call .shutdown().
    With `link`, every response travels over that one slow link."""
    handler = type("Handler", (GzipHandler,), {"root": Path(directory).resolve(), "cache": {}, "served": {},
                                               "link": link, "state": {}})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.served = handler.served  # path -> how many GET/HEAD requests asked for it
    server.state = handler.state  # tests: {"down": True}, {"status": {path: 503}}
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    server = serve(args.site, args.port)
    print(f"Serving {args.site} gzipped at http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C stops)")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
