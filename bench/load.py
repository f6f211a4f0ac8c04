"""Load: N concurrent portals send signed emergency requests for T seconds to a real gateway, then the same load
to a bare Litestar endpoint that only decodes the same body with msgspec (the baseline). Prints throughput, p50/p99
latency and errors for both, and their ratio (the gateway's overhead); checks afterwards that the database holds
exactly the accepted requests, each with its ledger entry, and that ``ledger verify`` accepts the ledger.

    .venv/bin/python bench/load.py --portals 32 --seconds 20 --workers 2              # capacity (closed loop)
    .venv/bin/python bench/load.py --portals 32 --seconds 20 --workers 2 --rate 300   # latency at a given load

Closed loop (the default), every portal sends its next request the moment the last is answered: throughput is the
server's capacity and latency is mostly queueing (32 requests always outstanding). With ``--rate``, requests arrive
at random times (Poisson) at that total rate whether or not earlier ones were answered, as independent officers'
requests would: latency is counted from when each was due, so the p99 is what a portal sees at that load.

Needs PostgreSQL (127.0.0.1:5432, user postgres) and Redis (127.0.0.1:6379): a fresh database is created for the
run and dropped afterwards; the servers are ``gateway serve --workers W`` and ``uvicorn --workers W`` subprocesses
on loopback ports, measured once every worker has finished starting. Each portal is one keep-alive connection
driven by a minimal HTTP/1.1 client (the load generator shares the cores with the servers, so it must cost little,
and the same for both targets). Every loop is bounded by --seconds and a per-request timeout.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import random
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

# bench/ holds scripts named like the project's packages (bench/ledger.py): never import from it by accident.
if sys.path and Path(sys.path[0] or ".").resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import httpx
import msgspec
from litestar import Litestar, Request, Response, post

from gateway.intake.schemas import Accepted, EmergencyRequest

BIN = Path(sys.executable).parent
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


# ---- the baseline: decode the same body with msgspec, nothing else -----------------------------------------------
@post("/v1/requests", status_code=202)
async def baseline_submit(request: Request[Any, Any, Any]) -> Response[bytes]:
    req = msgspec.json.decode(await request.body(), type=EmergencyRequest, strict=True)
    answer = Accepted(id="edr_" + secrets.token_hex(12), status="received", received_at=datetime.now(UTC))
    del req
    return Response(msgspec.json.encode(answer), status_code=202, media_type="application/json")


baseline_app = Litestar([baseline_submit], request_max_body_size=256 * 1024, openapi_config=None)


def serve_baseline(port: int, workers: int) -> None:
    """The baseline server: uvicorn with the same workers and the same listener fix as ``gateway serve``."""
    import uvicorn
    from uvicorn.supervisors import Multiprocess

    sys.path.append(
        str(Path(__file__).resolve().parent)
    )  # last: "load" is found, bench/ledger.py never shadows
    config = uvicorn.Config(
        "load:baseline_app",
        port=port,
        workers=workers,
        log_level="warning",
        access_log=False,
        server_header=False,
    )
    if workers <= 1:
        uvicorn.Server(config).run()
        return
    sock = config.bind_socket()  # stated as TCP, or asyncio leaves Nagle on (uvicorn issue #3149)
    Multiprocess(
        config, sockets=[socket.socket(sock.family, sock.type, socket.IPPROTO_TCP, fileno=sock.detach())]
    ).run()


# ---- processes ----------------------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(url: str, proc: subprocess.Popen[bytes], bound_s: float = 60) -> None:
    deadline = time.monotonic() + bound_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"{url} did not come up")


def _cpu_ticks_of_children(pid: int) -> dict[int, int]:
    """CPU ticks (user + system) of ``pid``'s child processes, from /proc (Linux); empty elsewhere."""
    out: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out[int(entry.name)] = int(fields[11]) + int(fields[12])
    return out


def wait_workers_idle(proc: subprocess.Popen[bytes], workers: int, bound_s: float = 60) -> None:
    """Wait until ``workers`` worker processes exist and none used CPU for half a second: all have finished
    starting (importing the app takes seconds; one worker answers /healthz long before the other can)."""
    if not Path("/proc/self/stat").exists():
        time.sleep(5)  # no /proc: a fixed grace period instead
        return
    deadline = time.monotonic() + bound_s
    before = _cpu_ticks_of_children(proc.pid)
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = _cpu_ticks_of_children(proc.pid)
        if len(now) >= workers and now == before:
            return
        before = now


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


# ---- the load -------------------------------------------------------------------------------------------------------
@dataclass
class Result:
    name: str
    seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    failures: int = 0  # transport errors (no answer)
    accepted_ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> int:
        return self.statuses.get(202, 0)

    @property
    def errors(self) -> int:
        return self.failures + sum(n for s, n in self.statuses.items() if s != 202)

    def pct(self, q: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        data = sorted(self.latencies_ms)
        return data[min(len(data) - 1, int(q * len(data)))]


class Http1Connection:
    """The load client's side of one keep-alive HTTP/1.1 connection: just enough protocol for these two servers
    (Content-Length or chunked answers), with TCP_NODELAY. httpx spent ~1 ms of client CPU per call, on the same
    two cores as the servers; this spends a small fraction of that, for both targets alike."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except OSError:
                pass
        self.reader = self.writer = None

    async def post(
        self, path: str, body: bytes, headers: dict[str, str], bound_s: float
    ) -> tuple[int, bytes]:
        try:
            return await asyncio.wait_for(self._post(path, body, headers), bound_s)
        except BaseException:
            await self.close()  # the connection is in an unknown state: the next call opens a fresh one
            raise

    async def connect(self) -> None:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    async def _post(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        if self.writer is None:
            await self.connect()
        assert self.reader is not None and self.writer is not None
        head = f"POST {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nContent-Length: {len(body)}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        self.writer.write(head.encode("latin-1") + b"\r\n" + body)
        status_line = await self.reader.readuntil(b"\r\n")
        status = int(status_line.split(b" ", 2)[1])
        length, chunked, close = 0, False, False
        while (line := await self.reader.readuntil(b"\r\n")) != b"\r\n":
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding" and b"chunked" in value.lower():
                chunked = True
            elif name == b"connection" and b"close" in value.lower():
                close = True
        if chunked:
            parts = []
            while size := int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16):
                parts.append(await self.reader.readexactly(size + 2))
            await self.reader.readuntil(b"\r\n")
            data = b"".join(p[:-2] for p in parts)
        else:
            data = await self.reader.readexactly(length)
        if close:
            await self.close()
        return status, data


async def portal_loop(
    conn: Http1Connection,
    signer: Any,
    bodies: list[bytes],
    deadline: float,
    result: Result,
    record: bool,
    rate: float | None = None,
) -> None:
    """One portal: back-to-back requests (closed loop), or with ``rate``, requests arriving at random (Poisson, that
    many per second) whether or not the previous one was answered (open loop). Open-loop latency counts from when a
    request was due, so time spent waiting behind a slow answer on the portal's connection is counted too (no
    coordinated omission)."""
    i = 0
    due = time.perf_counter()
    arrivals = random.Random(id(signer))
    while time.monotonic() < deadline:
        body = bodies[i % len(bodies)]
        i += 1
        if rate is not None:
            due += arrivals.expovariate(rate)
            wait = due - time.perf_counter()
            if wait > 0:
                await asyncio.sleep(wait)
            if time.monotonic() >= deadline:
                break
        headers = {
            "Authorization": "Bearer " + signer.token("POST", "/v1/requests", body),
            "Content-Type": "application/json",
            "Idempotency-Key": secrets.token_urlsafe(16),
        }
        started = time.perf_counter() if rate is None else due
        try:
            status, data = await conn.post("/v1/requests", body, headers, bound_s=30)
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError, TimeoutError):
            if record:
                result.failures += 1
            continue
        elapsed = (time.perf_counter() - started) * 1000
        if status == 202:
            result.accepted_ids.append(msgspec.json.decode(data)["id"])
        if record:
            result.latencies_ms.append(elapsed)
            result.statuses[status] = result.statuses.get(status, 0) + 1


async def run_load(
    name: str,
    base_url: str,
    signers: list[Any],
    bodies: list[bytes],
    seconds: float,
    rate: float | None = None,
) -> Result:
    """``rate``: total requests per second offered, spread evenly over the portals (open loop); None: each portal
    sends its next request as soon as the last is answered (closed loop: the server's capacity)."""
    per_portal = rate / len(signers) if rate is not None else None
    url = httpx.URL(base_url)
    conns = [Http1Connection(str(url.host), int(url.port or 80)) for _ in signers]  # one per portal
    try:
        # One at a time, as portals would arrive: the workers share one listening socket and the first to wake
        # accepts every connection already queued, so 32 connecting in the same instant landed on one worker
        # (seen: 32 to 0) and the run measured one process instead of --workers of them, for both targets.
        for conn in conns:
            await conn.connect()
            await asyncio.sleep(0.01)
        warmup = Result(name + " warm-up")
        deadline = time.monotonic() + min(2.0, seconds / 5)
        await asyncio.gather(
            *(portal_loop(c, s, bodies, deadline, warmup, False) for c, s in zip(conns, signers, strict=True))
        )
        result = Result(name)
        started = time.monotonic()
        deadline = started + seconds
        await asyncio.gather(
            *(
                portal_loop(c, s, bodies, deadline, result, True, per_portal)
                for c, s in zip(conns, signers, strict=True)
            )
        )
        result.seconds = time.monotonic() - started
    finally:
        for conn in conns:
            await conn.close()
    result.accepted_ids = warmup.accepted_ids + result.accepted_ids  # every 202 must be in the database
    return result


# ---- setup and checks ---------------------------------------------------------------------------------------------
def make_bodies(count: int) -> list[bytes]:
    from gateway.demo import sample_request

    now = datetime.now(UTC)
    return [
        json.dumps(sample_request(now, portal_reference=f"LOAD-{i}"), separators=(",", ":")).encode()
        for i in range(count)
    ]


def setup_gateway(database_url: str, workdir: Path, portals: int) -> tuple[Any, list[Any]]:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519

    from gateway.bootstrap import prepare
    from gateway.client import PortalSigner
    from gateway.db import Database, utcnow
    from gateway.portals import service
    from gateway.settings import Settings

    keys = workdir / "var" / "keys"
    settings = Settings(
        database_url=database_url,
        var_dir=workdir / "var",
        keys_dir=keys,
        staff_jwks=str(keys / "staff-idp.jwks.json"),
    )
    prepare(settings)

    async def register() -> list[Any]:
        db = Database(database_url)
        signers = []
        try:
            for i in range(portals):
                key = ed25519.Ed25519PrivateKey.generate()
                pem = key.public_key().public_bytes(
                    serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
                )
                async with db.transaction() as conn:
                    portal_id, kid = await service.add_portal(
                        conn, name=f"load-{i}", public_key_pem=pem, agencies=["CA0000000"], now=utcnow()
                    )
                signers.append(PortalSigner(portal_id, kid, key, "a.example@sheriff.example.gov"))
        finally:
            await db.dispose()
        return signers

    return settings, asyncio.run(register())


def check_database(settings: Any, accepted: list[str]) -> dict[str, int]:
    import sqlalchemy as sa

    url = settings.database_url.replace("postgresql+asyncpg", "postgresql+psycopg")
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            stored = set(conn.scalars(sa.text("SELECT id FROM requests")).all())
            received = int(
                conn.scalar(
                    sa.text("SELECT count(*) FROM ledger_entries WHERE leaf LIKE '%\"request.received\"%'")
                )
                or 0
            )
    finally:
        engine.dispose()
    return {
        "202 answers": len(accepted),
        "distinct ids": len(set(accepted)),
        "rows in requests": len(stored),
        "202 ids missing from requests": len(set(accepted) - stored),
        "request.received ledger entries": received,
    }


def verify_ledger(base_url: str, settings: Any, workdir: Path) -> tuple[bool, str]:
    from gateway.staff.devidp import mint_staff_token

    def token() -> str:
        return str(
            mint_staff_token(
                settings.keys_dir,
                sub="auditor@example.com",
                roles=["auditor"],
                issuer=settings.staff_issuer,
                audience=settings.staff_audience,
            )
        )

    vkey = httpx.get(base_url + "/v1/ledger/verifier-key", headers={"Authorization": "Bearer " + token()})
    done = subprocess.run(
        [
            *(str(BIN / "ledger"), "verify", "--url", base_url, "--key", vkey.text.strip()),
            *("--token", token(), "--state", str(workdir / "ledger-state.json")),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    return done.returncode == 0, (done.stdout + done.stderr).strip().splitlines()[-1:][0] if (
        done.stdout + done.stderr
    ).strip() else ""


def report(results: list[Result], portals: int, workers: int, rate: float | None) -> None:
    offered = (
        "as fast as answered (closed loop)"
        if rate is None
        else f"{rate:g} req/s offered (open loop, Poisson)"
    )
    print(
        f"\n{portals} concurrent portals, {workers} workers each side, POST /v1/requests (signed, ~1.6 KB body), "
        + offered
    )
    print(
        f"{'target':<10} {'requests':>9} {'errors':>7} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}"
    )
    for r in results:
        throughput = len(r.latencies_ms) / r.seconds if r.seconds else 0.0
        print(
            f"{r.name:<10} {len(r.latencies_ms):>9} {r.errors:>7} {throughput:>9.1f} "
            f"{r.pct(0.50):>8.1f} {r.pct(0.99):>8.1f} {max(r.latencies_ms or [0]):>8.1f}"
        )
    gateway, baseline = results
    g = len(gateway.latencies_ms) / gateway.seconds
    b = len(baseline.latencies_ms) / baseline.seconds
    if rate is not None:
        print(
            f"p99 gateway {gateway.pct(0.99):.1f} ms vs baseline {baseline.pct(0.99):.1f} ms at the same offered load"
        )
        return
    print(
        f"ratio gateway/baseline throughput: {g / b:.3f}   (p50 {statistics.median(gateway.latencies_ms):.1f} ms "
        f"vs {statistics.median(baseline.latencies_ms):.1f} ms)"
    )


def main() -> int:
    if sys.argv[1:2] == ["--serve-baseline"]:
        serve_baseline(int(sys.argv[2]), int(sys.argv[3]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--portals", type=int, default=32, help="concurrent portals (one connection each)")
    parser.add_argument("--seconds", type=float, default=20.0, help="measured seconds per target")
    parser.add_argument("--workers", type=int, default=2, help="server worker processes (both targets)")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--no-verify", action="store_true", help="skip 'ledger verify' afterwards")
    parser.add_argument(
        "--rate",
        type=float,
        default=None,
        help="open loop: total requests per second offered at random (Poisson) arrival times across the portals; "
        "default: closed loop, each portal sends again as soon as it is answered",
    )
    args = parser.parse_args()
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request otherwise
    if not 1 <= args.portals <= 512 or not 0 < args.seconds <= 600:
        parser.error("--portals 1..512, --seconds up to 600")
    if args.rate is not None and not 0 < args.rate <= 100_000:
        parser.error("--rate: requests per second, above 0")

    import psycopg

    db_name = "bench_" + secrets.token_hex(5)
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{db_name}"')
    database_url = f"postgresql+asyncpg://postgres@127.0.0.1:5432/{db_name}"
    prefix = f"bench:{db_name}:"
    procs: list[subprocess.Popen[bytes]] = []
    try:
        with tempfile.TemporaryDirectory(prefix="gw-load-") as tmp:
            workdir = Path(tmp)
            settings, signers = setup_gateway(database_url, workdir, args.portals)
            bodies = make_bodies(16)
            env = {k: v for k, v in os.environ.items() if not k.startswith("GATEWAY_")}
            env.update(
                {
                    "GATEWAY_DATABASE_URL": database_url,
                    "GATEWAY_REDIS_URL": args.redis_url,
                    "GATEWAY_REDIS_PREFIX": prefix,
                    "GATEWAY_VAR_DIR": str(settings.var_dir),
                    "GATEWAY_KEYS_DIR": str(settings.keys_dir),
                    "GATEWAY_STAFF_JWKS": str(settings.staff_jwks),
                    "GATEWAY_PORTAL_RATE_LIMIT": "1000000000",
                    "GATEWAY_LOG_LEVEL": "WARNING",
                }
            )
            log = (workdir / "serve.log").open("wb")
            gw_port, base_port = free_port(), free_port()
            gateway_proc = subprocess.Popen(
                [str(BIN / "gateway"), "serve", "--port", str(gw_port), "--workers", str(args.workers)],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            procs.append(gateway_proc)
            baseline_proc = subprocess.Popen(
                [str(BIN / "python"), __file__, "--serve-baseline", str(base_port), str(args.workers)],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            procs.append(baseline_proc)
            gw_url, base_url = f"http://127.0.0.1:{gw_port}", f"http://127.0.0.1:{base_port}"
            wait_healthy(gw_url + "/healthz", gateway_proc)
            wait_healthy(base_url + "/v1/requests", baseline_proc)  # 405 on GET: it is up
            if args.workers > 1:
                wait_workers_idle(gateway_proc, args.workers)
                wait_workers_idle(baseline_proc, args.workers)

            load_before = os.getloadavg()[0]
            gateway = asyncio.run(run_load("gateway", gw_url, signers, bodies, args.seconds, args.rate))
            baseline = asyncio.run(run_load("baseline", base_url, signers, bodies, args.seconds, args.rate))
            report([gateway, baseline], args.portals, args.workers, args.rate)
            # The machine may be shared: the 1-minute load average says how much the figures can be trusted.
            print(
                f"load average (1 min): {load_before:.2f} before, {os.getloadavg()[0]:.2f} after, {os.cpu_count()} CPUs"
            )

            counts = check_database(settings, gateway.accepted_ids)
            print("afterwards:", ", ".join(f"{k} {v}" for k, v in counts.items()))
            consistent = (
                counts["202 answers"]
                == counts["distinct ids"]
                == counts["rows in requests"]
                == counts["request.received ledger entries"]
                and counts["202 ids missing from requests"] == 0
            )
            print("counts match:", "yes" if consistent else "NO")
            verified = True
            if not args.no_verify:
                verified, line = verify_ledger(gw_url, settings, workdir)
                print("ledger verify:", "ok" if verified else "FAILED", "-", line)
            return 0 if consistent and verified and gateway.errors == 0 else 1
    finally:
        for proc in procs:
            stop(proc)
        import redis

        client = redis.Redis.from_url(args.redis_url)
        keys = list(client.scan_iter(match=prefix + "*", count=1000))
        if keys:
            client.delete(*keys)
        client.close()
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')


if __name__ == "__main__":
    raise SystemExit(main())
