"""Generated test values (never real data): Luhn-valid cards, Base58Check wallets, coverage checks."""

from __future__ import annotations

import hashlib
import random

from redaction import RedactionResult

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    """A card number with the given prefix and length whose last digit makes the Luhn check pass."""
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for check in "0123456789":
        number = body + check
        total = 0
        for i, ch in enumerate(reversed(number)):
            d = int(ch) * (2 if i % 2 else 1)
            total += d - 9 if d > 9 else d
        if total % 10 == 0:
            return number
    raise AssertionError("unreachable")


def btc_address(rng: random.Random) -> str:
    payload = b"\x00" + rng.randbytes(20)
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    num = int.from_bytes(raw, "big")
    out = ""
    while num:
        num, rem = divmod(num, 58)
        out = _B58[rem] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def covered(text: str, res: RedactionResult, value: str) -> bool:
    """True when every letter and digit of each occurrence of ``value`` lies inside a redacted span."""
    start = text.find(value)
    assert start >= 0, f"{value!r} not in the text"
    while start >= 0:
        for i in range(start, start + len(value)):
            if text[i].isalnum() and not any(e.start <= i < e.end for e in res.entities):
                return False
        start = text.find(value, start + 1)
    return True


def assert_redacted(text: str, res: RedactionResult, *values: str) -> None:
    assert not res.failed
    assert res.text is not None
    for v in values:
        assert v not in res.text, f"{v!r} leaked: {res.text!r}"
        assert covered(text, res, v), f"{v!r} partly left: {res.text!r}"
