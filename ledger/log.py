"""The ``Ledger``: appends, proofs, checkpoints and receipts over the SQL tables, inside the caller's transaction."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, NamedTuple

import rfc8785
from sqlalchemy import func, insert, select, text
from sqlalchemy.ext.asyncio import AsyncConnection

from ledger.checkpoint import (
    Checkpoint,
    format_checkpoint_body,
    format_receipt,
    open_checkpoint,
    parse_checkpoint_body,
)
from ledger.encoding import (
    GENESIS_PREV,
    KINDS,
    MAX_LEAF_BYTES,
    SCHEMA_VERSION,
    _canonical_value,
    _fast_canonical,
    chain_hash,
    encode_leaf,
    format_time,
)
from ledger.errors import InvalidEntryError, ProofError, TamperError
from ledger.merkle import (
    EMPTY_ROOT,
    append_hashes,
    append_reads,
    consistency_ranges,
    hash_ranges,
    inclusion_ranges,
    root_ranges,
    stored_hash_index,
    stored_indexes,
    verify_consistency,
)
from ledger.note import NoteSigner, NoteVerifier, Signer, parse_note, sign_note
from ledger.storage import checkpoints_table, entries_table, tree_hashes_table


class AppendedEntry(NamedTuple):
    seq: int
    leaf_hash: bytes


#: Where ``ledger_append`` (PostgreSQL, ``ledger.storage.APPEND_FUNCTION_DDL``) splices the tail's values into a leaf.
_SPLICE = ',"prev":"' + GENESIS_PREV + '","seq":0,"time":'


def append_call(first: int = 1) -> str:
    """The call to ``SELECT ... FROM`` to append an ``AppendBatch`` on PostgreSQL, its parameters (lock key, heads,
    tails) numbered from ``first`` (``$first`` …), so it can end a larger statement."""
    return f"ledger_append(${first}::bigint, ${first + 1}::text[], ${first + 2}::text[])"


def _leaf_at_genesis(origin: str, stamp: str, kind: str, data: Mapping[str, object]) -> bytes:
    """``encode_leaf(seq=0, prev=GENESIS_PREV)``, with the same checks (``_canonical_value``: types, NFC, depth). The
    stdlib encoder is used when its output is all ASCII: then it equals RFC 8785 byte for byte (integers only, keys
    that sort alike by code point and by UTF-16 unit, the same escapes), the equality ``parse_leaf`` relies on too;
    anything else goes through ``rfc8785``, the one canonical encoder."""
    value: Any = _canonical_value(
        {
            "v": SCHEMA_VERSION,
            "log": origin,
            "seq": 0,
            "time": stamp,
            "kind": kind,
            "prev": GENESIS_PREV,
            "data": data,
        },
        0,
    )
    fast = _fast_canonical(value)
    return fast if fast.isascii() else rfc8785.dumps(value)


class AppendBatch(NamedTuple):
    """Entries ready for ``ledger_append``: each canonical leaf split around its ``prev`` and ``seq``.

    The leaf's keys are in RFC 8785 order (``data``, ``kind``, ``log``, ``prev``, ``seq``, ``time``, ``v``), so
    ``prev`` and ``seq`` sit between the last byte of ``data`` and ``time``; the split is the *last* occurrence of
    the marker, which no string inside ``data`` can produce (quotes in strings are escaped).
    """

    lock_key: int
    heads: list[str]
    tails: list[str]

    def params(self) -> tuple[int, list[str], list[str]]:
        return self.lock_key, self.heads, self.tails


class Ledger:
    """One log, named by its origin, signed by ``signer`` (whose key name must be the origin).

    Every method runs inside the caller's transaction on ``conn``; the caller commits. Appends and new
    checkpoints take the log's lock first: ``pg_advisory_xact_lock`` on PostgreSQL; on SQLite the engine must
    use ``use_immediate_transactions`` so the transaction already holds the write lock.
    """

    def __init__(self, origin: str, signer: NoteSigner, cosigners: Sequence[Signer] = ()) -> None:
        if signer.name != origin:
            raise ValueError(f"signer key name {signer.name!r} must equal the origin {origin!r}")
        self.origin = origin
        self._signers: list[Signer] = [signer, *cosigners]
        self._cosigners = list(cosigners)
        self._verifier: NoteVerifier = signer.verifier()
        self._lock_key = int.from_bytes(
            hashlib.sha256(b"ledger-append:" + origin.encode()).digest()[:8], "big", signed=True
        )

    def verifier_key(self) -> str:
        return self._verifier.vkey()

    def cosigner_keys(self) -> list[str]:
        """Verifier keys of the co-signers (e.g. ML-DSA-44), each ``name+hex(keyid)+base64(type || key)``."""
        return [c.verifier().vkey() for c in self._cosigners]

    def append_batch(
        self, entries: Sequence[tuple[str, Mapping[str, object]]], *, time: datetime
    ) -> AppendBatch:
        """Validate and encode ``entries`` for ``ledger_append`` (no database work): the leaves as
        ``encode_leaf`` writes them, split where the function puts the tail's ``prev`` and ``seq``."""
        heads: list[str] = []
        tails: list[str] = []
        stamp = format_time(time)  # refuses a naive datetime
        for kind, data in entries:
            if kind not in KINDS:
                raise InvalidEntryError(f"unknown entry kind {kind!r}")
            if not isinstance(data, Mapping):
                raise InvalidEntryError("entry data must be an object")
            leaf = _leaf_at_genesis(self.origin, stamp, kind, data)
            if len(leaf) + 20 > MAX_LEAF_BYTES:  # room for any seq
                raise InvalidEntryError(f"entry is {len(leaf)} bytes, over the {MAX_LEAF_BYTES}-byte limit")
            head, marker, tail = leaf.decode("utf-8").rpartition(_SPLICE)
            if not marker:  # cannot happen with a canonical leaf; refuse rather than write a wrong one
                raise InvalidEntryError("leaf layout unexpected")
            heads.append(head)
            tails.append(tail)
        return AppendBatch(self._lock_key, heads, tails)

    async def _lock(self, conn: AsyncConnection) -> None:
        if conn.dialect.name == "postgresql":
            await conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": self._lock_key})

    async def _read_hashes(self, conn: AsyncConnection, indexes: Sequence[int]) -> dict[int, bytes]:
        if not indexes:
            return {}
        rows = await conn.execute(
            select(tree_hashes_table.c.idx, tree_hashes_table.c.hash).where(
                tree_hashes_table.c.idx.in_(indexes)
            )
        )
        found = {int(i): bytes(h) for i, h in rows}
        if len(found) != len(set(indexes)):
            missing = sorted(set(indexes) - set(found))
            raise TamperError(f"stored tree hashes missing: {missing[:5]}")
        return found

    async def append(
        self, conn: AsyncConnection, kind: str, data: Mapping[str, object], *, time: datetime
    ) -> AppendedEntry:
        """Append one entry; validates ``kind`` and ``data`` (see ``ledger.encoding``)."""
        (appended,) = await self.append_many(conn, [(kind, data)], time=time)
        return appended

    async def append_many(
        self,
        conn: AsyncConnection,
        entries: Sequence[tuple[str, Mapping[str, object]]],
        *,
        time: datetime,
    ) -> list[AppendedEntry]:
        """Append ``entries`` (kind, data) in order, all at ``time``, under one lock: one read of the tail, one
        read of the stored hashes the batch needs, one insert of the leaves and one of the tree hashes.

        The result is exactly what as many ``append`` calls would write (same leaves, same seqs, same tree
        hashes); like ``append`` it runs inside the caller's transaction, which commits or rolls back them all.
        """
        if conn.dialect.name == "postgresql":
            # One statement: lock, tail, leaves and tree hashes, all in the database (ledger_append).
            batch = self.append_batch(entries, time=time)
            if not entries:
                return []
            result = await conn.execute(
                text("SELECT seq, leaf_hash FROM ledger_append(:k, :heads, :tails)"),
                {"k": batch.lock_key, "heads": batch.heads, "tails": batch.tails},
            )
            return [AppendedEntry(int(s), bytes(h)) for s, h in result]
        for kind, _ in entries:
            if kind not in KINDS:
                raise InvalidEntryError(f"unknown entry kind {kind!r}")
        format_time(time)  # refuses a naive datetime before any database work
        if not entries:
            return []
        await self._lock(conn)
        last = (
            await conn.execute(
                select(entries_table.c.seq, entries_table.c.leaf)
                .order_by(entries_table.c.seq.desc())
                .limit(1)
            )
        ).first()
        if last is None:
            first, prev = 0, GENESIS_PREV
        else:
            first, prev = int(last.seq) + 1, chain_hash(last.leaf.encode("utf-8"))
        # Stored hashes the batch reads that no earlier entry of the same batch writes.
        written: set[int] = set()
        needed: list[int] = []
        for seq in range(first, first + len(entries)):
            reads = append_reads(seq)
            needed.extend(i for i in reads if i not in written and i not in needed)
            written.update(stored_hash_index(level, seq >> level) for level in range(len(reads) + 1))
        known = await self._read_hashes(conn, needed)
        leaf_rows: list[dict[str, object]] = []
        hash_rows: list[dict[str, object]] = []
        appended: list[AppendedEntry] = []
        for seq, (kind, data) in enumerate(entries, start=first):
            leaf = encode_leaf(origin=self.origin, seq=seq, time=time, kind=kind, prev=prev, data=data)
            rows = append_hashes(seq, leaf, [known[i] for i in append_reads(seq)])
            known.update(rows)
            leaf_rows.append({"seq": seq, "leaf": leaf.decode("utf-8")})
            hash_rows.extend({"idx": i, "hash": h} for i, h in rows)
            appended.append(AppendedEntry(seq, rows[0][1]))
            prev = chain_hash(leaf)
        await conn.execute(insert(entries_table).values(leaf_rows))
        await conn.execute(insert(tree_hashes_table).values(hash_rows))
        return appended

    async def size(self, conn: AsyncConnection) -> int:
        last = (await conn.execute(select(func.max(entries_table.c.seq)))).scalar()
        return 0 if last is None else int(last) + 1

    async def entries(self, conn: AsyncConnection, start: int, limit: int) -> list[tuple[int, str]]:
        """Up to ``limit`` entries from ``start``: (seq, canonical leaf JSON text)."""
        if start < 0 or limit < 0:
            raise ValueError("start and limit must be non-negative")
        rows = await conn.execute(
            select(entries_table.c.seq, entries_table.c.leaf)
            .where(entries_table.c.seq >= start, entries_table.c.seq < start + limit)
            .order_by(entries_table.c.seq)
        )
        return [(int(s), str(leaf)) for s, leaf in rows]

    async def _check_size(self, conn: AsyncConnection, size: int) -> None:
        current = await self.size(conn)
        if size > current:
            raise ProofError(f"size {size} is beyond the log's size {current}")

    async def root(self, conn: AsyncConnection, size: int) -> bytes:
        """The Merkle root of the first ``size`` entries."""
        if size < 0:
            raise ProofError("size must be non-negative")
        if size == 0:
            return EMPTY_ROOT
        ranges = root_ranges(size)
        return hash_ranges(ranges, await self._read_hashes(conn, stored_indexes(ranges)))[0]

    async def inclusion_proof(self, conn: AsyncConnection, index: int, size: int) -> list[bytes]:
        ranges = inclusion_ranges(index, size)
        await self._check_size(conn, size)
        return hash_ranges(ranges, await self._read_hashes(conn, stored_indexes(ranges)))

    async def consistency_proof(self, conn: AsyncConnection, first: int, second: int) -> list[bytes]:
        """RFC 9162 consistency proof; ``first`` must be at least 1 (see ``ledger.merkle``)."""
        ranges = consistency_ranges(first, second)
        await self._check_size(conn, second)
        return hash_ranges(ranges, await self._read_hashes(conn, stored_indexes(ranges)))

    async def _latest_checkpoint(self, conn: AsyncConnection) -> tuple[int, str] | None:
        row = (
            await conn.execute(
                select(checkpoints_table.c.size, checkpoints_table.c.note)
                .order_by(checkpoints_table.c.size.desc())
                .limit(1)
            )
        ).first()
        return None if row is None else (int(row.size), str(row.note))

    async def checkpoint(self, conn: AsyncConnection) -> str:
        """The signed checkpoint of the current tree, signing and storing one if the tree grew.

        Before signing, the new root is proven consistent with the last signed checkpoint; a log that
        shrank or changed under its last checkpoint raises ``TamperError`` instead of being signed.
        """
        await self._lock(conn)
        size = await self.size(conn)
        latest = await self._latest_checkpoint(conn)
        if latest is not None and latest[0] == size:
            return latest[1]
        if latest is not None and latest[0] > size:
            raise TamperError(
                f"the log has {size} entries but a checkpoint of size {latest[0]} was signed", size
            )
        root = await self.root(conn, size)
        if latest is not None:
            # The last checkpoint's body is what matters here; it may carry an earlier (rotated) key's signature.
            origin, last_size, last_root = parse_checkpoint_body(parse_note(latest[1]).text)
            if origin != self.origin:
                raise TamperError(f"the last checkpoint names log {origin!r}, not {self.origin!r}")
            if last_size > 0:
                proof = await self.consistency_proof(conn, last_size, size)
                try:
                    verify_consistency(last_size, size, last_root, root, proof)
                except ProofError as exc:
                    raise TamperError(
                        f"refusing to sign: tree inconsistent with checkpoint {last_size}"
                    ) from exc
        note = sign_note(format_checkpoint_body(self.origin, size, root), self._signers)
        await conn.execute(insert(checkpoints_table).values(size=size, note=note))
        return note

    async def checkpoint_at(self, conn: AsyncConnection, size: int) -> str | None:
        row = (
            await conn.execute(select(checkpoints_table.c.note).where(checkpoints_table.c.size == size))
        ).first()
        return None if row is None else str(row.note)

    async def latest_checkpoint(self, conn: AsyncConnection) -> Checkpoint | None:
        """The last signed checkpoint, verified, without signing a new one."""
        latest = await self._latest_checkpoint(conn)
        return None if latest is None else open_checkpoint(latest[1], self._verifier)

    async def receipt(self, conn: AsyncConnection, seq: int) -> str:
        """A c2sp.org/tlog-proof@v1 receipt for entry ``seq`` against the current checkpoint."""
        checkpoint = open_checkpoint(await self.checkpoint(conn), self._verifier)
        if not 0 <= seq < checkpoint.size:
            raise ProofError(f"no entry {seq} in a log of size {checkpoint.size}")
        rows = await self.entries(conn, seq, 1)
        if not rows:
            raise TamperError(f"entry {seq} is missing", seq)
        proof = await self.inclusion_proof(conn, seq, checkpoint.size)
        return format_receipt(seq, proof, checkpoint.note, rows[0][1].encode("utf-8"))
