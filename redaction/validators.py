"""Checksums and value normalisation used by the recognizers and the pseudonymiser."""

from __future__ import annotations

import hashlib
import ipaddress
import re

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58)}
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_INDEX = {c: i for i, c in enumerate(_BECH32)}
_NON_DIGIT = re.compile(r"\D+")
_SPACES = re.compile(r"\s+")
_NAME_PUNCT = re.compile(r"[^\w\s'-]+")
_TITLES = re.compile(
    r"^(?:mr|mrs|ms|miss|mx|dr|prof|sir|officer|det|detective|sgt|sergeant|lt|capt|coach|pastor|rev)\.?\s+",
    re.IGNORECASE,
)


def digits(value: str) -> str:
    """The decimal digits of ``value``, in order."""
    return _NON_DIGIT.sub("", value)


def luhn_ok(number: str) -> bool:
    """True when the digit string passes the Luhn (mod 10) check."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_prefix_ok(number: str) -> bool:
    """True when the digits start with an issuer prefix of a major scheme and have its length."""
    n = len(number)
    p2 = int(number[:2])
    p3 = int(number[:3])
    p4 = int(number[:4])
    p6 = int(number[:6])
    if number[0] == "4":  # Visa
        return n in (13, 16, 19)
    if 51 <= p2 <= 55 or 2221 <= p4 <= 2720:  # Mastercard, both ranges
        return n == 16
    if p2 in (34, 37):  # American Express
        return n == 15
    if p4 == 6011 or p2 == 65 or 644 <= p3 <= 649 or 622126 <= p6 <= 622925:  # Discover
        return 16 <= n <= 19
    if p2 == 35 or (n == 15 and p4 in (2131, 1800)):  # JCB (3528-3589, and the old 15-digit 2131/1800)
        return 15 <= n <= 19
    if 300 <= p3 <= 305 or p2 in (36, 38, 39) or p4 == 3095:  # Diners Club
        return 14 <= n <= 19
    # Maestro, with the UK ranges 0604 and 6390 ("060496393772" was left verbatim in a payment-instrument field)
    if p4 in (604, 5018, 5020, 5038, 5893, 6304, 6390, 6759, 6761, 6762, 6763) or p2 in (56, 57, 58):
        return 12 <= n <= 19
    if p2 == 62:  # UnionPay
        return 16 <= n <= 19
    return False


def is_card_number(value: str) -> bool:
    """A payment card number: 12–19 digits, a known issuer prefix and a valid Luhn digit."""
    number = digits(value)
    return 12 <= len(number) <= 19 and card_prefix_ok(number) and luhn_ok(number)


def ssn_ok(value: str) -> bool:
    """Structurally valid US SSN (no 000/666/9xx area, no 00 group, no 0000 serial)."""
    d = digits(value)
    if len(d) != 9:
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return len(set(d)) > 1


def base58check_ok(address: str) -> bool:
    """True for a Base58Check string (legacy Bitcoin address) whose checksum matches."""
    num = 0
    for ch in address:
        idx = _B58_INDEX.get(ch)
        if idx is None:
            return False
        num = num * 58 + idx
    pad = len(address) - len(address.lstrip("1"))
    raw = b"\x00" * pad + num.to_bytes((num.bit_length() + 7) // 8, "big")
    if len(raw) != 25:
        return False
    payload, check = raw[:-4], raw[-4:]
    return hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == check


def _bech32_polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def bech32_ok(address: str) -> bool:
    """True for a bech32/bech32m segwit address (``bc1…``/``tb1…``) with a valid checksum."""
    addr = address.lower()
    if addr != address and address.upper() != address:
        return False
    hrp, sep, data = addr.rpartition("1")
    if not sep or hrp not in ("bc", "tb") or len(data) < 6:
        return False
    try:
        values = [_BECH32_INDEX[c] for c in data]
    except KeyError:
        return False
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    return _bech32_polymod(expanded + values) in (1, 0x2BC830A3)


def ip_ok(value: str) -> bool:
    """True when ``value`` parses as an IPv4 or IPv6 address (a ``/prefix`` is allowed) that can be a host's: not
    the loopback ("127.0.0.1", "::1") or the unspecified address ("0.0.0.0", "::"), which every machine has and
    which point at no one (a server log's "listening on 0.0.0.0:8080")."""
    core = value.split("/", 1)[0].split("%", 1)[0]
    try:
        ip = ipaddress.ip_address(core)
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_unspecified)


def normalize(entity_type: str, value: str) -> str:
    """The canonical form of a detected value: equal forms get the same pseudonym and match keep items."""
    v = value.strip()
    if entity_type == "PHONE_NUMBER":
        core = re.split(r"(?i)\s*(?:x|ext\.?|extension|#)\s*\d", v, maxsplit=1)[0]
        d = digits(core)
        if len(d) == 13 and d.startswith("001"):
            d = d[3:]
        if len(d) == 11 and d.startswith("1"):
            d = d[1:]
        return d
    if entity_type in ("US_SSN", "CREDIT_CARD"):
        return digits(v)
    if entity_type == "IP_ADDRESS":
        core = v.split("/", 1)[0].split("%", 1)[0]
        try:
            return str(ipaddress.ip_address(core))
        except ValueError:
            return v.lower()
    if entity_type == "EMAIL_ADDRESS":
        return v.lower()
    if entity_type == "URL":
        u = re.sub(r"(?i)^[a-z]+://", "", v.lower())
        u = u.removeprefix("www.")
        return u.rstrip("/")
    if entity_type == "HANDLE":
        return v.lstrip("@").lower()
    if entity_type == "PERSON":
        name = _TITLES.sub("", v)
        name = re.sub(r"(?i)['’]s$", "", name)
        name = _NAME_PUNCT.sub(" ", name)
        return _SPACES.sub(" ", name).strip().casefold()
    return _SPACES.sub(" ", v).casefold()
