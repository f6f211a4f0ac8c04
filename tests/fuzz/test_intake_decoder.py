"""Hypothesis on the intake decoder: whatever arrives, ``decode_request`` returns a valid request or raises the
gateway's own InvalidRequest / MalformedRequest — never anything else, and its errors never echo the input."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.demo import sample_request
from gateway.errors import InvalidRequest, MalformedRequest
from gateway.intake.schemas import EmergencyRequest
from gateway.intake.service import decode_request

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
MARKER = "zq-marker-7f3"  # a value the errors must never repeat
SETTINGS = settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=25,
)


def decode_or_gateway_error(body: bytes) -> EmergencyRequest | InvalidRequest | MalformedRequest:
    try:
        return decode_request(body, NOW)
    except (InvalidRequest, MalformedRequest) as exc:
        return exc


def check(result: EmergencyRequest | InvalidRequest | MalformedRequest) -> None:
    if isinstance(result, EmergencyRequest):
        assert 1 <= len(result.targets) <= 25
        assert result.window.start < result.window.end
        assert result.attestation.good_faith is True
        return
    text = json.dumps([result.title, result.detail, result.errors])
    assert MARKER not in text
    for error in result.errors:
        assert set(error) == {"pointer", "detail"}
        assert error["pointer"] == "" or error["pointer"].startswith("/")


@SETTINGS
@given(st.binary(max_size=2048))
def test_arbitrary_bytes(body: bytes) -> None:
    check(decode_or_gateway_error(body))


@SETTINGS
@given(json_values)
def test_arbitrary_json(value: Any) -> None:
    check(decode_or_gateway_error(json.dumps(value).encode()))


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a node in a JSON document."""
    found = [prefix]
    if isinstance(value, dict):
        for key, sub in value.items():
            found += _paths(sub, (*prefix, key))
    elif isinstance(value, list):
        for i, sub in enumerate(value):
            found += _paths(sub, (*prefix, i))
    return found


BASE = json.loads(json.dumps(sample_request(NOW)))
PATHS = [p for p in _paths(BASE) if p]


@SETTINGS
@given(
    st.sampled_from(PATHS),
    st.sampled_from(["replace", "delete", "add-unknown"]),
    json_values | st.just(MARKER) | st.just([MARKER] * 30) | st.just("\x00" + MARKER),
)
def test_one_mutation_of_a_valid_request(path: tuple[Any, ...], how: str, value: Any) -> None:
    """A valid request with one node replaced, removed, or given an unknown sibling."""
    doc = json.loads(json.dumps(BASE))
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if how == "replace":
        parent[last] = value
    elif how == "delete":
        del parent[last]
    elif isinstance(parent, dict):
        parent["unknown_field"] = value  # a field name is "where" and may be named; its value never
    result = decode_or_gateway_error(json.dumps(doc).encode())
    check(result)
    if how == "add-unknown" and isinstance(parent, dict):
        assert isinstance(result, InvalidRequest)  # unknown fields are refused, never dropped


def test_the_unmutated_sample_decodes() -> None:
    """The control for the mutation test: the base document itself is valid."""
    assert isinstance(decode_request(json.dumps(BASE).encode(), NOW), EmergencyRequest)
