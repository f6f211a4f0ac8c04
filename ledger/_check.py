"""Checking a chunk of consecutive leaves: the part of verification that runs in parallel worker processes.

A chunk starts at a multiple of ``CHUNK`` (a power of two), so its Merkle hash is the hash of a subtree of the
log's tree, and the log's root is the RFC 9162 tree built over the chunk hashes (the split points of a tree of
``n`` leaves fall on chunk boundaries whenever ``n`` exceeds one chunk).

Three paths give the same answers: the optional C module ``ledger._native`` (built at install when a compiler is
there; it releases the GIL, so threads check chunks in parallel), the batch checks in Python, and the exact
per-entry loop. A faster path only ever accepts; whenever it is unsure it hands the chunk to the next one, and
the per-entry loop names what is wrong. ``LEDGER_NATIVE=0`` in the environment turns the C module off.
"""

from __future__ import annotations

import binascii
import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass, replace
from types import ModuleType
from typing import Protocol

import msgspec

from ledger.encoding import KINDS, MAX_LEAF_BYTES, MAX_SAFE_INT, parse_leaf
from ledger.errors import MalformedError
from ledger.merkle import root_of_joined_hashes

CHUNK = 4096


def _load_native() -> ModuleType | None:
    """The C module, where it was built and pays: its portable SHA-256 is slower than OpenSSL's (hashlib), so
    without the CPU's SHA instructions it is used only when ``LEDGER_NATIVE=1`` asks for it (tests do)."""
    setting = os.environ.get("LEDGER_NATIVE", "auto")
    if setting == "0":
        return None
    try:
        from ledger import _native  # optional: a build without a C compiler has none
    except ImportError:
        return None
    if _native.SHA256_IMPL == "generic" and setting != "1":
        return None
    return _native


native = _load_native()
_NATIVE_KINDS = tuple(sorted(k.encode() for k in KINDS))
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


def _log_json(origin: str) -> bytes:
    return json.dumps(origin, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _envelope(origin: str) -> re.Pattern[bytes]:
    """The fields after ``data`` in a canonical leaf, exactly: kind, log, prev, seq, time, v."""
    log = re.escape(_log_json(origin))
    return re.compile(
        rb',"kind":"([a-z.]+)","log":'
        + log
        + rb',"prev":"([0-9a-f]{64})","seq":(0|[1-9][0-9]*),"time":"'
        + _TIME
        + rb'","v":1\}'
    )


def _loose_envelope(origin: str) -> re.Pattern[bytes]:
    """``_envelope`` with prev and time taken as any 64 and 27 characters, checked a chunk at a time."""
    log = re.escape(_log_json(origin))
    return re.compile(
        rb',"kind":"([a-z.]+)","log":'
        + log
        + rb',"prev":"([^"]{64})","seq":([0-9]+),"time":"([^"]{27})","v":1\}'
    )


_TIMES = re.compile(rb"(?:" + _TIME + rb")*")
_HEX_DIGITS = b"0123456789abcdef"


def check_chunk(start: int, origin: str, leaves: list[bytes], strict: bool) -> ChunkResult:
    """Hash and check leaves ``start ..`` of the log named ``origin``.

    Always: the envelope fields after ``data`` (a known kind, log = ``origin``, prev, seq = position, time,
    v = 1) in their exact canonical layout. ``strict`` also parses every leaf in full (RFC 8785 canonical form,
    NFC strings, types).
    """
    envelope = _envelope(origin)
    kinds = frozenset(k.encode() for k in KINDS)
    # the batch's strict check relies on the log field being NFC and each seq a safe integer
    batch_strict = strict and unicodedata.is_normalized("NFC", origin) and start + len(leaves) <= MAX_SAFE_INT
    if native is not None and leaves and (batch_strict or not strict):
        done = check_joined(start, origin, b"\n".join(leaves), len(leaves), strict)
        if done is not None:
            return done
    fast = _check_batch(start, _loose_envelope(origin), kinds, leaves, batch_strict)
    if fast is not None:
        if not strict or batch_strict:
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
    joined = b"".join(hashes)
    return ChunkResult(start, joined, root_of_joined_hashes(joined), first_prev, digest, tuple(breaks), error)


def check_joined(start: int, origin: str, joined: bytes, count: int, strict: bool) -> ChunkResult | None:
    """The C module's check of ``count`` leaves joined by newlines; ``None`` when it is unsure or unavailable.

    Its acceptance is the batch check's: the envelope in its exact layout, seq = position, the chain inside
    the chunk, and with ``strict`` each ``data`` in canonical form (ASCII only; anything else is left to
    ``parse_leaf``). A leaf holding a raw newline changes the count, so it is never accepted here.
    """
    if native is None or (strict and not unicodedata.is_normalized("NFC", origin)):
        return None
    if strict and start + count > MAX_SAFE_INT:
        return None
    max_leaf = MAX_LEAF_BYTES if strict else 0
    done = native.check_joined(joined, count, start, _log_json(origin), _NATIVE_KINDS, max_leaf, strict)
    if done is None:
        return None
    hashes, root, first_prev, last_digest = done
    return ChunkResult(start, hashes, root, first_prev, last_digest, (), None)


def _check_batch(
    start: int, envelope: re.Pattern[bytes], kinds: frozenset[bytes], leaves: list[bytes], strict: bool
) -> ChunkResult | None:
    """The same checks as the loop in ``check_chunk``, a list at a time; ``None`` when anything is off.

    ``envelope`` is ``_loose_envelope``: prev (lowercase hex), seq (canonical, = position) and time are
    checked here over the whole chunk, so a match here is a match of ``_envelope``.

    ``strict``: the ``data`` objects are decoded and re-encoded together (msgspec, keys sorted) and must come
    back byte for byte; this stands in for ``parse_leaf`` only where the two provably agree (ASCII leaves, so
    NFC holds and key order by code point is RFC 8785's; no floats; no integer of 16 digits or more, which
    the exact check decides), and ``None`` sends anything else to ``parse_leaf``.
    """
    n = len(leaves)
    if not n or {leaf[:9] for leaf in leaves} != {b'{"data":{'}:
        return None
    fullmatch, mark = envelope.fullmatch, _KIND_MARK
    matches = [fullmatch(leaf, leaf.rfind(mark)) for leaf in leaves]
    if None in matches:
        return None
    fields = [m.groups() for m in matches if m is not None]
    if not {f[0] for f in fields} <= kinds:
        return None
    if b",".join([f[2] for f in fields]) != ",".join(map(str, range(start, start + n))).encode():
        return None
    hex_prevs = b"".join([f[1] for f in fields])
    if hex_prevs.translate(None, _HEX_DIGITS) or not _TIMES.fullmatch(b"".join([f[3] for f in fields])):
        return None
    if strict and not _strict_batch(leaves, [m.start() for m in matches if m is not None]):
        return None
    sha256 = hashlib.sha256
    digests = b"".join([sha256(leaf).digest() for leaf in leaves])
    prevs = binascii.unhexlify(hex_prevs)
    if prevs[32:] != digests[:-32]:
        return None
    hashes = b"".join([sha256(b"\x00" + leaf).digest() for leaf in leaves])
    return ChunkResult(start, hashes, root_of_joined_hashes(hashes), prevs[:32], digests[-32:], (), None)


def _reject_float(text: str) -> object:
    raise ValueError("float")


_DATA_DECODER = msgspec.json.Decoder(float_hook=_reject_float)
_DATA_ENCODER = msgspec.json.Encoder(order="sorted")
# a number of 16 digits or more (beyond ±(2^53 - 1) or close to it) after ``:``, ``,`` or ``[`` (signs
# deleted); strings that look like it only send the chunk to the exact check
_NUMBER_START = bytes.maketrans(b"0123456789:,[", b"0000000000:::")
_LONG_NUMBER = b":" + b"0" * 16


def _strict_batch(leaves: list[bytes], tails: list[int]) -> bool:
    """Whether every leaf is certainly what ``parse_leaf`` accepts, given the envelope check passed."""
    if max(map(len, leaves)) > MAX_LEAF_BYTES:
        return False
    # ``data`` of each leaf, one per line: a raw newline in any of them changes the line count
    lines = b"\n".join([leaf[8:tail] for leaf, tail in zip(leaves, tails, strict=True)]) + b"\n"
    if not lines.isascii() or _LONG_NUMBER in lines.translate(_NUMBER_START, b"-"):
        return False
    try:
        return _DATA_ENCODER.encode_lines(_DATA_DECODER.decode_lines(lines)) == lines
    except (msgspec.MsgspecError, ValueError, RecursionError):
        return False


class ChunkReader(Protocol):
    """A source whose chunks can be read by the workers themselves (e.g. a database)."""

    def read_chunk(self, start: int, stop: int) -> list[tuple[int, bytes]]: ...

    def read_joined(self, start: int, stop: int) -> bytes | None: ...


def read_and_check(reader: ChunkReader, start: int, stop: int, origin: str, strict: bool) -> ChunkResult:
    """Read entries [start, stop) here and check them; a gap is reported as the first bad seq.

    With the C module, the chunk is first read as one string (the database joins the leaves, so no row
    objects are made) and checked in C; anything unsure goes the exact way, row by row.
    """
    if native is not None:
        joined = reader.read_joined(start, stop)
        if joined is not None:
            done = check_joined(start, origin, joined, stop - start, strict)
            if done is not None:
                return done
    rows = reader.read_chunk(start, stop)
    if len(rows) == stop - start and [row[0] for row in rows] == list(range(start, stop)):
        return check_chunk(start, origin, [row[1] for row in rows], strict)
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
