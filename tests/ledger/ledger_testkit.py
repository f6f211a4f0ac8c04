"""Test helpers for the ledger suite: a real database with the tables, triggers and a signer."""

from __future__ import annotations

import asyncio
import base64
import json
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self
from urllib.parse import parse_qs, urlsplit

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from ledger import Ledger, NoteSigner, guard_ddl, metadata, use_immediate_transactions

ORIGIN = "gateway.example/ledger"
T0 = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@dataclass
class LedgerDB:
    engine: AsyncEngine
    ledger: Ledger
    signer: NoteSigner
    url: str

    async def append_many(self, count: int, kind: str = "request.received") -> None:
        async with self.engine.begin() as conn:
            start = await self.ledger.size(conn)
            for i in range(start, start + count):
                await self.ledger.append(
                    conn, kind, {"request": f"r-{i}", "n": i}, time=T0 + timedelta(seconds=i)
                )

    async def tamper(self, *statements: str) -> None:
        """Run SQL as an attacker with superuser rights who switches the append-only triggers off."""
        async with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                await conn.execute(text("SET LOCAL session_replication_role = replica"))
            else:
                names = (
                    await conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
                ).scalars()
                for name in list(names):
                    await conn.execute(text(f'DROP TRIGGER "{name}"'))
            for statement in statements:
                await conn.exec_driver_sql(statement)
            if conn.dialect.name == "sqlite":
                for statement in guard_ddl("sqlite"):
                    await conn.execute(text(statement))


async def make_ledger_db(url: str, signer: NoteSigner | None = None) -> LedgerDB:
    engine = create_async_engine(url)
    use_immediate_transactions(engine)
    async with engine.begin() as conn:
        await conn.run_sync(metadata.create_all)
        for statement in guard_ddl(conn.dialect.name):
            await conn.execute(text(statement))
    signer = signer or NoteSigner(ORIGIN, Ed25519PrivateKey.generate())
    return LedgerDB(engine, Ledger(ORIGIN, signer), signer, url)


class LedgerHTTPStub:
    """The auditor routes of the HTTP contract, served by a stdlib server thread over the real Ledger.

    Each request runs on the test's event loop (``run_coroutine_threadsafe``), so the test must run the
    CLI off the loop (``asyncio.to_thread``). The lead's end-to-end tests cover the real gateway.
    """

    def __init__(self, db: LedgerDB, loop: asyncio.AbstractEventLoop, token: str | None = None) -> None:
        self.db, self.loop, self.token = db, loop, token
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                return

            def do_GET(self) -> None:
                if stub.token and self.headers.get("Authorization") != f"Bearer {stub.token}":
                    self._send(401, "text/plain", b"unauthorized")
                    return
                future = asyncio.run_coroutine_threadsafe(stub.route(self.path), stub.loop)
                try:
                    status, ctype, body = future.result(timeout=60)
                except Exception as exc:  # noqa: BLE001 - a stub answering 500 like a server would
                    status, ctype, body = 500, "text/plain", repr(exc).encode()
                self._send(status, ctype, body)

            def _send(self, status: int, ctype: str, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()

    async def route(self, target: str) -> tuple[int, str, bytes]:
        parsed = urlsplit(target)
        q = {k: int(v[0]) for k, v in parse_qs(parsed.query).items()}
        ledger = self.db.ledger
        async with self.db.engine.begin() as conn:
            path = parsed.path
            if path == "/v1/ledger/checkpoint":
                return 200, "text/plain", (await ledger.checkpoint(conn)).encode()
            if path == "/v1/ledger/verifier-key":
                return 200, "text/plain", ledger.verifier_key().encode()
            if path == "/v1/ledger/entries":
                rows = await ledger.entries(conn, q["start"], min(q["limit"], 1000))
                body = {"entries": [{"seq": s, "leaf": leaf} for s, leaf in rows]}
                return 200, "application/json", json.dumps(body).encode()
            if path == "/v1/ledger/proofs/inclusion":
                hashes = await ledger.inclusion_proof(conn, q["index"], q["size"])
                body2 = {"index": q["index"], "size": q["size"], "hashes": [b64(h) for h in hashes]}
                return 200, "application/json", json.dumps(body2).encode()
            if path == "/v1/ledger/proofs/consistency":
                hashes = await ledger.consistency_proof(conn, q["first"], q["second"])
                body3 = {"first": q["first"], "second": q["second"], "hashes": [b64(h) for h in hashes]}
                return 200, "application/json", json.dumps(body3).encode()
            if path.startswith("/v1/ledger/receipts/"):
                return 200, "text/plain", (await ledger.receipt(conn, int(path.rsplit("/", 1)[1]))).encode()
        return 404, "text/plain", b"not found"


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()
