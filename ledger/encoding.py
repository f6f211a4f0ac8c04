"""Canonical leaf encoding (RFC 8785 JSON), strict parsing helpers, and target commitments.

A leaf is the RFC 8785 canonical JSON of ``{"v", "log", "seq", "time", "kind", "prev", "data"}``. Values in
``data`` are strings (NFC-normalised), integers within ±(2^53 - 1), booleans, null, and nested objects and
arrays of those; floats are refused, so every number has exactly one spelling. ``rfc8785`` is the one encoder.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import rfc8785

from ledger.errors import InvalidEntryError, MalformedError

SCHEMA_VERSION = 1
KINDS = frozenset(
    {
        "request.received",
        "request.rejected",
        "request.updated",
        "plan.made",
        "callback.recorded",
        "decision.recorded",
        "release.sealed",
        "release.delivered",
        "policy.published",
        "key.rotated",
    }
)
GENESIS_PREV = "0" * 64
MAX_LEAF_BYTES = 64 * 1024
MAX_DEPTH = 16
MAX_SAFE_INT = 2**53 - 1
TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"

_DECIMAL = re.compile(r"(0|[1-9][0-9]*)")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z")
_FIELDS = frozenset({"v", "log", "seq", "time", "kind", "prev", "data"})


# --- strict scalars ----------------------------------------------------------------------------------------


def parse_size(text: str, what: str = "size") -> int:
    """A decimal size or index: ``^(0|[1-9][0-9]*)$`` in ASCII, nothing else (no sign, space, ``_``)."""
    if not isinstance(text, str) or len(text) > 20 or not _DECIMAL.fullmatch(text):
        raise MalformedError(f"{what} is not a canonical decimal: {text!r:.40}")
    value = int(text)
    if value >= 2**63:
        raise MalformedError(f"{what} is too large")
    return value


def b64decode_strict(text: str, what: str = "value") -> bytes:
    """Standard padded base64 (RFC 4648 §4), validated, and re-encoding to the same text."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as exc:
        raise MalformedError(f"{what} is not valid base64") from exc
    if base64.b64encode(raw).decode("ascii") != text:
        raise MalformedError(f"{what} is not canonical base64")
    return raw


def b64decode_hash(text: str, what: str = "hash") -> bytes:
    raw = b64decode_strict(text, what)
    if len(raw) != 32:
        raise MalformedError(f"{what} is {len(raw)} bytes, not 32")
    return raw


def b64encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def format_time(time: datetime) -> str:
    """RFC 3339 UTC with microseconds and ``Z``; refuses naive datetimes."""
    if time.tzinfo is None or time.utcoffset() is None:
        raise InvalidEntryError("entry time must be timezone-aware")
    return time.astimezone(UTC).strftime(TIME_FORMAT)


# --- canonical values --------------------------------------------------------------------------------------


def _canonical_value(value: object, depth: int) -> object:
    if depth > MAX_DEPTH:
        raise InvalidEntryError("entry data nests too deeply")
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        if not -MAX_SAFE_INT <= value <= MAX_SAFE_INT:
            raise InvalidEntryError("integers in entries must be within ±(2^53 - 1)")
        return value
    if isinstance(value, str):
        return _canonical_str(value)
    if isinstance(value, Mapping):
        out: dict[str, object] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise InvalidEntryError("entry object keys must be strings")
            nkey = _canonical_str(key)
            if nkey in out:
                raise InvalidEntryError(f"duplicate key after NFC normalisation: {nkey!r}")
            out[nkey] = _canonical_value(item, depth + 1)
        return out
    if isinstance(value, list | tuple):
        return [_canonical_value(item, depth + 1) for item in value]
    raise InvalidEntryError(
        f"entry values must be str, int, bool, None, dict or list, not {type(value).__name__}"
    )


def _canonical_str(value: str) -> str:
    nfc = unicodedata.normalize("NFC", value)
    try:
        nfc.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidEntryError("strings must be valid Unicode (no lone surrogates)") from exc
    return nfc


def canonical_json(value: object) -> bytes:
    """RFC 8785 canonical JSON of an entry value after NFC normalisation and type checks."""
    canonical: Any = _canonical_value(value, 0)
    return rfc8785.dumps(canonical)


def encode_leaf(
    *, origin: str, seq: int, time: datetime, kind: str, prev: str, data: Mapping[str, object]
) -> bytes:
    """The canonical leaf bytes of one entry."""
    if kind not in KINDS:
        raise InvalidEntryError(f"unknown entry kind {kind!r}")
    if not isinstance(data, Mapping):
        raise InvalidEntryError("entry data must be an object")
    if not _HEX64.fullmatch(prev):
        raise InvalidEntryError("prev must be 64 lowercase hex digits")
    leaf = canonical_json(
        {
            "v": SCHEMA_VERSION,
            "log": origin,
            "seq": seq,
            "time": format_time(time),
            "kind": kind,
            "prev": prev,
            "data": data,
        }
    )
    if len(leaf) > MAX_LEAF_BYTES:
        raise InvalidEntryError(f"entry is {len(leaf)} bytes, over the {MAX_LEAF_BYTES}-byte limit")
    return leaf


def chain_hash(leaf: bytes) -> str:
    """The value the next entry's ``prev`` carries: hex SHA-256 of this entry's leaf bytes."""
    return hashlib.sha256(leaf).hexdigest()


# --- parsing leaves ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    """A parsed leaf."""

    seq: int
    time: str
    kind: str
    prev: str
    log: str
    data: dict[str, Any]


def _reject_constant(name: str) -> None:
    raise MalformedError(f"JSON constant {name} is not allowed")


def _reject_float(text: str) -> None:
    raise MalformedError("floats are not allowed in entries")


def _checked_int(text: str) -> int:
    value = int(text)
    if not -MAX_SAFE_INT <= value <= MAX_SAFE_INT:
        raise MalformedError("integers in entries must be within ±(2^53 - 1)")
    return value


_DECODER = json.JSONDecoder(
    parse_constant=_reject_constant, parse_float=_reject_float, parse_int=_checked_int
)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _fast_canonical(obj: object) -> bytes:
    # Equal to RFC 8785 for values without floats whose keys sort the same by code point and by UTF-16
    # unit (all ASCII, for one); parse_leaf trusts it for ASCII leaves only.
    return _ENCODER.encode(obj).encode("utf-8")


def _all_nfc(value: object) -> bool:
    if isinstance(value, str):
        return unicodedata.is_normalized("NFC", value)
    if isinstance(value, dict):
        return all(_all_nfc(k) and _all_nfc(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_all_nfc(v) for v in value)
    return True


def parse_leaf(leaf: bytes) -> Entry:
    """Parse leaf bytes strictly: UTF-8, canonical RFC 8785 JSON, the schema, NFC strings, known kind."""
    if len(leaf) > MAX_LEAF_BYTES:
        raise MalformedError("leaf is too large")
    try:
        text = leaf.decode("utf-8")
        # Duplicate keys need no hook: the re-encoding below has each key once, so it cannot equal the leaf.
        obj = _DECODER.decode(text)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise MalformedError(f"leaf is not UTF-8 JSON: {exc}") from exc
    if not isinstance(obj, dict) or set(obj) != _FIELDS:
        raise MalformedError("leaf does not have exactly the fields v, log, seq, time, kind, prev, data")
    if obj["v"] != SCHEMA_VERSION or type(obj["v"]) is not int:
        raise MalformedError(f"unknown leaf schema version {obj['v']!r}")
    seq, time, kind, prev, log, data = (
        obj["seq"],
        obj["time"],
        obj["kind"],
        obj["prev"],
        obj["log"],
        obj["data"],
    )
    if type(seq) is not int or seq < 0:
        raise MalformedError("leaf seq is not a non-negative integer")
    if not isinstance(time, str) or not _TIME.fullmatch(time):
        raise MalformedError("leaf time is not RFC 3339 UTC with microseconds")
    if kind not in KINDS:
        raise MalformedError(f"unknown entry kind {kind!r}")
    if not isinstance(prev, str) or not _HEX64.fullmatch(prev):
        raise MalformedError("leaf prev is not 64 lowercase hex digits")
    if not isinstance(log, str) or not isinstance(data, dict):
        raise MalformedError("leaf log must be a string and data an object")
    if not (text.isascii() or _all_nfc(obj)):
        raise MalformedError("leaf holds a string that is not NFC-normalised")
    try:
        fast = _fast_canonical(obj)
    except UnicodeEncodeError as exc:
        raise MalformedError("leaf holds a lone surrogate") from exc
    if fast != leaf or not text.isascii():
        # json sorts keys by code point, RFC 8785 by UTF-16 code unit: beyond ASCII only rfc8785 decides
        try:
            canonical = rfc8785.dumps(obj)
        except (rfc8785.CanonicalizationError, ValueError) as exc:
            raise MalformedError(f"leaf cannot be canonicalised: {exc}") from exc
        if canonical != leaf:
            raise MalformedError("leaf is not canonical RFC 8785 JSON")
    return Entry(seq=seq, time=time, kind=kind, prev=prev, log=log, data=data)


def commitment(key: bytes, value: str) -> str:
    """Hex HMAC-SHA256 of the NFC-normalised value: puts a target identifier in an entry without the identifier."""
    if len(key) < 16:
        raise InvalidEntryError("commitment keys must be at least 16 bytes")
    return hmac.new(key, unicodedata.normalize("NFC", value).encode("utf-8"), hashlib.sha256).hexdigest()
