"""Staff keys from the identity provider's JWKS URL: fetched over HTTP, cached; an unreachable IdP is 503."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from harness import Gateway, assert_problem


@pytest.fixture
def jwks_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A tiny IdP publishing ``tmp_path/idp/jwks.json`` over HTTP on loopback."""
    folder = tmp_path / "idp"
    folder.mkdir()

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(folder), **kwargs)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/jwks.json", folder
    server.shutdown()
    server.server_close()


def _gateway(gateway_factory: Any, url: str) -> Gateway:
    gw: Gateway = gateway_factory(staff_jwks=url)
    return gw


def test_staff_keys_from_a_jwks_url(
    gateway_factory: Any, jwks_server: tuple[str, Path], tmp_path: Path
) -> None:
    url, folder = jwks_server
    # The development IdP's key set, published by the "IdP" (the file the embedded default would read).
    local = tmp_path / "var" / "keys" / "staff-idp.jwks.json"
    from gateway.keys import ensure_gateway_keys

    ensure_gateway_keys(local.parent, local)
    (folder / "jwks.json").write_bytes(local.read_bytes())
    gw = _gateway(gateway_factory, url)
    with gw.staff("audrey", "auditor") as auditor:
        assert auditor.get("/v1/ledger/checkpoint").status_code == 200


def test_unreachable_idp_answers_503(gateway_factory: Any, tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    gw = _gateway(gateway_factory, f"http://127.0.0.1:{port}/jwks.json")
    with gw.staff("audrey", "auditor") as auditor:
        assert_problem(auditor.get("/v1/ledger/checkpoint"), 503, "service-unavailable")
