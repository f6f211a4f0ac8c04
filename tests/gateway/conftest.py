"""A real gateway over real HTTP: uvicorn on a loopback port, SQLite or PostgreSQL+Redis behind it."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
import uvicorn
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from gateway.app import create_asgi
from gateway.client import PortalClient, PortalSigner, PrivateKey
from gateway.db import Database, utcnow
from gateway.migrate import upgrade
from gateway.portals import service
from gateway.settings import Settings


class LiveServer:
    """uvicorn serving one app instance on 127.0.0.1:<free port> in a background thread."""

    def __init__(self, app: Any) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_config=None, access_log=False, lifespan="on")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True
        )

    def start(self) -> LiveServer:
        self._thread.start()
        for _ in range(500):
            if self._server.started:
                return self
            self._thread.join(0.01)
        raise RuntimeError("server did not start")

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)
        self._sock.close()


def new_key() -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.generate()


def pem_of(key: PrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def run(coro: Any) -> Any:
    return asyncio.run(coro)


@dataclass
class Gateway:
    """One running gateway and the portals registered on it."""

    settings: Settings
    servers: list[LiveServer] = field(default_factory=list)
    signers: dict[str, PortalSigner] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        return self.servers[0].base_url

    def start_instance(self, **overrides: Any) -> LiveServer:
        """Another app instance (replica) on the same database and Redis."""
        settings = msgspec_replace(self.settings, **overrides)
        server = LiveServer(create_asgi(settings)).start()
        self.servers.append(server)
        return server

    def register(
        self, name: str, key: PrivateKey | None = None, agencies: tuple[str, ...] = ("CA0000000",)
    ) -> PortalSigner:
        key = key or new_key()

        async def work() -> tuple[str, str]:
            db = Database(self.settings.database_url)
            try:
                async with db.transaction() as conn:
                    return await service.add_portal(
                        conn, name=name, public_key_pem=pem_of(key), agencies=list(agencies), now=utcnow()
                    )
            finally:
                await db.dispose()

        portal_id, kid = run(work())
        signer = PortalSigner(
            portal_id=portal_id,
            kid=kid,
            private_key=key,
            officer="a.example@sheriff.example.gov",
            audience=self.settings.audience,
        )
        self.signers[name] = signer
        return signer

    def client(self, name: str = "A", server: LiveServer | None = None) -> PortalClient:
        return PortalClient((server or self.servers[0]).base_url, self.signers[name])

    def scalar(self, sql: str, **params: Any) -> Any:
        async def work() -> Any:
            db = Database(self.settings.database_url)
            try:
                async with db.read() as conn:
                    return await conn.scalar(sa.text(sql), params)
            finally:
                await db.dispose()

        return run(work())

    def portal_call(self, fn: Any, *args: Any) -> Any:
        async def work() -> Any:
            db = Database(self.settings.database_url)
            try:
                async with db.transaction() as conn:
                    return await fn(conn, *args)
            finally:
                await db.dispose()

        return run(work())


def msgspec_replace(settings: Settings, **changes: Any) -> Settings:
    import msgspec

    return msgspec.structs.replace(settings, **changes)


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


def make_settings(stack: dict[str, Any], tmp_path: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {"var_dir": tmp_path / "var", "keys_dir": tmp_path / "var" / "keys", **stack}
    values.update(overrides)
    return Settings(**values)


@pytest.fixture
def gateway_factory(stack: dict[str, Any], tmp_path: Path) -> Iterator[Any]:
    """Build a running gateway with settings overrides; two portals (A and B) registered."""
    made: list[Gateway] = []

    def factory(**overrides: Any) -> Gateway:
        settings = make_settings(stack, tmp_path, **overrides)
        upgrade(settings.database_url)
        gw = Gateway(settings)
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
