"""Checking a chunk of consecutive leaves: the part of verification that runs in parallel worker processes.

A chunk starts at a multiple of ``CHUNK`` (a power of two), so its Merkle hash is the hash of a subtree of the
log's tree, and the log's root is the RFC 9162 tree built over the chunk hashes (the split points of a tree of
``n`` leaves fall on chunk boundaries whenever ``n`` exceeds one chunk).
"""

from __future__ import annotations

import binascii
import hashlib
import json
import re
from dataclasses import dataclass, replace
from typing import Protocol

from ledger.encoding import KINDS, parse_leaf
from ledger.errors import MalformedError
from ledger.merkle import root_of_leaf_hashes

CHUNK = 4096
_LEAF_PREFIX = hashlib.sha256(b"\x00")
_KIND_MARK = b',"kind":"'
_TIME = rb"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z"


@dataclass(frozen=True, slots=True)
class ChunkResult:
    start: int
    leaf_hashes: bytes  # 32 bytes per leaf
    root: bytes  # Merkle hash of the chunk's leaves
    first_prev: bytes  # the first leaf's prev (32 bytes)
    last_digest: bytes  # SHA-256 of the last leaf's bytes
    breaks: tuple[int, ...]  # seqs inside the chunk whose prev is not the digest of the leaf before
    error: tuple[int, str] | None  # first malformed leaf


def _envelope(origin: str) -> re.Pattern[bytes]:
    """The fields after ``data`` in a canonical leaf, exactly: kind, log, prev, seq, time, v."""
    log = re.escape(json.dumps(origin, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    return re.compile(
        rb',"kind":"([a-z.]+)","log":'
        + log
        + rb',"prev":"([0-9a-f]{64})","seq":(0|[1-9][0-9]*),"time":"'
        + _TIME
        + rb'","v":1\}'
    )


def check_chunk(start: int, origin: str, leaves: list[bytes], strict: bool) -> ChunkResult:
    """Hash and check leaves ``start ..`` of the log named ``origin``.

    Always: the envelope fields after ``data`` (a known kind, log = ``origin``, prev, seq = position, time,
    v = 1) in their exact canonical layout. ``strict`` also parses every leaf in full (RFC 8785 canonical form,
    NFC strings, types).
    """
    envelope = _envelope(origin)
    kinds = frozenset(k.encode() for k in KINDS)
    fast = _check_batch(start, envelope, kinds, leaves)
    if fast is not None:
        if not strict:
            return fast
        try:
            for leaf in leaves:
                parse_leaf(leaf)
        except MalformedError:
            pass  # the loop below names the entry
        else:
            return fast
    # One leaf at a time, to name the first bad entry and every break in the chain.
    hashes: list[bytes] = []
    breaks: list[int] = []
    error: tuple[int, str] | None = None
    first_prev = b""
    digest = b""
    sha256 = hashlib.sha256
    prefix = _LEAF_PREFIX
    unhexlify = binascii.unhexlify
    for seq, leaf in enumerate(leaves, start):
        if error is None:
            m = envelope.fullmatch(leaf, leaf.rfind(_KIND_MARK)) if leaf.startswith(b'{"data":{') else None
            if m is None:
                error = (seq, "does not have the canonical leaf layout, or names another log")
            else:
                kind, prev, claimed = m.group(1, 2, 3)
                if kind not in kinds:
                    error = (seq, f"has an unknown kind {kind.decode()!r}")
                elif int(claimed) != seq:
                    error = (seq, f"says it is entry {int(claimed)} (rows swapped or moved)")
                elif seq == start:
                    first_prev = unhexlify(prev)
                elif unhexlify(prev) != digest:
                    breaks.append(seq)
                if strict and error is None:
                    try:
                        parse_leaf(leaf)
                    except MalformedError as exc:
                        error = (seq, str(exc))
        h = prefix.copy()
        h.update(leaf)
        hashes.append(h.digest())
        digest = sha256(leaf).digest()
    return ChunkResult(
        start, b"".join(hashes), root_of_leaf_hashes(hashes), first_prev, digest, tuple(breaks), error
    )


def _check_batch(
    start: int, envelope: re.Pattern[bytes], kinds: frozenset[bytes], leaves: list[bytes]
) -> ChunkResult | None:
    """The same checks as the loop in ``check_chunk``, a list at a time; ``None`` when anything is off."""
    if not leaves or {leaf[:9] for leaf in leaves} != {b'{"data":{'}:
        return None
    matches = [envelope.fullmatch(leaf, leaf.rfind(_KIND_MARK)) for leaf in leaves]
    if None in matches:
        return None
    fields = [m.group(1, 2, 3) for m in matches if m is not None]
    if not {f[0] for f in fields} <= kinds:
        return None
    if [int(f[2]) for f in fields] != list(range(start, start + len(leaves))):
        return None
    sha256 = hashlib.sha256
    digests = [sha256(leaf).digest() for leaf in leaves]
    prevs = [binascii.unhexlify(f[1]) for f in fields]
    if prevs[1:] != digests[:-1]:
        return None
    hashes = [sha256(b"\x00" + leaf).digest() for leaf in leaves]
    return ChunkResult(start, b"".join(hashes), root_of_leaf_hashes(hashes), prevs[0], digests[-1], (), None)


class ChunkReader(Protocol):
    """A source whose chunks can be read by the worker processes themselves (e.g. a database)."""

    def read_chunk(self, start: int, stop: int) -> list[tuple[int, bytes]]: ...


def read_and_check(reader: ChunkReader, start: int, stop: int, origin: str, strict: bool) -> ChunkResult:
    """Read entries [start, stop) in this process and check them; a gap is reported as the first bad seq."""
    rows = reader.read_chunk(start, stop)
    leaves: list[bytes] = []
    missing: tuple[int, str] | None = None
    for expected, (seq, leaf) in enumerate(rows, start):
        if seq != expected:
            missing = (expected, f"is missing (the next entry stored is {seq})")
            break
        leaves.append(leaf)
    if missing is None and len(leaves) < stop - start:
        missing = (start + len(leaves), f"is missing: the entries end before {stop}")
    result = check_chunk(start, origin, leaves, strict)
    if missing is not None and (result.error is None or result.error[0] > missing[0]):
        result = replace(result, error=missing)
    return result
