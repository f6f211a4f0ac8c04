"""Gateway workers SIGKILLed in the middle of a burst of intakes (a real ``gateway serve --workers 2`` process).

Both workers are killed at once (the kernel may hand every connection to one of them, so killing a single one
could miss every request in flight); uvicorn's supervisor starts new ones.

Every request answered 202 is in the database and in the ledger, the ledger verifies, and retrying every request
with its Idempotency-Key (what a portal does when its connection drops) creates no duplicate.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from faultkit import wait_until
from kit import (
    Gateway,
    free_port,
    ledger_mentions,
    make_settings,
    now,
    postgres_database,
    redis_namespace,
    table_counts,
    verify_ledger,
)

from gateway.bootstrap import prepare
from gateway.client import PortalClient
from gateway.demo import sample_request

PORTALS = 4
PER_PORTAL = 12
KILL_AFTER = 10  # answers seen before one worker is killed


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def _workers(pid: int) -> list[int]:
    """uvicorn's worker processes (multiprocessing spawn children of the supervisor)."""
    found = []
    for child in _children(pid):
        try:
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in cmdline:
            found.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (OSError, IndexError):
        return False
    return state != "Z"


class ServedGateway:
    """``gateway serve --workers N`` as a subprocess configured only through GATEWAY_* variables."""

    def __init__(self, gw: Gateway, workers: int, logs: Path) -> None:
        self.gw = gw
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        s = gw.settings
        env = {k: v for k, v in os.environ.items() if not k.startswith("GATEWAY_")}
        env.update(
            {
                "GATEWAY_DATABASE_URL": s.database_url,
                "GATEWAY_REDIS_URL": s.redis_url or "",
                "GATEWAY_REDIS_PREFIX": s.redis_prefix,
                "GATEWAY_VAR_DIR": str(s.var_dir),
                "GATEWAY_KEYS_DIR": str(s.keys_dir),
                "GATEWAY_STAFF_JWKS": str(s.staff_jwks),
                "GATEWAY_PORTAL_RATE_LIMIT": "1000000",
                "GATEWAY_LOG_LEVEL": "WARNING",
            }
        )
        self.log = logs.open("wb")
        self.proc = subprocess.Popen(
            [
                *(str(Path(sys.executable).with_name("gateway")), "serve"),
                *("--port", str(self.port), "--workers", str(workers)),
            ],
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_until(lambda: len(_workers(self.proc.pid)) == workers and self._healthy(), "the workers", 60)

    def _healthy(self) -> bool:
        try:
            return httpx.get(self.base_url + "/healthz", timeout=1).status_code == 200
        except httpx.HTTPError:
            return False

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
        self.log.close()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[ServedGateway]:
    with postgres_database() as database_url, redis_namespace() as (redis_url, prefix):
        settings = make_settings(
            {"database_url": database_url, "redis_url": redis_url, "redis_prefix": prefix}, tmp_path
        )
        prepare(settings)
        gw = Gateway(settings)
        for i in range(PORTALS):
            gw.register(f"P{i}")
        server = ServedGateway(gw, workers=2, logs=tmp_path / "serve.log")
        try:
            yield server
        finally:
            server.stop()


@pytest.mark.slow
def test_worker_sigkilled_mid_burst_loses_nothing_and_retries_duplicate_nothing(
    served: ServedGateway, tmp_path: Path
) -> None:
    gw = served.gw
    db = gw.settings.database_url
    # Every request: a fixed body and Idempotency-Key, so a retry is the same request.
    plan = {
        f"P{p}": [(f"P{p}-{i}", json.dumps(sample_request(now())).encode()) for i in range(PER_PORTAL)]
        for p in range(PORTALS)
    }
    accepted: dict[str, str] = {}  # idempotency key → request id, from a 202 seen during the burst
    lost: list[tuple[str, str, bytes]] = []  # (portal, key, body) with no answer (connection died)
    other: list[int] = []
    lock = threading.Lock()
    answered = threading.Semaphore(0)
    victims = _workers(served.proc.pid)
    in_flight = [0]

    def portal(name: str) -> None:
        with PortalClient(served.base_url, gw.signers[name], timeout_s=30) as client:
            for key, body in plan[name]:
                with lock:
                    in_flight[0] += 1
                try:
                    response = client.send("POST", "/v1/requests", body, headers={"Idempotency-Key": key})
                except httpx.TransportError:
                    with lock:
                        in_flight[0] -= 1
                        lost.append((name, key, body))
                    continue
                with lock:
                    in_flight[0] -= 1
                    if response.status_code == 202:
                        accepted[key] = response.json()["id"]
                    else:
                        other.append(response.status_code)
                        lost.append((name, key, body))
                answered.release()

    threads = [threading.Thread(target=portal, args=(name,)) for name in plan]
    for thread in threads:
        thread.start()
    for _ in range(KILL_AFTER):
        assert answered.acquire(timeout=60)
    with lock:
        for victim in victims:
            os.kill(victim, signal.SIGKILL)
        in_flight_at_kill = in_flight[0]
    for thread in threads:
        thread.join(120)
    wait_until(lambda: not any(_alive(v) for v in victims), "the killed workers to be gone")
    assert all(code == 503 for code in other), other  # a dying worker may fail closed, never otherwise

    # Every 202 is stored, with its ledger entry.
    for request_id in accepted.values():
        assert ledger_mentions(db, request_id, "request.received") == 1, request_id
    # The portals retry what got no answer, then everything once more: same ids, nothing new.
    wait_until(
        lambda: len(set(_workers(served.proc.pid)) - set(victims)) == 2,
        "uvicorn to replace the killed workers",
        60,
    )
    for name, key, body in lost:
        with PortalClient(served.base_url, gw.signers[name]) as client:
            response = client.send("POST", "/v1/requests", body, headers={"Idempotency-Key": key})
        assert response.status_code == 202, response.text
        accepted[key] = response.json()["id"]
    for name, requests_ in plan.items():
        with PortalClient(served.base_url, gw.signers[name]) as client:
            for key, body in requests_:
                again = client.send("POST", "/v1/requests", body, headers={"Idempotency-Key": key})
                assert again.status_code == 202, again.text
                assert again.json()["id"] == accepted[key]
    counts = table_counts(db)
    assert len(accepted) == PORTALS * PER_PORTAL
    assert counts["requests"] == PORTALS * PER_PORTAL == len(set(accepted.values()))
    assert counts["idempotency_keys"] == PORTALS * PER_PORTAL
    for request_id in accepted.values():
        assert ledger_mentions(db, request_id, "request.received") == 1, request_id
    result = verify_ledger(served.base_url, gw.settings, tmp_path / "verify")
    assert result.returncode == 0, result.stdout + result.stderr
    print(
        f"burst: {PORTALS * PER_PORTAL} requests; {in_flight_at_kill} in flight at SIGKILL; "
        f"{len(lost)} without an answer, retried with their Idempotency-Key; no duplicates"
    )
