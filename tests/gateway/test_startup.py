"""Fail closed at start-up: no keys, no identity provider keys, or no valid policy set → the gateway does not serve."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from harness import LiveServer, make_settings

from gateway.app import create_app, create_asgi
from gateway.bootstrap import prepare
from gateway.errors import ConfigurationError
from gateway.keys import ensure_gateway_keys
from gateway.migrate import upgrade


def test_missing_keys_refuse_to_start(sqlite_url: str, tmp_path: Path) -> None:
    settings = make_settings({"database_url": sqlite_url, "redis_url": None}, tmp_path)
    upgrade(settings.database_url)
    with pytest.raises(ConfigurationError):
        create_app(settings)  # no staff JWKS, no ledger keys, no package key


def test_no_published_policy_refuses_to_serve(sqlite_url: str, tmp_path: Path) -> None:
    settings = make_settings({"database_url": sqlite_url, "redis_url": None}, tmp_path)
    upgrade(settings.database_url)
    ensure_gateway_keys(settings.keys_dir, settings.staff_jwks)
    server = LiveServer(create_asgi(settings))
    with pytest.raises(RuntimeError, match=r"did not start \(exit code 3\)"):  # uvicorn's STARTUP_FAILURE
        server.start()
    server.stop()


def test_a_prepared_gateway_serves(stack: dict[str, Any], tmp_path: Path) -> None:
    settings = make_settings(stack, tmp_path)
    prepare(settings)
    server = LiveServer(create_asgi(settings)).start()
    server.stop()
