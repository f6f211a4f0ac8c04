"""The offline auditor's verifier: every leaf, the chain, the root, the checkpoint signature, and the
consistency with what was verified before (state file), with fork evidence when two signed checkpoints
disagree.

Sources: the gateway's auditor HTTP API (``HttpSource``) or an export file (``ExportSource``). Nothing
from a source is trusted: size and root come together from the checkpoint signed by the given key, and
server-supplied proofs are only used after they verify against that signed root.

Export file (JSON lines, UTF-8): first ``{"format": "ledger-export/v1", "checkpoint": "<signed note>"}``,
then one ``{"seq": N, "leaf": "<canonical JSON text>"}`` per entry from seq 0 up to the checkpoint's size.

State file (JSON): ``{"format": "ledger-state/v1", "checkpoint": "<note>", "leaf_hashes": "<base64>"}``, the
last verified checkpoint and the 32-byte leaf hash of every entry it covers (about 43 bytes per entry), so
a later run names the exact first seq at which a fork diverges.
"""

from __future__ import annotations

import base64
import json
import multiprocessing
import os
import sqlite3
import tempfile
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import httpx
import msgspec
from sqlalchemy import Engine, create_engine, select

from ledger import _check
from ledger._check import CHUNK, ChunkResult, check_chunk, read_and_check
from ledger.checkpoint import Checkpoint, open_checkpoint, parse_checkpoint_body
from ledger.encoding import GENESIS_PREV, b64decode_hash, b64encode
from ledger.errors import ForkError, LedgerError, MalformedError, ProofError, TamperError
from ledger.merkle import (
    CompactTree,
    MemoryTree,
    consistency_ranges,
    hash_ranges,
    inclusion_ranges,
    stored_indexes,
    verify_consistency,
    verify_inclusion,
)
from ledger.note import NoteVerifier, Verifier, parse_note
from ledger.storage import checkpoints_table, tree_hashes_table

EXPORT_FORMAT = "ledger-export/v1"
STATE_FORMAT = "ledger-state/v1"
PAGE = 1000
PARALLEL_MIN = 16 * CHUNK  # below this, starting worker processes costs more than it saves
MAX_RESPONSE_BYTES = 64 * 1024 * 1024


class Source(Protocol):
    def checkpoint(self) -> str: ...

    def entries(self, start: int, stop: int) -> Iterator[tuple[int, str]]: ...

    def inclusion_proof(self, index: int, size: int) -> list[bytes] | None: ...

    def consistency_proof(self, first: int, second: int) -> list[bytes] | None: ...


# --- HTTP --------------------------------------------------------------------------------------------------


class _Entry(msgspec.Struct, forbid_unknown_fields=True):
    seq: int
    leaf: str


class _Entries(msgspec.Struct, forbid_unknown_fields=True):
    entries: list[_Entry]


class _Inclusion(msgspec.Struct, forbid_unknown_fields=True):
    index: int
    size: int
    hashes: list[str]


class _Consistency(msgspec.Struct, forbid_unknown_fields=True):
    first: int
    second: int
    hashes: list[str]


class SourceError(LedgerError):
    """The source could not be read (network, HTTP status, unreadable file)."""


class HttpSource:
    """The gateway's auditor API at ``url`` (e.g. ``https://gateway.example``)."""

    def __init__(self, url: str, token: str | None = None, client: httpx.Client | None = None) -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._client = client or httpx.Client(base_url=url.rstrip("/"), headers=headers, timeout=30.0)

    def close(self) -> None:
        self._client.close()

    def _get(self, path: str, params: dict[str, int] | None = None) -> bytes:
        try:
            response = self._client.get(path, params=params)
        except httpx.HTTPError as exc:
            raise SourceError(f"GET {path}: {exc}") from exc
        if response.status_code != 200:
            raise SourceError(f"GET {path}: HTTP {response.status_code}")
        if len(response.content) > MAX_RESPONSE_BYTES:
            raise SourceError(f"GET {path}: response too large")
        return response.content

    def _text(self, path: str) -> str:
        try:
            return self._get(path).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise MalformedError(f"{path} is not UTF-8") from exc

    def checkpoint(self) -> str:
        return self._text("/v1/ledger/checkpoint")

    def verifier_key(self) -> str:
        return self._text("/v1/ledger/verifier-key").strip()

    def receipt(self, seq: int) -> str:
        return self._text(f"/v1/ledger/receipts/{seq}")

    def entries(self, start: int, stop: int) -> Iterator[tuple[int, str]]:
        while start < stop:
            limit = min(PAGE, stop - start)
            raw = self._get("/v1/ledger/entries", {"start": start, "limit": limit})
            try:
                page = msgspec.json.decode(raw, type=_Entries, strict=True).entries
            except msgspec.DecodeError as exc:
                raise MalformedError(f"entries response: {exc}") from exc
            if not page:
                return
            if page[-1].seq < start:
                raise MalformedError(
                    f"entries from {start} were asked for, entries up to {page[-1].seq} served"
                )
            for entry in page:
                yield entry.seq, entry.leaf
            start = page[-1].seq + 1

    def inclusion_proof(self, index: int, size: int) -> list[bytes] | None:
        raw = self._get("/v1/ledger/proofs/inclusion", {"index": index, "size": size})
        try:
            proof = msgspec.json.decode(raw, type=_Inclusion, strict=True)
        except msgspec.DecodeError as exc:
            raise MalformedError(f"inclusion proof response: {exc}") from exc
        if (proof.index, proof.size) != (index, size):
            raise MalformedError("inclusion proof is for another index or size")
        return [b64decode_hash(h, "proof hash") for h in proof.hashes]

    def consistency_proof(self, first: int, second: int) -> list[bytes] | None:
        raw = self._get("/v1/ledger/proofs/consistency", {"first": first, "second": second})
        try:
            proof = msgspec.json.decode(raw, type=_Consistency, strict=True)
        except msgspec.DecodeError as exc:
            raise MalformedError(f"consistency proof response: {exc}") from exc
        if (proof.first, proof.second) != (first, second):
            raise MalformedError("consistency proof is for other sizes")
        return [b64decode_hash(h, "proof hash") for h in proof.hashes]


# --- export files ------------------------------------------------------------------------------------------


class _ExportHeader(msgspec.Struct, forbid_unknown_fields=True):
    format: str
    checkpoint: str


class ExportSource:
    """An export file; it carries no proofs, so a failure inside it is localised by the chain alone."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self._path = Path(path)
        try:
            with self._path.open("rb") as f:
                first = f.readline()
        except OSError as exc:
            raise SourceError(f"cannot read {self._path}: {exc}") from exc
        try:
            header = msgspec.json.decode(first, type=_ExportHeader, strict=True)
        except msgspec.DecodeError as exc:
            raise MalformedError(f"export header: {exc}") from exc
        if header.format != EXPORT_FORMAT:
            raise MalformedError(f"export format is {header.format!r}, expected {EXPORT_FORMAT!r}")
        self._checkpoint = header.checkpoint

    def checkpoint(self) -> str:
        return self._checkpoint

    def entries(self, start: int, stop: int) -> Iterator[tuple[int, str]]:
        decoder = msgspec.json.Decoder(_Entry, strict=True)
        with self._path.open("rb") as f:
            f.readline()
            for line in f:
                try:
                    entry = decoder.decode(line)
                except msgspec.DecodeError as exc:
                    raise MalformedError(f"export line: {exc}") from exc
                if entry.seq >= stop:
                    return
                if entry.seq >= start:
                    yield entry.seq, entry.leaf

    def inclusion_proof(self, index: int, size: int) -> list[bytes] | None:
        return None

    def consistency_proof(self, first: int, second: int) -> list[bytes] | None:
        return None


_ENGINES: dict[tuple[int, str], Engine] = {}


class DatabaseSource:
    """The ledger tables read directly (read-only), e.g. by an operator or auditor with a database replica.

    ``url`` is a synchronous SQLAlchemy URL: ``sqlite:///path`` or ``postgresql+psycopg://…``. It serves the
    latest stored checkpoint (it cannot sign one) and proofs computed from the stored hashes, which the verifier
    checks against the signed root like any other source's. Picklable: worker processes read their own chunks.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self._engine: Engine | None = None
        self._readers: dict[
            int, sqlite3.Connection
        ] = {}  # SQLite: one read-only connection per reading thread
        self._readers_lock = threading.Lock()

    def __getstate__(self) -> dict[str, str]:
        return {"url": self.url}

    def __setstate__(self, state: dict[str, str]) -> None:
        self.__init__(state["url"])  # type: ignore[misc]

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            # one engine per process and URL: worker processes receive a fresh copy of the source per chunk
            key = (os.getpid(), self.url)
            if key not in _ENGINES:
                _ENGINES[key] = create_engine(self.url)
            self._engine = _ENGINES[key]
        return self._engine

    def close(self) -> None:
        with self._readers_lock:
            readers, self._readers = list(self._readers.values()), {}
        for reader in readers:
            reader.close()
        engine = _ENGINES.pop((os.getpid(), self.url), None)
        if engine is not None:
            engine.dispose()
        self._engine = None

    def _sqlite_reader(self) -> sqlite3.Connection:
        """This thread's own read-only connection to the SQLite file (kept across chunks: a pool checkout per
        chunk costs more than the chunk's checks)."""
        thread = threading.get_ident()
        reader = self._readers.get(thread)
        if reader is None:
            path = Path(str(self.engine.url.database)).resolve()
            reader = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
            reader.text_factory = bytes
            with self._readers_lock:
                self._readers[thread] = reader
        return reader

    def _sql(self, query: str) -> str:
        return query.replace("?", "%s") if self.engine.dialect.paramstyle in ("format", "pyformat") else query

    def checkpoint(self) -> str:
        with self.engine.connect() as conn:
            note = conn.execute(
                select(checkpoints_table.c.note).order_by(checkpoints_table.c.size.desc()).limit(1)
            ).scalar()
        if note is None:
            raise SourceError("the database holds no signed checkpoint")
        return str(note)

    def entries(self, start: int, stop: int) -> Iterator[tuple[int, str]]:
        for seq, leaf in self._rows(start, stop, stream=True):
            yield seq, leaf.decode("utf-8")

    def read_chunk(self, start: int, stop: int) -> list[tuple[int, bytes]]:
        return list(self._rows(start, stop, stream=False))

    def read_joined(self, start: int, stop: int) -> bytes | None:
        """Entries [start, stop) as their leaves joined by newlines, in seq order, joined by the database.

        ``None`` unless exactly ``stop - start`` rows are there: with seq the primary key, that means every
        seq of the range once. A leaf holding a newline would then show as one piece too many, which
        ``check_joined`` rejects, so the joined text never stands for anything but these rows. SQLite joins a
        rowid range in rowid order without being asked (asking costs a third more); were it ever not to, the
        leaves' own seqs would not match their places and the chunk would be read again row by row.
        """
        if self.engine.dialect.name == "sqlite":
            sql = (
                "SELECT count(*), group_concat(leaf, char(10)) FROM ledger_entries WHERE seq >= ? AND seq < ?"
            )
            try:
                count, joined = self._sqlite_reader().execute(sql, (start, stop)).fetchone()
            except sqlite3.Error:  # e.g. a copy SQLite cannot open read-only: the row-by-row path reads it
                return None
        else:
            raw = self.engine.raw_connection()
            try:
                cursor = raw.driver_connection.cursor()  # type: ignore[union-attr]
                cursor.execute(
                    "SELECT count(*), string_agg(leaf, E'\\n' ORDER BY seq) FROM ledger_entries "
                    "WHERE seq >= %s AND seq < %s",
                    (start, stop),
                )
                count, joined = cursor.fetchone()
                cursor.close()
            finally:
                raw.close()
        if count != stop - start or joined is None:
            return None
        return joined if isinstance(joined, bytes) else str(joined).encode("utf-8")

    def _rows(self, start: int, stop: int, stream: bool) -> Iterator[tuple[int, bytes]]:
        # The DB-API cursor directly: SQLAlchemy's row layer costs more than hashing a leaf. SQLite hands the
        # leaves over as bytes (no decode and re-encode); PostgreSQL's driver gives str.
        raw = self.engine.raw_connection()
        try:
            driver: Any = raw.driver_connection
            sqlite = self.engine.dialect.name == "sqlite"
            if sqlite:
                driver.text_factory = bytes
                cursor = driver.cursor()
            else:
                cursor = driver.cursor(name="ledger_entries") if stream else driver.cursor()
            sql = "SELECT seq, leaf FROM ledger_entries WHERE seq >= ? AND seq < ? ORDER BY seq"
            cursor.execute(self._sql(sql), (start, stop))
            while rows := cursor.fetchmany(10_000):
                if sqlite:
                    yield from rows
                else:
                    for seq, leaf in rows:
                        yield seq, leaf.encode("utf-8")
            cursor.close()
        finally:
            if sqlite:
                driver.text_factory = str
            raw.close()

    def _hashes(self, indexes: list[int]) -> dict[int, bytes]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(tree_hashes_table.c.idx, tree_hashes_table.c.hash).where(
                    tree_hashes_table.c.idx.in_(indexes)
                )
            )
            return {int(i): bytes(h) for i, h in rows}

    def _proof(self, ranges: list[tuple[int, int]]) -> list[bytes] | None:
        stored = self._hashes(stored_indexes(ranges))
        try:
            return hash_ranges(ranges, stored)
        except KeyError:
            return None

    def inclusion_proof(self, index: int, size: int) -> list[bytes] | None:
        return self._proof(inclusion_ranges(index, size))

    def consistency_proof(self, first: int, second: int) -> list[bytes] | None:
        return self._proof(consistency_ranges(first, second))


def export(source: HttpSource, out: str | os.PathLike[str]) -> int:
    """Write the checkpoint and every entry it covers to ``out`` (atomically); returns the entry count."""
    note = source.checkpoint()
    size = parse_checkpoint_body(parse_note(note).text)[1]
    out = Path(out)
    fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=out.name, suffix=".tmp")
    count = 0
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(msgspec.json.encode({"format": EXPORT_FORMAT, "checkpoint": note}) + b"\n")
            for seq, leaf in source.entries(0, size):
                f.write(msgspec.json.encode({"seq": seq, "leaf": leaf}) + b"\n")
                count += 1
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


# --- state -------------------------------------------------------------------------------------------------


class _State(msgspec.Struct, forbid_unknown_fields=True):
    format: str
    checkpoint: str
    leaf_hashes: str


@dataclass(frozen=True)
class State:
    checkpoint: Checkpoint
    leaf_hashes: bytes  # 32 bytes per entry, seq order

    def leaf_hash(self, seq: int) -> bytes:
        return self.leaf_hashes[32 * seq : 32 * seq + 32]


def load_state(
    path: str | os.PathLike[str], verifier: NoteVerifier, cosigners: Sequence[Verifier] = ()
) -> State | None:
    path = Path(path)
    if not path.exists():
        return None
    try:
        raw = msgspec.json.decode(path.read_bytes(), type=_State, strict=True)
    except (OSError, msgspec.DecodeError) as exc:
        raise MalformedError(f"state file {path}: {exc}") from exc
    if raw.format != STATE_FORMAT:
        raise MalformedError(f"state file format is {raw.format!r}")
    checkpoint = open_checkpoint(raw.checkpoint, verifier, cosigners)
    hashes = base64.b64decode(raw.leaf_hashes, validate=True)
    if len(hashes) != 32 * checkpoint.size or MemoryTree.root_of_hashes(hashes) != checkpoint.root:
        raise MalformedError("state file leaf hashes do not match its checkpoint")
    return State(checkpoint, hashes)


def save_state(path: str | os.PathLike[str], checkpoint: Checkpoint, leaf_hashes: bytes) -> None:
    _write_json(
        Path(path),
        {"format": STATE_FORMAT, "checkpoint": checkpoint.note, "leaf_hashes": b64encode(leaf_hashes)},
    )


def _write_json(path: Path, value: object) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(value, f, indent=1)
            f.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --- verification ------------------------------------------------------------------------------------------


@dataclass
class Result:
    checkpoint: Checkpoint
    entries: int
    previous_size: int | None = None
    leaf_hashes: bytes = field(default=b"", repr=False)


def _fork(
    message: str,
    seq: int | None,
    old: Checkpoint,
    new: Checkpoint,
    proof: Sequence[bytes] | None,
    evidence: Path | None,
    extra: dict[str, object] | None = None,
) -> ForkError:
    if evidence is not None:
        _write_json(
            evidence,
            {
                "format": "ledger-fork-evidence/v1",
                "reason": message,
                "first_bad_seq": seq,
                "old_checkpoint": old.note,
                "new_checkpoint": new.note,
                "consistency_proof": None
                if proof is None
                else {"first": old.size, "second": new.size, "hashes": [b64encode(h) for h in proof]},
                **(extra or {}),
            },
        )
        message += f"; evidence saved to {evidence}"
    return ForkError(message, seq)


def _locate_by_proofs(source: Source, checkpoint: Checkpoint, hashes: bytes) -> int | None:
    """Smallest seq such that the entries before it are provably the signed tree's prefix and it is not."""
    tree = MemoryTree.from_leaf_hashes(hashes)
    good, bad = 0, checkpoint.size
    try:
        while bad - good > 1:
            mid = (good + bad) // 2
            proof = source.consistency_proof(mid, checkpoint.size)
            if proof is None:
                return None
            try:
                verify_consistency(mid, checkpoint.size, tree.root(mid), checkpoint.root, proof)
            except ProofError:
                bad = mid
            else:
                good = mid
    except (SourceError, MalformedError):
        return None
    return good


def _leaf_included(source: Source, checkpoint: Checkpoint, seq: int, hashes: bytes) -> bool | None:
    try:
        proof = source.inclusion_proof(seq, checkpoint.size)
    except (SourceError, MalformedError):
        return None
    if proof is None:
        return None
    try:
        verify_inclusion(seq, checkpoint.size, hashes[32 * seq : 32 * seq + 32], proof, checkpoint.root)
    except ProofError:
        return False
    return True


def _checked_chunks(source: Source, checkpoint: Checkpoint, strict: bool, jobs: int) -> Iterator[ChunkResult]:
    """Read the entries in order and check them chunk by chunk, on ``jobs`` processes when that pays."""
    origin, size = checkpoint.origin, checkpoint.size
    pool: Executor | None = None
    if jobs > 1 and size >= PARALLEL_MIN and _check.native is not None:
        # the C module checks without the GIL and the database drivers read without it: threads suffice
        pool = ThreadPoolExecutor(jobs, thread_name_prefix="ledger-verify")
    elif jobs > 1 and size >= PARALLEL_MIN:
        # fork is cheapest and safe in a single-threaded process (the CLI); with other threads around, a
        # forked child could inherit a lock held mid-operation, so use the fork server instead.
        method = "fork" if threading.active_count() == 1 else "forkserver"
        pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method))
    pending: deque[Future[ChunkResult]] = deque()
    if pool is None and isinstance(source, DatabaseSource):
        # whole chunks straight from the cursor: a generator step per entry costs more than hashing it
        for start in range(0, size, CHUNK):
            yield read_and_check(source, start, min(start + CHUNK, size), origin, strict)
        return
    if pool is not None and isinstance(source, DatabaseSource):
        # the workers read their own chunks: reading costs about as much as checking
        try:
            for start in range(0, size, CHUNK):
                stop = min(start + CHUNK, size)
                pending.append(pool.submit(read_and_check, source, start, stop, origin, strict))
                while len(pending) > 2 * jobs:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            pool.shutdown(cancel_futures=True)
        return
    try:
        expected = 0
        leaves: list[bytes] = []
        for seq, text in source.entries(0, size):
            if seq != expected:
                if seq > expected:
                    raise TamperError(
                        f"entry {expected} is missing (the next entry served is {seq})", expected
                    )
                raise TamperError(f"entry {seq} served again where {expected} was expected", expected)
            leaves.append(text.encode("utf-8"))
            expected += 1
            if len(leaves) == CHUNK:
                if pool is None:
                    yield check_chunk(expected - CHUNK, origin, leaves, strict)
                else:
                    pending.append(pool.submit(check_chunk, expected - CHUNK, origin, leaves, strict))
                    while len(pending) > 2 * jobs:
                        yield pending.popleft().result()
                leaves = []
        if expected != size:
            raise TamperError(
                f"entry {expected} is missing: {expected} served, the checkpoint says {size}", expected
            )
        while pending:
            yield pending.popleft().result()
        if leaves:
            yield check_chunk(expected - len(leaves), origin, leaves, strict)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def verify_log(
    source: Source,
    verifier: NoteVerifier,
    state: State | None = None,
    evidence: Path | None = None,
    *,
    strict: bool = True,
    jobs: int = 1,
    cosigners: Sequence[Verifier] = (),
) -> Result:
    """Verify everything the source serves against the checkpoint it serves, signed by ``verifier``.

    Every entry's leaf hash, its envelope (seq = position, this log's origin, a known kind, prev = SHA-256
    of the entry before), the root against the signed checkpoint, and with ``state`` the consistency with the
    checkpoint verified before. ``strict`` also parses every entry in full (canonical RFC 8785, NFC, types).
    ``jobs`` > 1 checks chunks of entries on that many threads (C module) or processes (pure Python).

    Raises ``TamperError`` (``seq`` = the first bad entry), ``ForkError`` (saving ``evidence``),
    ``SignatureError`` or ``MalformedError``; returns the verified checkpoint otherwise.
    """
    checkpoint = open_checkpoint(source.checkpoint(), verifier, cosigners)
    size = checkpoint.size
    old = state.checkpoint if state is not None else None
    if old is not None and size < old.size:
        raise _fork(
            f"the log shrank from {old.size} to {size} entries (first missing seq {size})",
            size,
            old,
            checkpoint,
            None,
            evidence,
        )
    top = CompactTree()  # over chunk hashes: see ledger._check
    hashes = bytearray()
    breaks: list[int] = []
    digest = bytes.fromhex(GENESIS_PREV)
    for chunk in _checked_chunks(source, checkpoint, strict, jobs):
        first_parsed = chunk.error is None or chunk.error[0] > chunk.start
        if first_parsed and chunk.first_prev != digest:
            breaks.append(chunk.start)
        breaks.extend(chunk.breaks)
        if chunk.error is not None:
            seq, message = chunk.error
            raise TamperError(f"entry {seq} {message}", seq)
        if state is not None and old is not None and chunk.start < old.size:
            stop = min(old.size, chunk.start + len(chunk.leaf_hashes) // 32)
            mine = chunk.leaf_hashes[: 32 * (stop - chunk.start)]
            theirs = state.leaf_hashes[32 * chunk.start : 32 * stop]
            if mine != theirs:
                seq = (
                    chunk.start
                    + next(i for i in range(0, len(mine), 32) if mine[i : i + 32] != theirs[i : i + 32]) // 32
                )
                raise _fork(
                    f"entry {seq} differs from the one verified before under the checkpoint of size {old.size}",
                    seq,
                    old,
                    checkpoint,
                    _safe_consistency(source, old.size, size),
                    evidence,
                    {
                        "old_leaf_hash": b64encode(state.leaf_hash(seq)),
                        "new_leaf_hash": b64encode(mine[32 * (seq - chunk.start) :][:32]),
                        "new_leaf": _served_leaf(source, seq),
                    },
                )
        hashes += chunk.leaf_hashes
        top.append_hash(chunk.root)
        digest = chunk.last_digest
    if breaks:
        first = breaks[0]
        culprit = first if first + 1 in breaks else first - 1
        included = _leaf_included(source, checkpoint, first - 1, bytes(hashes))
        if included is not None:
            culprit = first if included else first - 1
        raise TamperError(
            f"hash chain broken between entries {first - 1} and {first}: entry {culprit} is not what was logged",
            culprit,
        )
    if top.root() != checkpoint.root:
        bad = _locate_by_proofs(source, checkpoint, bytes(hashes))
        where = f"first bad seq {bad}" if bad is not None else "no proofs to locate the first bad entry"
        raise TamperError(f"the entries do not hash to the signed root of size {size} ({where})", bad)
    if old is not None and old.size > 0 and old.size != size:
        proof = source.consistency_proof(old.size, size)
        if proof is not None:
            try:
                verify_consistency(old.size, size, old.root, checkpoint.root, proof)
            except ProofError as exc:
                raise _fork(
                    f"the log's consistency proof from {old.size} to {size} does not verify: {exc}",
                    None,
                    old,
                    checkpoint,
                    proof,
                    evidence,
                ) from exc
    return Result(checkpoint, size, old.size if old else None, bytes(hashes))


def _served_leaf(source: Source, seq: int) -> str | None:
    try:
        return next((text for _, text in source.entries(seq, seq + 1)), None)
    except (SourceError, MalformedError):
        return None


def _safe_consistency(source: Source, first: int, second: int) -> list[bytes] | None:
    if first == 0:
        return None
    try:
        return source.consistency_proof(first, second)
    except (SourceError, MalformedError):
        return None
