"""Several processes appending at once, and a process killed with SIGKILL in the middle of an append."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from ledger_testkit import LedgerDB, make_ledger_db

from ledger import parse_leaf, parse_verifier_key
from ledger.verify import verify_log

WORKER = str(Path(__file__).with_name("ledger_worker.py"))


class DBSource:
    """The verifier's Source read straight from the database (what an auditor with a DB replica would do)."""

    def __init__(self, db: LedgerDB, loop: asyncio.AbstractEventLoop) -> None:
        self.db, self.loop = db, loop

    def _run(self, coro_fn):  # type: ignore[no-untyped-def]
        async def go():  # type: ignore[no-untyped-def]
            async with self.db.engine.begin() as conn:
                return await coro_fn(conn)

        return asyncio.run_coroutine_threadsafe(go(), self.loop).result(timeout=60)

    def checkpoint(self) -> str:
        return self._run(self.db.ledger.checkpoint)  # type: ignore[no-any-return]

    def entries(self, start: int, stop: int) -> Iterator[tuple[int, str]]:
        yield from self._run(lambda conn: self.db.ledger.entries(conn, start, stop - start))

    def inclusion_proof(self, index: int, size: int) -> list[bytes] | None:
        return self._run(lambda conn: self.db.ledger.inclusion_proof(conn, index, size))  # type: ignore[no-any-return]

    def consistency_proof(self, first: int, second: int) -> list[bytes] | None:
        return self._run(lambda conn: self.db.ledger.consistency_proof(conn, first, second))  # type: ignore[no-any-return]


async def verify_db(db: LedgerDB) -> int:
    source = DBSource(db, asyncio.get_running_loop())
    result = await asyncio.to_thread(verify_log, source, parse_verifier_key(db.ledger.verifier_key()))
    return result.entries


def spawn(url: str, count: int, tag: str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, WORKER, url, str(count), tag, *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("writers", [4])
async def test_concurrent_processes_never_fork_or_gap(database_url: str, writers: int) -> None:
    db = await make_ledger_db(database_url)
    try:
        per_writer = 20
        procs = [spawn(database_url, per_writer, f"w{i}") for i in range(writers)]
        outs = await asyncio.gather(*(asyncio.to_thread(p.communicate, timeout=120) for p in procs))
        for proc, (_out, err) in zip(procs, outs, strict=True):
            assert proc.returncode == 0, err
        seqs = sorted(int(line.split()[1]) for out, _ in outs for line in out.splitlines())
        assert seqs == list(range(writers * per_writer))  # every append got its own seq: no duplicate, no gap
        assert await verify_db(db) == writers * per_writer
        async with db.engine.begin() as conn:
            rows = await db.ledger.entries(conn, 0, 1000)
        per_tag: dict[str, list[int]] = {}
        for _, leaf in rows:
            data = parse_leaf(leaf.encode()).data
            per_tag.setdefault(data["worker"], []).append(data["i"])
        assert all(v == list(range(per_writer)) for v in per_tag.values()) and len(per_tag) == writers
    finally:
        await db.engine.dispose()


async def test_sigkill_mid_append_leaves_a_verifiable_log(database_url: str) -> None:
    db = await make_ledger_db(database_url)
    try:
        await db.append_many(5)
        proc = spawn(database_url, 3, "victim", "--hold")
        assert proc.stdout is not None
        lines = [await asyncio.to_thread(proc.stdout.readline) for _ in range(4)]
        assert lines[-1].startswith("holding 8"), lines
        proc.send_signal(
            signal.SIGKILL
        )  # inside the append's transaction: entry and hashes written, not committed
        await asyncio.to_thread(proc.wait, 30)
        assert proc.returncode == -signal.SIGKILL
        assert await verify_db(db) == 8  # the partial entry is gone, everything else verifies
        await db.append_many(2)  # the lock died with the process: appends continue where the log ends
        assert await verify_db(db) == 10
        async with db.engine.begin() as conn:
            rows = await db.ledger.entries(conn, 0, 100)
        assert not any(parse_leaf(leaf.encode()).data.get("partial") for _, leaf in rows)
    finally:
        await db.engine.dispose()


async def test_sigkill_at_a_random_point_while_appending(database_url: str) -> None:
    db = await make_ledger_db(database_url)
    try:
        proc = spawn(database_url, 10_000, "runner")
        assert proc.stdout is not None
        for _ in range(25):  # let it get going, then kill it wherever it is
            await asyncio.to_thread(proc.stdout.readline)
        proc.send_signal(signal.SIGKILL)
        await asyncio.to_thread(proc.wait, 30)
        committed = await verify_db(db)
        assert committed >= 25
        await db.append_many(3)
        assert await verify_db(db) == committed + 3
    finally:
        await db.engine.dispose()
