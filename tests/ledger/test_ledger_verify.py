"""The verifier over a log larger than one chunk, inline and on worker processes."""

# ruff: noqa: S608 - SQL built from integers in tests

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from ledger import NoteSigner, TamperError
from ledger._check import CHUNK
from ledger.checkpoint import format_checkpoint_body
from ledger.encoding import GENESIS_PREV, chain_hash, encode_leaf
from ledger.merkle import MemoryTree, stored_hash_index
from ledger.note import sign_note
from ledger.verify import verify_log

ORIGIN = "gateway.example/ledger"
SIGNER = NoteSigner(ORIGIN, Ed25519PrivateKey.generate())
T = datetime(2026, 11, 25, tzinfo=UTC)


def build(size: int) -> list[bytes]:
    leaves, prev = [], GENESIS_PREV
    for seq in range(size):
        leaf = encode_leaf(origin=ORIGIN, seq=seq, time=T, kind="plan.made", prev=prev, data={"n": seq})
        leaves.append(leaf)
        prev = chain_hash(leaf)
    return leaves


LEAVES = build(2 * CHUNK + 1000)
TREE = MemoryTree(LEAVES)


@pytest.fixture(autouse=True)
def _parallel_even_when_small(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ledger.verify.PARALLEL_MIN", 2 * CHUNK)


class MemorySource:
    def __init__(self, leaves: list[bytes], tree: MemoryTree) -> None:
        self.leaves, self.tree = leaves, tree
        self.note = sign_note(format_checkpoint_body(ORIGIN, tree.size, tree.root()), [SIGNER])

    def checkpoint(self) -> str:
        return self.note

    def entries(self, start: int, stop: int) -> Iterator[tuple[int, str]]:
        for seq in range(start, min(stop, len(self.leaves))):
            yield seq, self.leaves[seq].decode()

    def inclusion_proof(self, index: int, size: int) -> list[bytes] | None:
        return self.tree.inclusion_proof(index, size)

    def consistency_proof(self, first: int, second: int) -> list[bytes] | None:
        return self.tree.consistency_proof(first, second)


@pytest.mark.parametrize(("jobs", "strict"), [(1, True), (1, False), (2, True)])
def test_large_log_verifies(jobs: int, strict: bool) -> None:
    result = verify_log(MemorySource(LEAVES, TREE), SIGNER.verifier(), strict=strict, jobs=jobs)
    assert result.entries == len(LEAVES) and result.checkpoint.root == TREE.root()
    assert result.leaf_hashes == b"".join(TREE.stored[stored_hash_index(0, i)] for i in range(len(LEAVES)))


@pytest.mark.parametrize(
    ("jobs", "seq"),
    [
        (1, 0),
        (1, CHUNK - 1),
        (1, CHUNK),
        (1, 2 * CHUNK + 5),
        (1, len(LEAVES) - 1),
        (2, CHUNK),
        (2, 2 * CHUNK + 5),
    ],
)
def test_changed_entry_named_across_chunks(jobs: int, seq: int) -> None:
    leaves = list(LEAVES)
    leaves[seq] = leaves[seq].replace(b'"n":', b'"n":1', 1)  # the served log changed; the signed tree did not
    with pytest.raises(TamperError) as caught:
        verify_log(MemorySource(leaves, TREE), SIGNER.verifier(), jobs=jobs)
    assert caught.value.seq == seq


def test_non_canonical_entry_needs_strict() -> None:
    leaves = list(LEAVES)
    seq = len(leaves) - 1
    leaves[seq] = leaves[seq].replace(b'{"data":{"n":', b'{"data":{ "n":', 1)
    tree = MemoryTree(leaves)  # a log that signed a non-canonical entry
    source = MemorySource(leaves, tree)
    with pytest.raises(TamperError) as caught:
        verify_log(source, SIGNER.verifier(), strict=True)
    assert caught.value.seq == seq and "canonical" in str(caught.value)
    assert verify_log(source, SIGNER.verifier(), strict=False).entries == len(leaves)


def _sync_url(url: str) -> str:
    return url.replace("+aiosqlite", "").replace("+asyncpg", "+psycopg")


@pytest.mark.parametrize("jobs", [1, 2])
async def test_database_source_reads_chunks_in_workers(database_url: str, jobs: int) -> None:
    """Verifying straight from the tables; with jobs > 1 the workers read their own chunks."""
    from ledger_testkit import make_ledger_db
    from sqlalchemy import insert

    from ledger.storage import entries_table, tree_hashes_table
    from ledger.verify import DatabaseSource

    db = await make_ledger_db(database_url, SIGNER)
    try:
        async with db.engine.begin() as conn:
            await conn.execute(
                insert(entries_table), [{"seq": i, "leaf": x.decode()} for i, x in enumerate(LEAVES)]
            )
            await conn.execute(
                insert(tree_hashes_table), [{"idx": i, "hash": h} for i, h in TREE.stored.items()]
            )
            note = await db.ledger.checkpoint(
                conn
            )  # proves nothing yet (first one) but signs the stored tree
            assert (await db.ledger.root(conn, len(LEAVES))) == TREE.root()
        source = DatabaseSource(_sync_url(database_url))
        try:
            assert source.checkpoint() == note
            result = await asyncio.to_thread(verify_log, source, SIGNER.verifier(), strict=False, jobs=jobs)
            assert result.entries == len(LEAVES)
            await db.tamper(f"DELETE FROM ledger_entries WHERE seq = {CHUNK + 7}")
            with pytest.raises(TamperError) as caught:
                await asyncio.to_thread(verify_log, source, SIGNER.verifier(), strict=False, jobs=jobs)
            assert caught.value.seq == CHUNK + 7 and "missing" in str(caught.value)
        finally:
            source.close()
        async with db.engine.begin() as conn:
            assert await db.ledger.checkpoint_at(conn, len(LEAVES)) == note
    finally:
        await db.engine.dispose()
