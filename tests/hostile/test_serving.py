"""deploy/nginx.conf serves a built site with the CSP, caching and gzip headers, and holds a bounded load."""

from __future__ import annotations

import gzip
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FIXTURE_AS_OF, ROOT, VALID_TREE, need_tool

NGINX = "/usr/sbin/nginx"
WRK = "/usr/bin/wrk"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_block(site: Path, port: int) -> str:
    """deploy/nginx.conf with the listen address and root of this test."""
    text = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    text = text.replace("listen 80;", f"listen 127.0.0.1:{port};").replace("listen [::]:80;", "")
    return re.sub(r"root [^;]+;", f"root {site};", text)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    need_tool(NGINX)
    work = tmp_path_factory.mktemp("nginx")
    site = work / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "gongshi.cli",
            "build",
            str(VALID_TREE),
            "--output",
            str(site),
            f"--as-of={FIXTURE_AS_OF}",
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    port = free_port()
    conf = work / "nginx.conf"
    user = "user root;" if os.geteuid() == 0 else ""
    conf.write_text(
        f"""{user}
worker_processes 2;
pid {work}/nginx.pid;
error_log {work}/error.log;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {work}/body;
    proxy_temp_path {work}/proxy;
    fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi;
    scgi_temp_path {work}/scgi;
    {server_block(site, port)}
}}
""",
        encoding="utf-8",
    )
    proc = subprocess.Popen(
        [NGINX, "-c", str(conf), "-p", str(work), "-g", "daemon off;"], stderr=subprocess.PIPE
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/index.html", timeout=1)
            break
        except OSError:
            time.sleep(0.05)
    else:
        proc.kill()
        pytest.fail(f"nginx did not start: {proc.stderr.read().decode()}")
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def get(url: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, b""


def test_headers(served: str) -> None:
    status, headers, _ = get(served + "/index.html")
    assert status == 200
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "'unsafe-inline'" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["cache-control"] == "no-cache"
    status, headers, body = get(served + "/index.html", **{"Accept-Encoding": "gzip"})
    assert headers.get("content-encoding") == "gzip" and "郑州市上街区".encode() in gzip.decompress(body)
    status, headers, _ = get(served + "/static/css/" + next((ROOT / "theme/static/css").glob("*.css")).name)
    assert (
        status == 200 and "max-age=3600" in headers["cache-control"] and "content-security-policy" in headers
    )
    assert get(served + "/no-such-page.html")[0] == 404
    assert get(served + "/.git/config")[0] in (403, 404)


def test_bounded_load_has_no_errors(served: str) -> None:
    need_tool(WRK)
    result = subprocess.run(
        [WRK, "-t2", "-c32", "-d30s", "--timeout", "5s", "--latency", served + "/index.html"],
        capture_output=True,
        text=True,
        check=True,
        timeout=90,
    )
    out = result.stdout
    assert "Non-2xx or 3xx responses" not in out, out
    assert "Socket errors" not in out, out
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    assert requests > 1000, out
    p99 = re.search(r"99%\s+(\S+)", out).group(1)
    print(f"\nwrk 30 s, 32 connections: {requests} requests, p99 {p99}")
