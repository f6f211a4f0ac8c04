"""Shared by tests/security, tests/faults and tests/fuzz: live gateways on real services, table snapshots.

The live-server harness is ``tests/gateway/harness.py``; the root conftest's service helpers are loaded under their
own module name (several folders have a ``conftest`` module). Module-scoped stacks live here because the shared
``postgres_url``/``redis_prefix`` fixtures are per test, and a table of attacks needs one gateway for many cases.
"""

from __future__ import annotations

import importlib.util
import secrets
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import psycopg
import redis
import sqlalchemy as sa

TESTS = Path(__file__).resolve().parents[1]
PROBLEM = "application/problem+json"


def _load(name: str, path: Path) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


sys.path.insert(0, str(TESTS / "gateway"))
import harness

#: tests/conftest.py: service_missing, PG_ADMIN_DSN, REDIS_URL.
services = _load("gateway_services_harness", TESTS / "conftest.py")

Gateway = harness.Gateway
LiveServer = harness.LiveServer


make_settings = harness.make_settings
new_key = harness.new_key
pem_of = harness.pem_of


def now() -> datetime:
    return datetime.now(UTC)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def assert_problem(response: httpx.Response, *statuses: int) -> dict[str, Any]:
    """A problem+json answer with one of ``statuses`` and no internals in it."""
    assert response.status_code in statuses, (response.status_code, response.text[:500])
    assert response.headers["content-type"].startswith(PROBLEM), response.headers["content-type"]
    problem: dict[str, Any] = response.json()
    assert problem["status"] == response.status_code
    assert problem["type"].startswith("/problems/")
    text = response.text.lower()
    for leak in ("traceback", "sqlalchemy", "asyncpg", "redis", 'file "', "exception"):
        assert leak not in text, leak
    return problem


@dataclass
class Target:
    """A running gateway (two app instances on one store) and its portals.

    A, B: active Ed25519 portals; ES: an active P-256 portal; S: a suspended portal; R: a portal whose only key
    was retired. ``request_a`` is one of A's requests (for the status route).
    """

    gw: Gateway
    request_a: str

    @property
    def database_url(self) -> str:
        return str(self.gw.settings.database_url)

    @property
    def redis_url(self) -> str | None:
        return self.gw.settings.redis_url

    @property
    def redis_prefix(self) -> str:
        return str(self.gw.settings.redis_prefix)


def staff_token(t: Target, *roles: str) -> str:
    """A staff token from the development identity provider of ``t``'s gateway."""
    from gateway.staff.devidp import mint_staff_token

    settings = t.gw.settings
    return str(
        mint_staff_token(
            settings.keys_dir,
            sub="staff@example.com",
            roles=list(roles),
            issuer=settings.staff_issuer,
            audience=settings.staff_audience,
        )
    )


# ---- module-scoped real services --------------------------------------------------------------------------------
@contextmanager
def postgres_database() -> Iterator[str]:
    """A fresh PostgreSQL database (asyncpg URL), dropped afterwards. Missing server: skip, or fail under CI."""
    name = "t_" + secrets.token_hex(6)
    try:
        admin = psycopg.connect(services.PG_ADMIN_DSN, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError:
        services.service_missing("PostgreSQL is not reachable at 127.0.0.1:5432")
        raise
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"
    finally:
        with psycopg.connect(services.PG_ADMIN_DSN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def redis_namespace() -> Iterator[tuple[str, str]]:
    """(url, prefix) on the shared Redis; the prefix's keys are removed afterwards."""
    client = redis.Redis.from_url(services.REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.exceptions.ConnectionError:
        services.service_missing("Redis is not reachable at 127.0.0.1:6379")
    prefix = f"test:{secrets.token_hex(6)}:"
    try:
        yield services.REDIS_URL, prefix
    finally:
        keys = list(client.scan_iter(match=prefix + "*", count=1000))
        if keys:
            client.delete(*keys)
        client.close()


def pg_dsn(async_url: str) -> str:
    """The psycopg DSN of an asyncpg SQLAlchemy URL."""
    return async_url.replace("postgresql+asyncpg://", "postgresql://")


# ---- what an attack may not leave behind -------------------------------------------------------------------------
_ENGINES: dict[str, sa.Engine] = {}


def sync_engine(database_url: str) -> sa.Engine:
    """A synchronous engine on the same database (sqlite3 / psycopg), kept for the session."""
    if database_url not in _ENGINES:
        url = database_url.replace("sqlite+aiosqlite", "sqlite").replace(
            "postgresql+asyncpg", "postgresql+psycopg"
        )
        _ENGINES[database_url] = sa.create_engine(url, poolclass=sa.pool.NullPool)
    return _ENGINES[database_url]


def table_counts(database_url: str) -> dict[str, int]:
    """Row count of every table (the schema is read at run time: ledger tables count once they exist)."""
    with sync_engine(database_url).connect() as conn:
        names = sa.inspect(conn).get_table_names()
        return {
            name: int(conn.scalar(sa.text(f'SELECT count(*) FROM "{name}"')) or 0)  # noqa: S608
            for name in sorted(names)
            if name != "alembic_version"
        }


def redis_keys(url: str, pattern: str) -> int:
    client = redis.Redis.from_url(url)
    try:
        return sum(1 for _ in client.scan_iter(match=pattern, count=1000))
    finally:
        client.close()


# ---- the ledger, verified as an auditor would ---------------------------------------------------------------------
def auditor_token(settings: Any) -> str:
    from gateway.staff.devidp import mint_staff_token

    return str(
        mint_staff_token(
            settings.keys_dir,
            sub="auditor@example.com",
            roles=["auditor"],
            issuer=settings.staff_issuer,
            audience=settings.staff_audience,
        )
    )


def verify_ledger(base_url: str, settings: Any, state_dir: Path) -> subprocess.CompletedProcess[str]:
    """``ledger verify`` (the offline verifier's CLI) against a running gateway, as an auditor."""
    token = auditor_token(settings)
    with httpx.Client(base_url=base_url, timeout=30) as http:
        vkey = http.get("/v1/ledger/verifier-key", headers={"Authorization": "Bearer " + token})
    assert vkey.status_code == 200, vkey.text
    state_dir.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [
            str(Path(sys.executable).with_name("ledger")),
            "verify",
            "--url",
            base_url,
            "--key",
            vkey.text.strip(),
            "--token",
            auditor_token(settings),
            "--state",
            str(state_dir / "ledger-state.json"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def ledger_mentions(database_url: str, request_id: str, kind: str) -> int:
    """How many ledger entries of ``kind`` name ``request_id`` (leaves are canonical JSON)."""
    with sync_engine(database_url).connect() as conn:
        return int(
            conn.scalar(
                sa.text("SELECT count(*) FROM ledger_entries WHERE leaf LIKE :kind AND leaf LIKE :rid"),
                {"kind": f'%"{kind}"%', "rid": f'%"{request_id}"%'},
            )
            or 0
        )
