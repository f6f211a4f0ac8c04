"""The verifier's chunk-at-a-time checks accept exactly what the per-leaf checks accept."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledger import MalformedError, _check, parse_leaf
from ledger._check import _strict_batch, check_chunk
from ledger.encoding import GENESIS_PREV, chain_hash, encode_leaf

ORIGIN = "example.org/log"
T = datetime(2026, 11, 25, 13, 0, 0, 123456, tzinfo=UTC)
MARK = b',"kind":"'


def _chain(datas: list[dict[str, object]], start: int = 0, prev: str = GENESIS_PREV) -> list[bytes]:
    leaves = []
    for seq, data in enumerate(datas, start):
        leaf = encode_leaf(origin=ORIGIN, seq=seq, time=T, kind="plan.made", prev=prev, data=data)
        leaves.append(leaf)
        prev = chain_hash(leaf)
    return leaves


def _batch_accepts(leaf: bytes) -> bool:
    return _strict_batch([leaf], [leaf.rfind(MARK)])


def _native_accepts(leaf: bytes) -> bool:
    """The C module's strict check of the one leaf (False where it was not built)."""
    if _check.native is None:
        return False
    return _check.check_joined(0, ORIGIN, leaf, 1, True) is not None


def _parse_accepts(leaf: bytes) -> bool:
    try:
        parse_leaf(leaf)
    except MalformedError:
        return False
    return True


GOOD = _chain([{"a": "x", "n": 5, "l": [1, True, None, {}], "o": {"b": -3}}])[0]
DATA = b'{"a":"x","l":[1,true,null,{}],"n":5,"o":{"b":-3}}'


@pytest.mark.parametrize(
    "data",
    [
        b'{"a":"x", "l":[1,true,null,{}],"n":5,"o":{"b":-3}}',  # whitespace
        b'{"a":"x","a":"x","l":[1,true,null,{}],"n":5,"o":{"b":-3}}',  # duplicate key
        b'{"l":[1,true,null,{}],"a":"x","n":5,"o":{"b":-3}}',  # key order
        b'{"a":"x","l":[1.0,true,null,{}],"n":5,"o":{"b":-3}}',  # float
        b'{"a":"x","l":[1e0,true,null,{}],"n":5,"o":{"b":-3}}',
        b'{"a":"x","l":[-0,true,null,{}],"n":5,"o":{"b":-3}}',
        b'{"a":"x","l":[1,true,null,{}],"n":9007199254740992,"o":{"b":-3}}',  # 2^53
        b'{"a":"x","l":[1,true,null,{}],"n":5,"o":{"b":-9007199254740992}}',
        b'{"a":"x","l":[99999999999999999999999,true,null,{}],"n":5,"o":{"b":-3}}',
        b'{"a":"\\u0078","l":[1,true,null,{}],"n":5,"o":{"b":-3}}',  # needless escape
        b'{"a":"\\/","l":[1,true,null,{}],"n":5,"o":{"b":-3}}',
        b'{"a":"\\ud800","l":[1,true,null,{}],"n":5,"o":{"b":-3}}',  # lone surrogate
        b'{"a":"\\u001F","l":[1,true,null,{}],"n":5,"o":{"b":-3}}',  # upper-case escape
        b'{"a":"e\xcc\x81","l":[1,true,null,{}],"n":5,"o":{"b":-3}}',  # not NFC
        b'{"a":"x\n","l":[1,true,null,{}],"n":5,"o":{"b":-3}}',  # raw newline
        b'{"a":NaN,"l":[1,true,null,{}],"n":5,"o":{"b":-3}}',
        b'{"\xee\x80\x80":1,"\xf0\x90\x80\x80":2}',  # code-point order, not RFC 8785's UTF-16 order
        b'{"a":"x","l":[1,true,null,{}],"n":5,"o":{"b":-3}',  # truncated
        b'{"a":"x","l":[1,true,null,{}],"n":5,"o":{"b":-3}},"x":{}',  # two values
        b'{"a":' + b"[" * 2000 + b"]" * 2000 + b"}",  # nested too deeply for either
    ],
)
def test_batch_refuses_what_parse_refuses(data: bytes) -> None:
    leaf = GOOD.replace(DATA, data)
    assert leaf != GOOD
    assert not _parse_accepts(leaf)
    assert not _batch_accepts(leaf)
    assert not _native_accepts(leaf)


def test_batch_accepts_good_leaves() -> None:
    assert _batch_accepts(GOOD) and _parse_accepts(GOOD)
    assert _native_accepts(GOOD) == (_check.native is not None)
    big = GOOD.replace(b'"n":5', b'"n":9007199254740991')  # a 16-digit integer within range
    assert _parse_accepts(big) and not _batch_accepts(big)  # left to the exact check, which accepts it


def test_lines_cannot_shift_between_leaves() -> None:
    # leaf 0's data ends inside an array that leaf 1's data would close: each must decode on its own
    a = GOOD.replace(DATA, b'{"a":[1')
    b = GOOD.replace(DATA, b"{},{}]}")
    assert not _strict_batch([a, b], [a.rfind(MARK), b.rfind(MARK)])


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=200)
@given(st.lists(st.dictionaries(st.text(), json_values, max_size=5), min_size=1, max_size=8), st.data())
def test_chunk_checks_agree_with_the_leaf_by_leaf_loop(
    datas: list[dict[str, object]], draw: st.DataObject
) -> None:
    try:
        leaves = _chain(datas, start=100)
    except Exception:  # noqa: BLE001 - values refused at append (lone surrogates, NFC duplicates)
        return
    first_prev = json.loads(leaves[0])["prev"]
    good = check_chunk(100, ORIGIN, leaves, True)
    assert good.error is None and not good.breaks and good.first_prev == bytes.fromhex(first_prev)
    # change one byte of one leaf: the chunk result must be what checking each leaf alone gives
    i = draw.draw(st.integers(0, len(leaves) - 1))
    leaf = leaves[i]
    pos = draw.draw(st.integers(0, len(leaf) - 1))
    byte = draw.draw(st.integers(0, 255))
    tampered = [*leaves[:i], leaf[:pos] + bytes([byte]) + leaf[pos + 1 :], *leaves[i + 1 :]]
    result = check_chunk(100, ORIGIN, tampered, True)
    if result.error is None and not result.breaks:
        # accepted: every leaf must parse strictly and name its place and the chain
        for seq, t in enumerate(tampered, 100):
            entry = parse_leaf(t)
            assert entry.seq == seq and entry.log == ORIGIN
