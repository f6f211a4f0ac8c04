"""Shared fixtures: real services, never mocks.

PostgreSQL and Redis are reached over real connections. Under CI (``CI=true``) a missing service fails the
run; elsewhere the tests that need it skip with a message that says what to start.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import redis

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
PG_ADMIN_DSN = os.environ.get("TEST_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
SHARED = Path(__file__).resolve().parents[2] / "shared"
VECTORS = SHARED / "vectors"

_PG_HINT = (
    "PostgreSQL is not reachable at 127.0.0.1:5432; start it with "
    "'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start'"
)
_REDIS_HINT = (
    "Redis is not reachable at 127.0.0.1:6379; start it with "
    "'redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save \"\" --appendonly no'"
)


def service_missing(message: str) -> None:
    """Fail under CI, skip elsewhere: a missing service must never pass silently in CI."""
    if IN_CI:
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def _pg_admin() -> psycopg.Connection:
    try:
        return psycopg.connect(PG_ADMIN_DSN, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError:
        service_missing(_PG_HINT)
        raise  # unreachable: service_missing raises


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test; yields its SQLAlchemy asyncpg URL."""
    name = "t_" + secrets.token_hex(6)
    with _pg_admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"
    finally:
        with _pg_admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A fresh SQLite database file for one test (the embedded default)."""
    return f"sqlite+aiosqlite:///{tmp_path / 'gateway.db'}"


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest) -> str:
    """Runs a test once on SQLite and once on PostgreSQL."""
    fixture = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    return str(request.getfixturevalue(fixture))


#: Seconds a Redis must have been up before the tests use it (the replay guard's leeway and some margin).
REDIS_MIN_UPTIME_S = 40


@pytest.fixture
def redis_url() -> Iterator[str]:
    """A reachable Redis URL; keys written by a test should use the ``redis_prefix`` fixture."""
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        uptime = int(client.info("server")["uptime_in_seconds"])
    except redis.exceptions.ConnectionError:
        service_missing(_REDIS_HINT)
    finally:
        client.close()
    # The replay guard refuses tokens issued before Redis started (plus the 30 s leeway): on a Redis started just
    # before the tests (a fresh CI machine), wait until it vouches for the tokens the tests mint.
    if uptime < REDIS_MIN_UPTIME_S:
        time.sleep(REDIS_MIN_UPTIME_S - uptime)
    yield REDIS_URL


@pytest.fixture
def redis_prefix(redis_url: str) -> Iterator[str]:
    """A key prefix unique to one test; its keys are removed afterwards."""
    prefix = f"test:{secrets.token_hex(6)}:"
    yield prefix
    client = redis.Redis.from_url(redis_url)
    try:
        keys = list(client.scan_iter(match=prefix + "*", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


@pytest.fixture(scope="session")
def vectors_dir() -> Path:
    """``../shared/vectors``: conformance vectors from outside the project (never copied into the repo)."""
    if not VECTORS.is_dir():
        pytest.fail(f"conformance vectors not found at {VECTORS}", pytrace=False)
    return VECTORS
