"""One live gateway per module and deployment (SQLite embedded; PostgreSQL + Redis), shared by a table of attacks."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kit import Gateway, Target, make_settings, now, postgres_database, redis_namespace

from gateway.bootstrap import prepare
from gateway.demo import sample_request
from gateway.portals import service


@pytest.fixture(scope="module", params=["sqlite", "postgres+redis"])
def target(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    tmp = tmp_path_factory.mktemp("gw")
    with ExitStack() as stack:
        values: dict[str, Any]
        if request.param == "sqlite":
            values = {"database_url": f"sqlite+aiosqlite:///{tmp / 'gateway.db'}", "redis_url": None}
        else:
            redis_url, prefix = stack.enter_context(redis_namespace())
            values = {
                "database_url": stack.enter_context(postgres_database()),
                "redis_url": redis_url,
                "redis_prefix": prefix,
            }
        # Many failed authentications from one address: the failure throttle is tested elsewhere.
        settings = make_settings(values, tmp, auth_failure_limit=1_000_000, portal_rate_limit=1_000_000)
        prepare(settings)
        gw = Gateway(settings)
        for name in ("A", "B", "S", "R"):
            gw.register(name)
        gw.register("ES", key=ec.generate_private_key(ec.SECP256R1()))
        gw.portal_call(service.set_status, gw.signers["S"].portal_id, service.SUSPENDED)
        gw.portal_call(service.retire_key, gw.signers["R"].kid)
        gw.start_instance()
        gw.start_instance()  # a second replica on the same database (and Redis)
        try:
            with gw.client("A") as client:
                accepted = client.submit(sample_request(now()))
            assert accepted.status_code == 202, accepted.text
            yield Target(gw, accepted.json()["id"])
        finally:
            for server in gw.servers:
                server.stop()
