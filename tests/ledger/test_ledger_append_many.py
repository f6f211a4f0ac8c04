"""``Ledger.append_many``: several entries under one lock, byte for byte what as many ``append`` calls write."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

import pytest
from ledger_testkit import T0, LedgerDB
from sqlalchemy import select

from ledger import InvalidEntryError, open_checkpoint, parse_leaf, parse_verifier_key, verify_inclusion
from ledger.encoding import GENESIS_PREV, chain_hash
from ledger.merkle import MemoryTree, leaf_hash
from ledger.storage import tree_hashes_table


async def _stored_hashes(ldb: LedgerDB) -> dict[int, bytes]:
    async with ldb.engine.connect() as conn:
        rows = await conn.execute(select(tree_hashes_table.c.idx, tree_hashes_table.c.hash))
        return {int(i): bytes(h) for i, h in rows}


async def _check_log(ldb: LedgerDB, size: int) -> list[bytes]:
    """The whole log is one chain 0..size-1, its stored hashes are exactly a MemoryTree's, proofs verify."""
    async with ldb.engine.begin() as conn:
        rows = await ldb.ledger.entries(conn, 0, size + 10)
        note = await ldb.ledger.checkpoint(conn)
        leaves = [leaf.encode() for _, leaf in rows]
        assert [s for s, _ in rows] == list(range(size))
        prev = GENESIS_PREV
        for seq, leaf in enumerate(leaves):
            entry = parse_leaf(leaf)
            assert (entry.seq, entry.prev) == (seq, prev)
            prev = chain_hash(leaf)
        tree = MemoryTree(leaves)
        checkpoint = open_checkpoint(note, parse_verifier_key(ldb.ledger.verifier_key()))
        assert (checkpoint.size, checkpoint.root) == (size, tree.root())
        for index in {0, size // 2, size - 1}:
            proof = await ldb.ledger.inclusion_proof(conn, index, size)
            verify_inclusion(index, size, leaf_hash(leaves[index]), proof, checkpoint.root)
    assert await _stored_hashes(ldb) == tree.stored
    return leaves


async def _append_batch(ldb: LedgerDB, start: int, count: int, at: datetime) -> list[int]:
    async with ldb.engine.begin() as conn:
        appended = await ldb.ledger.append_many(
            conn, [("request.received", {"request": f"r-{start + i}", "n": i}) for i in range(count)], time=at
        )
    return [a.seq for a in appended]


async def test_batches_write_what_single_appends_write(ldb: LedgerDB) -> None:
    # Batches of every size from 1 to 9, interleaved with single appends, cross many power-of-two edges.
    size = 0
    for count in range(1, 10):
        seqs = await _append_batch(ldb, size, count, T0 + timedelta(seconds=size))
        assert seqs == list(range(size, size + count))
        size += count
        await ldb.append_many(1)
        size += 1
    await _check_log(ldb, size)


async def test_returned_leaf_hashes_match(ldb: LedgerDB) -> None:
    await ldb.append_many(3)
    async with ldb.engine.begin() as conn:
        appended = await ldb.ledger.append_many(
            conn, [("request.received", {"request": "a"}), ("plan.made", {"request": "a"})], time=T0
        )
        rows = await ldb.ledger.entries(conn, 3, 2)
    assert [a.seq for a in appended] == [3, 4]
    assert [a.leaf_hash for a in appended] == [leaf_hash(leaf.encode()) for _, leaf in rows]


async def test_invalid_batch_writes_nothing(ldb: LedgerDB) -> None:
    await ldb.append_many(2)
    async with ldb.engine.connect() as conn:
        await conn.begin()
        with pytest.raises(InvalidEntryError):
            await ldb.ledger.append_many(
                conn, [("request.received", {"request": "x"}), ("request.erased", {})], time=T0
            )
        with pytest.raises(InvalidEntryError):
            await ldb.ledger.append_many(
                conn, [("plan.made", {"request": "x"})], time=T0.replace(tzinfo=None)
            )
        with pytest.raises(InvalidEntryError):  # bad data is refused after the lock: the caller rolls back
            await ldb.ledger.append_many(
                conn, [("request.received", {"request": "x"}), ("plan.made", {"score": 0.5})], time=T0
            )
        await conn.rollback()
    async with ldb.engine.begin() as conn:
        assert await ldb.ledger.size(conn) == 2
        assert await ldb.ledger.append_many(conn, [], time=T0) == []
    await _check_log(ldb, 2)


async def test_rolled_back_batch_leaves_nothing(ldb: LedgerDB) -> None:
    await ldb.append_many(1)
    async with ldb.engine.connect() as conn:
        await conn.begin()
        await ldb.ledger.append_many(conn, [("plan.made", {"plan": "p"})] * 3, time=T0)
        await conn.rollback()
    await _append_batch(ldb, 1, 2, T0)
    await _check_log(ldb, 3)


async def test_concurrent_batches_never_fork(ldb: LedgerDB) -> None:
    """Concurrent transactions, each appending two entries (and writing nothing else), give one chain."""
    writers, rounds = 8, 3

    async def writer(w: int) -> None:
        for r in range(rounds):
            await _append_batch(ldb, 1000 * w + 10 * r, 2, T0)

    await asyncio.gather(*(writer(w) for w in range(writers)))
    leaves = await _check_log(ldb, writers * rounds * 2)
    # Each batch's two entries are adjacent: nobody else's entry lands between them.
    ns = [parse_leaf(leaf).data["n"] for leaf in leaves]
    assert ns == [0, 1] * (writers * rounds)
