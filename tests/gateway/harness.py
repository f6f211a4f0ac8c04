"""Test harness: a real gateway over real HTTP (uvicorn on a loopback port), and helpers to inspect it.

Imported by the tests as ``harness`` (a unique module name: several test folders have a conftest.py)."""

from __future__ import annotations

import asyncio
import socket
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa
import uvicorn
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519

from gateway.app import create_asgi
from gateway.client import PackageKey, PortalClient, PortalSigner, PrivateKey, generate_package_key
from gateway.db import Database, utcnow
from gateway.portals import service
from gateway.settings import Settings
from gateway.staff.devidp import mint_staff_token


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
        self.exit_code: int | str | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            self._server.run(sockets=[self._sock])
        except SystemExit as exc:  # uvicorn exits when the app's startup fails
            self.exit_code = exc.code

    def start(self) -> LiveServer:
        self._thread.start()
        for _ in range(500):
            if self._server.started:
                return self
            if not self._thread.is_alive():
                break
            self._thread.join(0.01)
        raise RuntimeError(f"server did not start (exit code {self.exit_code})")

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
    #: Each portal's HPKE private key (its public half is registered with the gateway).
    encryption_keys: dict[str, PackageKey] = field(default_factory=dict)

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
        enc = generate_package_key(hybrid=False)
        self.portal_call(service.set_encryption_key, portal_id, enc.public_pem(), utcnow())
        self.encryption_keys[name] = enc
        signer = PortalSigner(
            portal_id=portal_id,
            kid=kid,
            private_key=key,
            officer="a.example@sheriff.example.gov",
            audience=self.settings.audience,
        )
        self.signers[name] = signer
        return signer

    def staff_token(self, sub: str, *roles: str) -> str:
        return mint_staff_token(
            self.settings.keys_dir,
            sub=sub,
            roles=list(roles),
            issuer=self.settings.staff_issuer,
            audience=self.settings.staff_audience,
        )

    def staff(self, sub: str, *roles: str) -> httpx.Client:
        """An HTTP client acting as one staff member."""
        return httpx.Client(
            base_url=self.base_url, headers={"Authorization": "Bearer " + self.staff_token(sub, *roles)}
        )

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


def make_settings(stack: dict[str, Any], tmp_path: Path, **overrides: Any) -> Settings:
    """Settings for a test gateway, with its own keys and development identity provider under ``tmp_path``."""
    keys = tmp_path / "var" / "keys"
    values: dict[str, Any] = {
        "var_dir": tmp_path / "var",
        "keys_dir": keys,
        "staff_jwks": str(keys / "staff-idp.jwks.json"),
        **stack,
    }
    values.update(overrides)
    return Settings(**values)


PROBLEM = "application/problem+json"


def now() -> datetime:
    return datetime.now(UTC)


def assert_problem(response: httpx.Response, status: int, slug: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    problem: dict[str, Any] = response.json()
    assert problem["status"] == status
    assert problem["type"].startswith("/problems/")
    assert "Traceback" not in response.text
    if slug is not None:
        assert problem["type"] == "/problems/" + slug
    return problem


def count_requests(gw: Gateway) -> int:
    return int(gw.scalar("SELECT count(*) FROM requests"))
