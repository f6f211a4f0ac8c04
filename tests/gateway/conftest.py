"""Fixtures: a running gateway on the embedded stack (SQLite) and on the scale-out stack (PostgreSQL + Redis)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from harness import Gateway, make_settings

from gateway.bootstrap import prepare, register_demo_agency


@pytest.fixture(params=["sqlite", "postgres+redis"])
def stack(request: pytest.FixtureRequest, tmp_path: Path) -> dict[str, Any]:
    """The two deployments: embedded (SQLite, in-process guards) and scale-out (PostgreSQL, Redis)."""
    if request.param == "sqlite":
        return {"database_url": str(request.getfixturevalue("sqlite_url")), "redis_url": None}
    return {
        "database_url": str(request.getfixturevalue("postgres_url")),
        "redis_url": str(request.getfixturevalue("redis_url")),
        "redis_prefix": str(request.getfixturevalue("redis_prefix")),
    }


@pytest.fixture
def gateway_factory(stack: dict[str, Any], tmp_path: Path) -> Iterator[Any]:
    """Build a running gateway with settings overrides; two portals (A and B) registered."""
    made: list[Gateway] = []

    def factory(**overrides: Any) -> Gateway:
        settings = make_settings(stack, tmp_path, **overrides)
        prepare(settings)
        gw = Gateway(settings)
        gw.portal_call(register_demo_agency)
        gw.register("A")
        gw.register("B")
        gw.start_instance()
        made.append(gw)
        return gw

    yield factory
    for gw in made:
        for server in gw.servers:
            server.stop()


@pytest.fixture
def gateway(gateway_factory: Any) -> Gateway:
    gw: Gateway = gateway_factory()
    return gw
