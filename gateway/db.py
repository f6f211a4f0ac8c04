"""Database: SQLAlchemy 2 (async) engine and the gateway's tables.

SQLite is the embedded default; PostgreSQL is production. Schema changes go through Alembic migrations
(``gateway/migrations``); these Table objects describe the schema at the latest migration.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

metadata = sa.MetaData()
#: Execution option marking a connection that only reads (SQLite then begins a deferred transaction).
READ_ONLY = "gateway_read_only"


class UTCDateTime(sa.TypeDecorator[datetime]):
    """Timezone-aware UTC timestamps on both databases (SQLite stores no offset; we re-attach UTC)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


portals = sa.Table(
    "portals",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
)

portal_agencies = sa.Table(
    "portal_agencies",
    metadata,
    sa.Column("portal_id", sa.String(40), sa.ForeignKey("portals.id"), primary_key=True),
    sa.Column("ori", sa.String(9), primary_key=True),
)

portal_keys = sa.Table(
    "portal_keys",
    metadata,
    sa.Column("kid", sa.String(64), primary_key=True),
    sa.Column("portal_id", sa.String(40), sa.ForeignKey("portals.id"), nullable=False, index=True),
    sa.Column("alg", sa.String(8), nullable=False),
    sa.Column("public_key_pem", sa.Text(), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
)

requests = sa.Table(
    "requests",
    metadata,
    sa.Column("id", sa.String(40), primary_key=True),
    sa.Column("portal_id", sa.String(40), sa.ForeignKey("portals.id"), nullable=False, index=True),
    sa.Column("status", sa.String(24), nullable=False),
    sa.Column("received_at", UTCDateTime(), nullable=False),
    sa.Column("officer_sub", sa.String(320), nullable=False),
    sa.Column("legal_basis", sa.String(32), nullable=False),
    sa.Column("category", sa.String(32), nullable=False),
    sa.Column("body", sa.Text(), nullable=False),
    sa.Column("body_sha256", sa.String(64), nullable=False),
    # Triage and plan (0005_review).
    sa.Column("priority", sa.String(2), nullable=False, server_default="P3"),
    sa.Column("due_at", UTCDateTime(), nullable=True),
    sa.Column("risk_score", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("triage", sa.Text(), nullable=False, server_default="{}"),
    sa.Column("plan", sa.Text(), nullable=True),
    sa.Column("policy_hash", sa.String(64), nullable=True),
    sa.Column("updated_at", UTCDateTime(), nullable=True),
)

idempotency_keys = sa.Table(
    "idempotency_keys",
    metadata,
    sa.Column("portal_id", sa.String(40), sa.ForeignKey("portals.id"), primary_key=True),
    sa.Column("key", sa.String(255), primary_key=True),
    sa.Column("body_sha256", sa.String(64), nullable=False),
    sa.Column("request_id", sa.String(40), sa.ForeignKey("requests.id"), nullable=False),
    sa.Column("status_code", sa.Integer(), nullable=False),
    sa.Column("response", sa.Text(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
)

token_replay = sa.Table(
    "token_replay",
    metadata,
    sa.Column("key", sa.String(128), primary_key=True),
    sa.Column("expires_at", UTCDateTime(), nullable=False, index=True),
)


agencies = sa.Table(
    "agencies",
    metadata,
    sa.Column("ori", sa.String(9), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("email_domains", sa.Text(), nullable=False),
    sa.Column("callback_phone", sa.String(16), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
)

request_targets = sa.Table(
    "request_targets",
    metadata,
    sa.Column("request_id", sa.String(40), sa.ForeignKey("requests.id"), primary_key=True),
    sa.Column("idx", sa.Integer(), primary_key=True),
    sa.Column("commitment", sa.String(64), nullable=False),
    sa.Column("agency_key", sa.String(64), nullable=False),
    sa.Column("received_at", UTCDateTime(), nullable=False),
)

callbacks = sa.Table(
    "callbacks",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("request_id", sa.String(40), sa.ForeignKey("requests.id"), nullable=False),
    sa.Column("staff_sub", sa.String(200), nullable=False),
    sa.Column("outcome", sa.String(16), nullable=False),
    sa.Column("phone_source", sa.String(32), nullable=False),
    sa.Column("notes", sa.Text(), nullable=True),
    sa.Column("called_at", UTCDateTime(), nullable=False),
)

decisions = sa.Table(
    "decisions",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("request_id", sa.String(40), sa.ForeignKey("requests.id"), nullable=False),
    sa.Column("staff_sub", sa.String(200), nullable=False),
    sa.Column("action", sa.String(16), nullable=False),
    sa.Column("detail", sa.Text(), nullable=False),
    sa.Column("ledger_seq", sa.BigInteger(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
)

request_messages = sa.Table(
    "request_messages",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
    sa.Column("request_id", sa.String(40), sa.ForeignKey("requests.id"), nullable=False),
    sa.Column("direction", sa.String(16), nullable=False),
    sa.Column("author", sa.String(320), nullable=False),
    sa.Column("text", sa.Text(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
)

releases = sa.Table(
    "releases",
    metadata,
    sa.Column("request_id", sa.String(40), sa.ForeignKey("requests.id"), primary_key=True),
    sa.Column("ciphertext", sa.LargeBinary(), nullable=True),
    sa.Column("metadata", sa.Text(), nullable=False),
    sa.Column("digest", sa.String(64), nullable=False),
    sa.Column("ledger_seq", sa.BigInteger(), nullable=False),
    sa.Column("sealed_at", UTCDateTime(), nullable=False),
    sa.Column("expires_at", UTCDateTime(), nullable=False),
    sa.Column("delivered_at", UTCDateTime(), nullable=True),
)

policy_versions = sa.Table(
    "policy_versions",
    metadata,
    sa.Column("content_hash", sa.String(64), primary_key=True),
    sa.Column("policy_id", sa.String(100), nullable=False),
    sa.Column("version", sa.String(40), nullable=False),
    sa.Column("content", sa.Text(), nullable=False),
    sa.Column("published_at", UTCDateTime(), nullable=False),
    sa.Column("active", sa.Boolean(), nullable=False),
)

#: Every staff read (a GET by a reviewer, approver, auditor or admin), recorded before it is served — DESIGN: the
#: auditors' reads are recorded too. Append-only (triggers refuse UPDATE and DELETE, migration 0008). Holds staff
#: identifiers and the path and query asked for (request ids, ledger ranges), no personal data.
staff_reads = sa.Table(
    "staff_reads",
    metadata,
    sa.Column(
        "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True
    ),
    sa.Column("at", UTCDateTime(), nullable=False, index=True),
    sa.Column("sub", sa.String(320), nullable=False),
    sa.Column("roles", sa.String(200), nullable=False),
    sa.Column("path", sa.String(500), nullable=False),
    sa.Column("query", sa.String(500), nullable=False),
)


def create_engine(url: str) -> AsyncEngine:
    """An async engine; for SQLite: WAL, a busy timeout, foreign keys, and BEGIN IMMEDIATE transactions.

    BEGIN IMMEDIATE takes SQLite's write lock at the start of every write transaction, so concurrent processes
    serialise instead of failing with "database is locked" when a transaction that read first later writes.
    """
    if url.startswith("sqlite"):
        ensure_sqlite_dir(url)
        engine = create_async_engine(url, connect_args={"timeout": 30}, hide_parameters=True)
        _configure_sqlite(engine)
        return engine
    # Connections are kept (pool_size) rather than made per burst: with 16 calls in flight per worker, a pool of 10
    # plus overflow opened and closed a PostgreSQL connection every few calls (each costs the server a fork).
    engine = create_async_engine(url, pool_size=20, max_overflow=5, hide_parameters=True)
    _ping_on_checkout(engine)
    return engine


#: A pooled connection idle longer than this is pinged before use (see ``_ping_on_checkout``).
PING_AFTER_IDLE_S = 1.0
_RETURNED_AT = "gateway_returned_at"


def _ping_on_checkout(engine: AsyncEngine) -> None:
    """Pessimistic disconnect handling in one round trip: a checkout of a connection that has been idle for more
    than ``PING_AFTER_IDLE_S`` sends an empty query outside any transaction; a dead connection is discarded and the
    pool connects afresh (a database that is still down then raises, and the caller answers 503). A connection
    returned in working order less than a second ago is used as it is: if the database went away within that
    second, that one call fails (503, nothing written) and the connection is discarded.

    ``pool_pre_ping`` does the same in three round trips with asyncpg (BEGIN, the query, ROLLBACK).
    """

    import asyncpg  # type: ignore[import-untyped]  # only PostgreSQL engines get here

    broken = (OSError, asyncpg.InterfaceError, asyncpg.PostgresError)

    @event.listens_for(engine.sync_engine, "checkin")
    def _on_checkin(dbapi_connection: Any, record: Any) -> None:
        if dbapi_connection is not None:  # returned in working order (a broken one is invalidated instead)
            record.info[_RETURNED_AT] = time.monotonic()

    @event.listens_for(engine.sync_engine, "checkout")
    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        if time.monotonic() - record.info.get(_RETURNED_AT, -PING_AFTER_IDLE_S) < PING_AFTER_IDLE_S:
            return  # worked a moment ago: under load the ping would be one more round trip per call for nothing
        try:
            dbapi_connection.run_async(lambda driver: driver.fetchrow(";"))
        except broken as exc:  # this connection is unusable: the pool discards it and connects afresh
            raise sa.exc.DisconnectionError(type(exc).__name__) from None


def ensure_sqlite_dir(url: str) -> None:
    path = sa.make_url(url).database
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)


def _configure_sqlite(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        # Reads (Database.read) start deferred: in WAL mode they never block, nor are blocked by, a writer.
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE")


class Database:
    """The gateway's handle on its database. Writes commit explicitly and roll back on any error."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = create_engine(url)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncConnection]:
        """One transaction: commits when the block ends, rolls back on any exception."""
        async with self.engine.begin() as conn:
            yield conn

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncConnection]:
        """A connection for reading only; never holds SQLite's write lock."""
        async with self.engine.connect() as conn:
            await conn.execution_options(**{READ_ONLY: True})
            yield conn

    @asynccontextmanager
    async def lookup(self) -> AsyncIterator[AsyncConnection]:
        """A connection for a single-statement read: on PostgreSQL in autocommit (no BEGIN/ROLLBACK round trips;
        under READ COMMITTED one statement sees the same snapshot either way); on SQLite like ``read``."""
        async with self.engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                await conn.execution_options(isolation_level="AUTOCOMMIT")
            else:
                await conn.execution_options(**{READ_ONLY: True})
            yield conn

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @asynccontextmanager
    async def driver(self) -> AsyncIterator[Any]:
        """PostgreSQL only: a pooled connection's asyncpg connection, outside any transaction, for hot paths that
        send fixed SQL (asyncpg prepares each text once per connection; no SQLAlchemy compile or execution context).

        Each statement commits on its own unless the caller opens ``transaction()`` on it. asyncpg's errors leave as
        SQLAlchemy's (``IntegrityError``, ``DataError``, ``OperationalError`` …), so callers and the app's error
        handlers treat both paths alike; after a connection-level error the connection is discarded, not pooled.
        """
        async with self.engine.connect() as conn:
            proxied = await conn.get_raw_connection()
            try:
                yield proxied.driver_connection
            except _DRIVER_ERRORS as exc:
                translated = _translate(exc)
                if translated.connection_invalidated:
                    await conn.invalidate()
                raise translated from exc

    async def ping(self) -> None:
        async with self.read() as conn:
            await conn.execute(sa.text("SELECT 1"))

    async def dispose(self) -> None:
        await self.engine.dispose()


def _driver_errors() -> tuple[type[BaseException], ...]:
    try:
        import asyncpg
    except ImportError:  # pragma: no cover - asyncpg is a dependency
        return (OSError, TimeoutError)
    return (asyncpg.PostgresError, asyncpg.InterfaceError, OSError, TimeoutError)


_DRIVER_ERRORS = _driver_errors()


def _translate(exc: BaseException) -> sa.exc.DBAPIError:
    """An asyncpg (or socket) error as the SQLAlchemy exception the engine would have raised for it."""
    import asyncpg

    statement, params = "(driver)", None
    if isinstance(exc, asyncpg.IntegrityConstraintViolationError):
        return sa.exc.IntegrityError(statement, params, exc)
    if isinstance(exc, asyncpg.DataError):
        return sa.exc.DataError(statement, params, exc)
    dead = (asyncpg.PostgresConnectionError, asyncpg.exceptions.OperatorInterventionError)
    if isinstance(exc, asyncpg.PostgresError) and not isinstance(exc, dead):
        return sa.exc.OperationalError(statement, params, exc)
    return sa.exc.OperationalError(statement, params, exc, connection_invalidated=True)


def utcnow() -> datetime:
    return datetime.now(UTC)
