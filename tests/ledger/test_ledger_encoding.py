"""Canonical leaves: RFC 8785, NFC, refused values, strict parsing."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
import rfc8785
from hypothesis import given
from hypothesis import strategies as st

from ledger import InvalidEntryError, MalformedError, commitment, encode_leaf, parse_leaf
from ledger.encoding import GENESIS_PREV, _fast_canonical, canonical_json

T = datetime(2026, 11, 25, 13, 0, 0, 123456, tzinfo=UTC)


def _leaf(**data: object) -> bytes:
    return encode_leaf(
        origin="example.org/log", seq=0, time=T, kind="request.received", prev=GENESIS_PREV, data=data
    )


def test_leaf_bytes_are_fixed() -> None:
    leaf = _leaf(request="r-1", targets=2, urgent=True, note=None, nested={"b": [1, "x"], "a": {}})
    assert leaf == (
        b'{"data":{"nested":{"a":{},"b":[1,"x"]},"note":null,"request":"r-1","targets":2,"urgent":true},'
        b'"kind":"request.received","log":"example.org/log","prev":"' + GENESIS_PREV.encode() + b'",'
        b'"seq":0,"time":"2026-11-25T13:00:00.123456Z","v":1}'
    )
    assert parse_leaf(leaf).data["targets"] == 2


def test_rfc8785_vectors() -> None:
    # RFC 8785 §3.2.3 sorts by UTF-16 code units: U+1F600 (D83D DE00) sorts before U+FB01.
    assert canonical_json({"\ufb01": 1, "\U0001f600": 2, "\r": 3, "1": 4, "\u00e9": 5}) == (
        '{"\\r":3,"1":4,"\u00e9":5,"\U0001f600":2,"\ufb01":1}'.encode()
    )
    assert (
        canonical_json({"s": '\u20ac$\u000f\nA\'B"\\\\"/'})
        == b'{"s":"\xe2\x82\xac$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}'
    )


def test_strings_are_nfc_normalised() -> None:
    decomposed = _leaf(name="e\u0301")
    assert "\u00e9".encode() in decomposed and "e\u0301".encode() not in decomposed
    with pytest.raises(InvalidEntryError, match="duplicate"):
        _leaf(x={"e\u0301": 1, "\u00e9": 2})


@pytest.mark.parametrize(
    "data",
    [{"f": 1.5}, {"big": 2**53}, {"s": "\ud800"}, {"k": object()}, {"k": {1: "x"}}, {"b": b"x"}],
)
def test_refused_values(data: dict[str, object]) -> None:
    with pytest.raises(InvalidEntryError):
        _leaf(**data)


def test_refused_kind_and_time() -> None:
    with pytest.raises(InvalidEntryError):
        encode_leaf(origin="o", seq=0, time=T, kind="request.deleted", prev=GENESIS_PREV, data={})
    with pytest.raises(InvalidEntryError):
        encode_leaf(
            origin="o", seq=0, time=T.replace(tzinfo=None), kind="plan.made", prev=GENESIS_PREV, data={}
        )
    other_zone = T.astimezone(timezone(timedelta(hours=5)))
    assert _leaf() == encode_leaf(
        origin="example.org/log", seq=0, time=other_zone, kind="request.received", prev=GENESIS_PREV, data={}
    )


def test_parse_refuses_non_canonical_leaves() -> None:
    good = _leaf(a="x")
    obj = json.loads(good)
    variants = [
        json.dumps(obj).encode(),  # spaces
        good.replace(b'"a":"x"', b'"a":"x","a":"x"'),  # duplicate key
        good.replace(b'"seq":0', b'"seq":0.0'),
        good.replace(b'"seq":0', b'"seq":-0'),
        good.replace(b'"a":"x"', b'"a":"e\xcc\x81"'),  # not NFC
        good.replace(b'"kind":"request.received"', b'"kind":"request.forged"'),
        good.replace(b'"v":1', b'"v":2'),
        good.replace(b'"a":"x"', b'"a":"\\ud800"'),
        good.replace(b'"a":"x"', b'"a":NaN'),
        good[:-1],
        b"\xff" + good,
    ]
    for leaf in variants:
        with pytest.raises(MalformedError):
            parse_leaf(leaf)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@given(st.dictionaries(st.text(), json_values, max_size=5))
def test_leaves_round_trip_and_equal_rfc8785(data: dict[str, object]) -> None:
    try:
        leaf = _leaf(data=data)
    except InvalidEntryError:
        return  # lone surrogates or NFC duplicates: refused at append
    assert leaf == rfc8785.dumps(json.loads(leaf))
    assert parse_leaf(leaf).data == json.loads(leaf)["data"]
    # the verifier's fast check never disagrees with rfc8785 in the accepting direction
    obj = json.loads(leaf)
    assert _fast_canonical(obj) == leaf or rfc8785.dumps(obj) == leaf


def test_commitment() -> None:
    key = bytes(range(32))
    assert commitment(key, "user-42") == commitment(key, "user-42")
    assert commitment(key, "user-42") != commitment(key, "user-43")
    assert commitment(key, "e\u0301") == commitment(key, "\u00e9")
    assert len(commitment(key, "x")) == 64 and "user" not in commitment(key, "user-42")
    with pytest.raises(InvalidEntryError):
        commitment(b"short", "x")
