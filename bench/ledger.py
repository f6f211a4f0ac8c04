"""Ledger benchmark: verification throughput, proof latency and append throughput, with their baselines.

    .venv/bin/python bench/ledger.py                      # the issue's sizes: 1,000,000 entries
    .venv/bin/python bench/ledger.py --entries 100000     # quicker
    .venv/bin/python bench/ledger.py --skip-postgres      # SQLite only

Figures, each printed beside its baseline from the same run:
1. verify N entries read from the database (SQLite file; PostgreSQL with --verify-db postgres) with
   ``ledger.verify.verify_log`` over ``DatabaseSource`` (what ``ledger verify --database`` does): entries/s, and
   the ratio to hashing the same leaf bytes once with hashlib in one process (the floor). Strict (every entry
   parsed in full as canonical RFC 8785) and envelope-only, with 1 and 2 workers, through the C module (threads)
   and in pure Python (processes), as an auditor without a C compiler would run it.
2. inclusion and consistency proof generation at N entries through ``Ledger``: median and p99, and database
   reads (queries, stored-hash rows) per proof.
3. appends/s with 1, 4 and 16 concurrent writers (separate connections) on PostgreSQL and SQLite, and the ratio to
   a plain single-row INSERT + COMMIT on the same database with the same writers.

The N-entry log is bulk-loaded (leaves made by the same canonical layout as ``encode_leaf``, checked equal on a
sample; stored hashes from ``ledger.merkle``), then signed through ``Ledger.checkpoint``, which proves it
consistent before signing. Output files go to bench/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import random
import secrets
import statistics
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

# Run as a script, this file's directory comes first on sys.path and this file would shadow the ``ledger``
# package: drop that entry before importing it.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import event, insert, text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from ledger import Ledger, NoteSigner, _check, guard_ddl, metadata, use_immediate_transactions
from ledger._check import CHUNK
from ledger.encoding import GENESIS_PREV, encode_leaf
from ledger.merkle import (
    append_reads,
    consistency_ranges,
    inclusion_ranges,
    node_hash,
    stored_hash_index,
    stored_indexes,
)
from ledger.note import parse_verifier_key
from ledger.storage import entries_table, tree_hashes_table
from ledger.verify import DatabaseSource, verify_log

ORIGIN = "gateway.example/ledger"
PAYLOAD = "x" * 430
OUT = Path(__file__).resolve().parent / "out"
T0 = datetime(2026, 1, 1, tzinfo=UTC)
PG_ADMIN = os.environ.get("BENCH_POSTGRES_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")


def _leaf_bytes(seq: int, prev: str) -> bytes:
    """A realistic request.received leaf (~430 bytes) in canonical form, built by string formatting for speed."""
    time = (T0 + timedelta(milliseconds=seq)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    commitment = hashlib.sha256(f"target-{seq}".encode()).hexdigest()
    return (
        f'{{"data":{{"category":"imminent_danger","portal":"portal-{seq % 17}","request":"req-{seq:08d}",'
        f'"target_commitments":["{commitment}"],"targets":1}},"kind":"request.received","log":"{ORIGIN}",'
        f'"prev":"{prev}","seq":{seq},"time":"{time}","v":1}}'
    ).encode()


def _check_generator() -> None:
    prev = GENESIS_PREV
    for seq in range(200):
        leaf = _leaf_bytes(seq, prev)
        data = {
            "category": "imminent_danger",
            "portal": f"portal-{seq % 17}",
            "request": f"req-{seq:08d}",
            "target_commitments": [hashlib.sha256(f"target-{seq}".encode()).hexdigest()],
            "targets": 1,
        }
        expected = encode_leaf(
            origin=ORIGIN,
            seq=seq,
            time=T0 + timedelta(milliseconds=seq),
            kind="request.received",
            prev=prev,
            data=data,
        )
        assert leaf == expected, (leaf, expected)
        prev = hashlib.sha256(leaf).hexdigest()


def generate(n: int) -> Iterator[tuple[int, bytes, list[tuple[int, bytes]]]]:
    """(seq, leaf, stored-hash rows) for a log of n entries; keeps only the O(log n) right edge in memory."""
    prev = GENESIS_PREV
    edge: dict[int, bytes] = {}
    for seq in range(n):
        leaf = _leaf_bytes(seq, prev)
        h = hashlib.sha256(b"\x00" + leaf).digest()
        rows = [(stored_hash_index(0, seq), h)]
        for level, idx in enumerate(append_reads(seq)):
            h = node_hash(edge.pop(idx), h)
            rows.append((stored_hash_index(level + 1, seq >> (level + 1)), h))
        edge[rows[-1][0]] = rows[-1][1]  # the subtree this leaf completed: a later left sibling
        prev = hashlib.sha256(leaf).hexdigest()
        yield seq, leaf, rows


async def prepare(engine: AsyncEngine) -> None:
    async with engine.begin() as conn:
        await conn.run_sync(metadata.drop_all)
        await conn.run_sync(metadata.create_all)


async def bulk_load(engine: AsyncEngine, n: int) -> float:
    await prepare(engine)
    start = time.perf_counter()
    batch_e: list[dict[str, Any]] = []
    batch_h: list[dict[str, Any]] = []
    async with engine.begin() as conn:
        for seq, leaf, rows in generate(n):
            batch_e.append({"seq": seq, "leaf": leaf.decode()})
            batch_h.extend({"idx": i, "hash": h} for i, h in rows)
            if len(batch_e) == 20_000:
                await conn.execute(insert(entries_table), batch_e)
                await conn.execute(insert(tree_hashes_table), batch_h)
                batch_e, batch_h = [], []
        if batch_e:
            await conn.execute(insert(entries_table), batch_e)
            await conn.execute(insert(tree_hashes_table), batch_h)
        for statement in guard_ddl(conn.dialect.name):
            await conn.execute(text(statement))
    return time.perf_counter() - start


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:>12,.0f}/s"


async def bench_verify(url: str, sync_url: str, n: int, ledger: Ledger, jobs: int) -> None:
    engine = create_async_engine(url)
    use_immediate_transactions(engine)
    print(f"\n== bulk-loading {n:,} entries into {engine.dialect.name}", flush=True)
    loaded = await bulk_load(engine, n)
    async with engine.begin() as conn:
        t = time.perf_counter()
        note = await ledger.checkpoint(conn)
        signed = time.perf_counter() - t
    print(f"loaded in {loaded:.1f}s; first checkpoint signed in {signed * 1000:.1f} ms")

    source = DatabaseSource(sync_url)
    assert source.checkpoint() == note
    vkey = parse_verifier_key(ledger.verifier_key())
    leaves: list[bytes] = []
    t = time.perf_counter()
    for _, leaf in source.entries(0, n):
        leaves.append(leaf.encode())
    read = time.perf_counter() - t
    t = time.perf_counter()
    for start in range(0, n, CHUNK):
        assert source.read_joined(start, min(start + CHUNK, n)) is not None
    read_joined = time.perf_counter() - t
    sha256 = hashlib.sha256
    t = time.perf_counter()
    for leaf in leaves:
        sha256(leaf).digest()
    floor = time.perf_counter() - t
    total_bytes = sum(map(len, leaves))
    del leaves
    print(f"\n== verify {n:,} entries ({total_bytes / n:.0f} bytes each) read from {engine.dialect.name}")
    print(f"{'floor: hashlib.sha256 once per leaf (in memory, 1 process)':<62}{_rate(n, floor)}   ratio 1.00")
    print(f"{'read only: stream the rows from the database':<62}{_rate(n, read)}   ratio {floor / read:.2f}")
    print(
        f"{'read only: chunks joined by the database':<62}{_rate(n, read_joined)}   "
        f"ratio {floor / read_joined:.2f}"
    )
    native = _check.native
    paths = [("C module, " + native.SHA256_IMPL + " SHA-256", native), ("pure Python", None)]
    for path, module in paths if native is not None else paths[1:]:
        _check.native = module
        os.environ["LEDGER_NATIVE"] = "auto" if module else "0"  # worker processes load their own
        for strict in (False, True):
            for j in sorted({1, jobs}):
                t = time.perf_counter()
                result = verify_log(source, vkey, strict=strict, jobs=j)
                took = time.perf_counter() - t
                assert result.entries == n
                workers = f"{j} thread{'s' * (j > 1)}" if module else f"{j} process{'es' * (j > 1)}"
                label = f"verify_log {'strict' if strict else 'envelope-only'}, {path}, {workers}"
                print(f"{label:<62}{_rate(n, took)}   ratio {floor / took:.2f}", flush=True)
    _check.native = native
    os.environ.pop("LEDGER_NATIVE")
    source.close()

    print(f"\n== proofs at {n:,} entries through Ledger ({engine.dialect.name})")
    queries: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        queries.append(statement)

    event.listen(engine.sync_engine, "after_cursor_execute", count)
    rng = random.Random(7)
    for name in ("inclusion", "consistency"):
        times, per_q, per_rows = [], [], []
        async with engine.connect() as conn:
            for _ in range(1000):
                queries.clear()
                if name == "inclusion":
                    index = rng.randrange(n)
                    t = time.perf_counter()
                    await ledger.inclusion_proof(conn, index, n)
                    times.append(time.perf_counter() - t)
                    per_rows.append(len(stored_indexes(inclusion_ranges(index, n))))
                else:
                    first = rng.randrange(1, n)
                    t = time.perf_counter()
                    await ledger.consistency_proof(conn, first, n)
                    times.append(time.perf_counter() - t)
                    per_rows.append(len(stored_indexes(consistency_ranges(first, n))))
                per_q.append(len(queries))
        times.sort()
        print(
            f"{name:<12} median {statistics.median(times) * 1e3:6.2f} ms  p99 {times[int(len(times) * 0.99)] * 1e3:6.2f} ms"
            f"  queries/proof {statistics.mean(per_q):.0f}  stored-hash rows/proof"
            f" median {statistics.median(per_rows):.0f} max {max(per_rows)}"
        )
    event.remove(engine.sync_engine, "after_cursor_execute", count)
    await engine.dispose()


async def bench_appends(url: str, label: str, total: int, writer_counts: list[int], ledger: Ledger) -> None:
    print(f"\n== appends on {label}: {total:,} per run, each in its own transaction")
    for writers in writer_counts:
        engine = create_async_engine(url, pool_size=writers + 2, max_overflow=0)
        use_immediate_transactions(engine)
        if engine.dialect.name == "sqlite":

            @event.listens_for(engine.sync_engine, "connect")
            def _wal(dbapi_connection: Any, _record: Any) -> None:
                cursor = dbapi_connection.cursor()
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.close()

        await prepare(engine)
        async with engine.begin() as conn:
            await conn.execute(text("DROP TABLE IF EXISTS bench_plain"))
            await conn.execute(
                text("CREATE TABLE bench_plain (id BIGINT PRIMARY KEY, payload TEXT NOT NULL)")
            )
            for statement in guard_ddl(conn.dialect.name):
                await conn.execute(text(statement))
        counter = iter(range(10**9))

        async def plain_writer(
            count: int, engine: AsyncEngine = engine, counter: Iterator[int] = counter
        ) -> None:
            async with engine.connect() as conn:
                for _ in range(count):
                    await conn.execute(
                        text("INSERT INTO bench_plain (id, payload) VALUES (:i, :p)"),
                        {"i": next(counter), "p": PAYLOAD},
                    )
                    await conn.commit()

        async def ledger_writer(count: int, engine: AsyncEngine = engine) -> None:
            async with engine.connect() as conn:
                for i in range(count):
                    await ledger.append(
                        conn,
                        "request.received",
                        {"request": f"req-{i}", "targets": 1},
                        time=datetime.now(UTC),
                    )
                    await conn.commit()

        per = total // writers
        results = {}
        for name, fn in (("plain INSERT+COMMIT", plain_writer), ("Ledger.append+COMMIT", ledger_writer)):
            t = time.perf_counter()
            await asyncio.gather(*(fn(per) for _ in range(writers)))
            results[name] = per * writers / (time.perf_counter() - t)
        async with engine.begin() as conn:
            size = await ledger.size(conn)
        assert size == per * writers, size
        await engine.dispose()
        base, mine = results["plain INSERT+COMMIT"], results["Ledger.append+COMMIT"]
        print(
            f"{writers:>3} writers: plain {base:>8,.0f}/s   ledger {mine:>8,.0f}/s   ratio {mine / base:.2f}",
            flush=True,
        )


def _pg_database() -> tuple[str, str, str]:
    import psycopg

    name = "bench_ledger_" + secrets.token_hex(4)
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN.rsplit("/", 1)[0].split("://", 1)[1]
    return name, f"postgresql+asyncpg://{base}/{name}", f"postgresql+psycopg://{base}/{name}"


def _drop_pg(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _fresh_sqlite(name: str) -> Path:
    db = OUT / name
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return db


async def amain(args: argparse.Namespace) -> None:
    _check_generator()
    OUT.mkdir(exist_ok=True)
    signer = NoteSigner(ORIGIN, Ed25519PrivateKey.generate())
    ledger = Ledger(ORIGIN, signer)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, entries {args.entries:,}")
    pg: tuple[str, str, str] | None = None
    try:
        if not args.skip_postgres:
            pg = _pg_database()
        if args.verify_db == "postgres" and pg is not None:
            await bench_verify(pg[1], pg[2], args.entries, ledger, args.jobs)
        else:
            db = _fresh_sqlite("verify.db")
            await bench_verify(
                f"sqlite+aiosqlite:///{db}", f"sqlite:///{db}", args.entries, ledger, args.jobs
            )
        writers = [int(w) for w in args.writers.split(",")]
        if pg is not None:
            await bench_appends(pg[1], "PostgreSQL", args.appends, writers, ledger)
        db = _fresh_sqlite("appends.db")
        await bench_appends(f"sqlite+aiosqlite:///{db}", "SQLite (WAL)", args.appends, writers, ledger)
    finally:
        if pg is not None:
            _drop_pg(pg[0])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--entries", type=int, default=1_000_000, help="log size for verify and proofs")
    parser.add_argument("--appends", type=int, default=3_200, help="appends per writer-count run")
    parser.add_argument("--writers", default="1,4,16")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for verify")
    parser.add_argument("--verify-db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--skip-postgres", action="store_true")
    asyncio.run(amain(parser.parse_args()))


if __name__ == "__main__":
    main()
