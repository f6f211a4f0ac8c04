"""The Ledger on real databases: appends, proofs against signed checkpoints, triggers, receipts."""

# ruff: noqa: S608 - SQL built from fixed table names in tests

from __future__ import annotations

import math
from typing import Any

import pytest
from ledger_testkit import T0, LedgerDB
from sqlalchemy import event, text
from sqlalchemy.exc import DBAPIError

from ledger import (
    InvalidEntryError,
    ProofError,
    TamperError,
    leaf_hash,
    open_checkpoint,
    parse_leaf,
    parse_verifier_key,
    verify_consistency,
    verify_inclusion,
    verify_receipt,
)
from ledger.encoding import GENESIS_PREV, chain_hash
from ledger.merkle import MemoryTree, stored_hash_index


async def test_appends_chain_and_prove(ldb: LedgerDB) -> None:
    await ldb.append_many(37)
    verifier = parse_verifier_key(ldb.ledger.verifier_key())
    async with ldb.engine.begin() as conn:
        assert await ldb.ledger.size(conn) == 37
        rows = await ldb.ledger.entries(conn, 0, 100)
        note = await ldb.ledger.checkpoint(conn)
        checkpoint = open_checkpoint(note, verifier)
        assert checkpoint.size == 37
        leaves = [leaf.encode() for _, leaf in rows]
        assert [s for s, _ in rows] == list(range(37))
        assert checkpoint.root == MemoryTree(leaves).root()
        prev = GENESIS_PREV
        for seq, leaf in enumerate(leaves):
            entry = parse_leaf(leaf)
            assert (entry.seq, entry.prev, entry.log) == (seq, prev, "gateway.example/ledger")
            prev = chain_hash(leaf)
        for index in (0, 1, 17, 36):
            for size in (index + 1, 20, 37):
                if index < size:
                    proof = await ldb.ledger.inclusion_proof(conn, index, size)
                    verify_inclusion(
                        index, size, leaf_hash(leaves[index]), proof, await ldb.ledger.root(conn, size)
                    )
        proof = await ldb.ledger.inclusion_proof(conn, 5, 37)
        verify_inclusion(5, 37, leaf_hash(leaves[5]), proof, checkpoint.root)
        for first in (1, 2, 13, 32, 37):
            proof = await ldb.ledger.consistency_proof(conn, first, 37)
            verify_consistency(first, 37, MemoryTree(leaves[:first]).root(), checkpoint.root, proof)
        assert await ldb.ledger.entries(conn, 30, 3) == rows[30:33]
        with pytest.raises(ProofError):
            await ldb.ledger.inclusion_proof(conn, 37, 37)
        with pytest.raises(ProofError):
            await ldb.ledger.inclusion_proof(conn, 3, 38)
        with pytest.raises(ProofError):
            await ldb.ledger.consistency_proof(conn, 0, 10)


async def test_checkpoints_are_stored_and_reused(ldb: LedgerDB) -> None:
    verifier = parse_verifier_key(ldb.ledger.verifier_key())
    async with ldb.engine.begin() as conn:
        empty = await ldb.ledger.checkpoint(conn)
        assert open_checkpoint(empty, verifier).size == 0
    await ldb.append_many(3)
    async with ldb.engine.begin() as conn:
        first = await ldb.ledger.checkpoint(conn)
        assert await ldb.ledger.checkpoint(conn) == first
    await ldb.append_many(4)
    async with ldb.engine.begin() as conn:
        second = await ldb.ledger.checkpoint(conn)
        assert open_checkpoint(second, verifier).size == 7
        assert await ldb.ledger.checkpoint_at(conn, 3) == first
        assert await ldb.ledger.checkpoint_at(conn, 0) == empty
        assert await ldb.ledger.checkpoint_at(conn, 5) is None


async def test_receipt_verifies_offline(ldb: LedgerDB) -> None:
    await ldb.append_many(11)
    async with ldb.engine.begin() as conn:
        receipt = await ldb.ledger.receipt(conn, 6)
    assert receipt.startswith("c2sp.org/tlog-proof@v1\nextra ")
    proved = verify_receipt(receipt, parse_verifier_key(ldb.ledger.verifier_key()))
    assert (proved.index, proved.entry.seq, proved.entry.data["request"]) == (6, 6, "r-6")
    forged = receipt.replace("index 6", "index 7")
    with pytest.raises(ProofError):
        verify_receipt(forged, parse_verifier_key(ldb.ledger.verifier_key()))


async def test_invalid_entries_write_nothing(ldb: LedgerDB) -> None:
    async with ldb.engine.begin() as conn:
        with pytest.raises(InvalidEntryError):
            await ldb.ledger.append(conn, "request.erased", {}, time=T0)
        with pytest.raises(InvalidEntryError):
            await ldb.ledger.append(conn, "plan.made", {"score": 0.5}, time=T0)
        assert await ldb.ledger.size(conn) == 0


async def test_uncommitted_append_leaves_nothing(ldb: LedgerDB) -> None:
    await ldb.append_many(2)
    async with ldb.engine.connect() as conn:
        await conn.begin()
        await ldb.ledger.append(conn, "plan.made", {"plan": "p"}, time=T0)
        await conn.rollback()
    await ldb.append_many(1)
    async with ldb.engine.begin() as conn:
        rows = await ldb.ledger.entries(conn, 0, 10)
    assert [parse_leaf(leaf.encode()).data.get("plan") for _, leaf in rows] == [None, None, None]


@pytest.mark.parametrize("table", ["ledger_entries", "ledger_tree_hashes", "ledger_checkpoints"])
async def test_triggers_refuse_update_and_delete(ldb: LedgerDB, table: str) -> None:
    await ldb.append_many(2)
    async with ldb.engine.begin() as conn:
        await ldb.ledger.checkpoint(conn)
    key = {"ledger_entries": "seq", "ledger_tree_hashes": "idx", "ledger_checkpoints": "size"}[table]
    statements = [f"DELETE FROM {table}", f"UPDATE {table} SET {key} = {key} + 100"]
    if ldb.engine.dialect.name == "sqlite":
        statements.append(f"INSERT OR REPLACE INTO {table} SELECT * FROM {table}")
    else:
        statements.append(f"TRUNCATE {table} CASCADE")
    for statement in statements:
        with pytest.raises(DBAPIError, match="append-only"):
            async with ldb.engine.begin() as conn:
                await conn.execute(text(statement))
    async with ldb.engine.begin() as conn:
        assert await ldb.ledger.size(conn) == 2


async def test_checkpoint_refuses_to_sign_a_changed_tree(ldb: LedgerDB) -> None:
    await ldb.append_many(6)
    async with ldb.engine.begin() as conn:
        await ldb.ledger.checkpoint(conn)
    await ldb.append_many(1)
    # the stored hash of leaves 0..3, which both the old root and the new one are built from
    target = stored_hash_index(2, 0)
    await ldb.tamper(
        f"UPDATE ledger_tree_hashes SET hash = (SELECT hash FROM ledger_tree_hashes WHERE idx = 0) WHERE idx = {target}"
    )
    with pytest.raises(TamperError):
        async with ldb.engine.begin() as conn:
            await ldb.ledger.checkpoint(conn)


async def test_proofs_read_logarithmic_rows(ldb: LedgerDB) -> None:
    await ldb.append_many(300)
    fetched: list[int] = []

    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "ledger_tree_hashes" in statement and statement.lstrip().upper().startswith("SELECT"):
            fetched.append(1)

    event.listen(ldb.engine.sync_engine, "after_cursor_execute", count)
    async with ldb.engine.begin() as conn:
        for index in (0, 150, 299):
            fetched.clear()
            proof = await ldb.ledger.inclusion_proof(conn, index, 300)
            assert len(fetched) == 1 and len(proof) <= math.ceil(math.log2(300))
        fetched.clear()
        await ldb.ledger.consistency_proof(conn, 129, 300)
        assert len(fetched) == 1


async def test_checkpoints_continue_after_key_rotation(ldb: LedgerDB) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from ledger import Ledger, NoteSigner

    await ldb.append_many(4)
    async with ldb.engine.begin() as conn:
        old_note = await ldb.ledger.checkpoint(conn)
    ldb.ledger = Ledger(
        "gateway.example/ledger", NoteSigner("gateway.example/ledger", Ed25519PrivateKey.generate())
    )
    await ldb.append_many(3)
    async with ldb.engine.begin() as conn:
        new_note = await ldb.ledger.checkpoint(conn)
    new = open_checkpoint(new_note, parse_verifier_key(ldb.ledger.verifier_key()))
    old = open_checkpoint(old_note, parse_verifier_key(ldb.signer.verifier_key()))
    async with ldb.engine.begin() as conn:
        proof = await ldb.ledger.consistency_proof(conn, old.size, new.size)
    verify_consistency(old.size, new.size, old.root, new.root, proof)
