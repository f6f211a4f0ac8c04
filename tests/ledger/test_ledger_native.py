"""The optional C module (ledger/_native.c) against hashlib and against the exact Python checks.

It may only ever accept what the per-entry Python loop accepts, with the same hashes, root and chain ends; and
it must accept valid chunks (else every test of it would pass vacuously). Under CI the module must be there.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledger import _check
from ledger.encoding import GENESIS_PREV, KINDS, MAX_LEAF_BYTES, chain_hash, encode_leaf
from ledger.merkle import root_of_joined_hashes

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
ORIGIN = "example.org/log"
T = datetime(2026, 11, 25, 13, 0, 0, 123456, tzinfo=UTC)
KIND_LIST = sorted(KINDS)

try:
    native = importlib.import_module("ledger._native")
except ImportError:
    native = None
    if IN_CI:
        raise
pytestmark = pytest.mark.skipif(native is None, reason="ledger/_native.c was not built (no C compiler)")


def _chain(datas: list[dict[str, object]], start: int = 0, prev: str = GENESIS_PREV) -> list[bytes]:
    leaves = []
    for seq, data in enumerate(datas, start):
        kind = KIND_LIST[seq % len(KIND_LIST)]
        leaf = encode_leaf(origin=ORIGIN, seq=seq, time=T, kind=kind, prev=prev, data=data)
        leaves.append(leaf)
        prev = chain_hash(leaf)
    return leaves


def _native(blob: bytes, count: int, start: int, strict: bool) -> tuple[bytes, bytes, bytes, bytes] | None:
    assert native is not None
    log = json.dumps(ORIGIN).encode()
    kinds = tuple(k.encode() for k in KIND_LIST)
    return native.check_joined(blob, count, start, log, kinds, MAX_LEAF_BYTES if strict else 0, strict)


def _exact(leaves: list[bytes], start: int, strict: bool) -> _check.ChunkResult:
    """The per-entry Python loop alone (the C module and the batch path switched off)."""
    saved, saved_batch = _check.native, _check._check_batch
    _check.native, _check._check_batch = None, lambda *args: None  # type: ignore[assignment]
    try:
        return _check.check_chunk(start, ORIGIN, leaves, strict)
    finally:
        _check.native, _check._check_batch = saved, saved_batch


@pytest.mark.parametrize("generic", [False, True])
def test_sha256_equals_hashlib_at_every_length_around_block_edges(generic: bool) -> None:
    assert native is not None
    for n in [*range(260), 1000, 4096, 65_537]:
        data = bytes((i * 131 + n) % 256 for i in range(n))
        assert native.sha256(data, generic) == hashlib.sha256(data).digest(), n


def test_the_cpu_path_is_reported() -> None:
    assert native is not None
    assert native.SHA256_IMPL in {"x86-sha", "generic"}


@pytest.mark.parametrize("count", [1, 2, 3, 5, 8, 63, 64, 65, 200])
@pytest.mark.parametrize("strict", [False, True])
def test_valid_chunks_are_accepted_with_the_exact_hashes(count: int, strict: bool) -> None:
    datas: list[dict[str, object]] = [
        {"request": f"req-{i}", "n": i - 100, "l": [1, True, None, {}, 'q"b\\s\n\t\x01'], "o": {"b": -3}}
        for i in range(count)
    ]
    start = 4096 + 7
    leaves = _chain(datas, start=start, prev="ab" * 32)
    done = _native(b"\n".join(leaves), count, start, strict)
    assert done is not None
    exact = _exact(leaves, start, strict)
    assert exact.error is None and not exact.breaks
    hashes, root, first_prev, last_digest = done
    assert hashes == exact.leaf_hashes == b"".join(hashlib.sha256(b"\x00" + leaf).digest() for leaf in leaves)
    assert root == exact.root == root_of_joined_hashes(hashes)
    assert first_prev == bytes.fromhex("ab" * 32) == exact.first_prev
    assert last_digest == hashlib.sha256(leaves[-1]).digest() == exact.last_digest


def test_what_the_module_leaves_to_python() -> None:
    # valid leaves it is not sure of: non-ASCII text, keys with escapes; strict only
    for data in ({"name": "Zoë"}, {'k"ey': 1}, {"a": "\u2028"}):
        leaves = _chain([data, {"x": 1}])
        assert _exact(leaves, 0, True).error is None
        assert _native(b"\n".join(leaves), 2, 0, True) is None
        assert _native(b"\n".join(leaves), 2, 0, False) is not None  # the envelope alone is certain


def test_counts_and_newlines_must_agree() -> None:
    leaves = _chain([{"a": 1}, {"a": 2}, {"a": 3}])
    blob = b"\n".join(leaves)
    assert _native(blob, 3, 0, True) is not None
    assert _native(blob, 2, 0, True) is None  # one leaf more than asked for
    assert _native(blob, 4, 0, True) is None  # one leaf fewer
    assert _native(blob + b"\n", 3, 0, True) is None  # trailing newline: an empty fourth leaf
    assert _native(b"", 1, 0, True) is None
    assert _native(blob, 3, 1, True) is None  # the leaves say they are entries 0..2


def test_a_broken_chain_is_refused() -> None:
    a = _chain([{"a": 1}, {"a": 2}, {"a": 3}, {"a": 4}])
    b = _chain([{"b": 1}, {"b": 2}, {"b": 3}, {"b": 4}])
    for mixed in ([a[0], a[1], b[2], a[3]], [a[0], b[1], a[2], a[3]], [a[0], a[1], a[2], b[3]]):
        assert _exact(mixed, 0, True).breaks
        assert _native(b"\n".join(mixed), 4, 0, True) is None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.dictionaries(st.text(), json_values, max_size=5), min_size=1, max_size=6),
    st.booleans(),
    st.data(),
)
def test_the_module_accepts_only_what_the_exact_loop_accepts(
    datas: list[dict[str, object]], strict: bool, draw: st.DataObject
) -> None:
    try:
        leaves = _chain(datas, start=50)
    except Exception:  # noqa: BLE001 - values refused at append (lone surrogates, NFC duplicates)
        return
    blob = b"\n".join(leaves)
    # a few changes of bytes anywhere (including newlines, which move leaf boundaries)
    for _ in range(draw.draw(st.integers(0, 3))):
        pos = draw.draw(st.integers(0, len(blob) - 1))
        change = draw.draw(st.sampled_from(["replace", "insert", "delete"]))
        byte = bytes([draw.draw(st.sampled_from([*b'\n",:{}[]\\0159 aeu', *range(256)]))])
        if change == "replace":
            blob = blob[:pos] + byte + blob[pos + 1 :]
        elif change == "insert":
            blob = blob[:pos] + byte + blob[pos:]
        else:
            blob = blob[:pos] + blob[pos + 1 :]
    count = len(leaves)
    done = _native(blob, count, 50, strict)
    pieces = blob.split(b"\n")
    if done is None:
        if blob == b"\n".join(leaves):  # unchanged: refused only where strictness leaves it to Python
            assert strict
            assert not all(leaf.isascii() for leaf in leaves) or b"\\" in blob
        return
    assert len(pieces) == count
    exact = _exact(pieces, 50, strict)
    assert exact.error is None and not exact.breaks
    assert done == (exact.leaf_hashes, exact.root, exact.first_prev, exact.last_digest)
