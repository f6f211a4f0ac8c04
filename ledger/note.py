"""C2SP signed notes (c2sp.org/signed-note) with Ed25519, and the signer key files.

Key files (``generate_signer_key`` / ``load_signer``): an unencrypted PKCS#8 PEM Ed25519 private key, written
with mode 0600; the key name (the log origin) is given when loading. ``load_signer`` also accepts the
signed-note private key line ``PRIVATE+KEY+<name>+<hex key id>+<base64(0x01 || 32-byte seed)>`` used by Go's
``golang.org/x/mod/sumdb/note``; its embedded name must then equal the requested one.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.mldsa import MLDSA44PrivateKey, MLDSA44PublicKey

from ledger.encoding import b64decode_strict, b64encode
from ledger.errors import MalformedError, SignatureError

ALG_ED25519 = 0x01
# ML-DSA-44 has no signed-note type byte yet: 0xff ("types without an assigned byte") followed by a longer
# identifier, as signed-note recommends. Verifiers that do not know this key ignore its signatures.
ALG_MLDSA44 = b"\xffML-DSA-44"
SIG_PREFIX = "\u2014 "
MAX_SIGNATURES = 16
MAX_NOTE_BYTES = 1 << 17


def _check_name(name: str) -> str:
    if (
        not name
        or "+" in name
        or any(unicodedata.category(c)[0] in "CZ" for c in name)
        or not name.isprintable()
    ):
        raise MalformedError(f"invalid key name {name!r:.60}")
    return name


def key_id(name: str, alg: int | bytes, public: bytes) -> bytes:
    """The 4-byte key id: SHA-256(name || 0x0A || signature type || public key)[:4]."""
    alg_bytes = bytes([alg]) if isinstance(alg, int) else alg
    return hashlib.sha256(name.encode("utf-8") + b"\n" + alg_bytes + public).digest()[:4]


class Verifier(Protocol):
    name: str
    key_id: bytes

    def verify(self, text: bytes, signature: bytes) -> bool: ...

    def vkey(self) -> str: ...


class Signer(Protocol):
    name: str
    key_id: bytes

    def signature_line(self, text: bytes) -> str: ...

    def verifier(self) -> Verifier: ...


class NoteSigner:
    """Signs note text as ``name`` with an Ed25519 key."""

    def __init__(self, name: str, private_key: Ed25519PrivateKey) -> None:
        self.name = _check_name(name)
        self._key = private_key
        self.public = private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        self.key_id = key_id(name, ALG_ED25519, self.public)

    def sign(self, text: bytes) -> bytes:
        return self._key.sign(text)

    def signature_line(self, text: bytes) -> str:
        return f"{SIG_PREFIX}{self.name} {b64encode(self.key_id + self.sign(text))}\n"

    def verifier(self) -> NoteVerifier:
        return NoteVerifier(self.name, Ed25519PublicKey.from_public_bytes(self.public))

    def verifier_key(self) -> str:
        return self.verifier().vkey()


class NoteVerifier:
    """Verifies Ed25519 signatures by one named key."""

    def __init__(self, name: str, public_key: Ed25519PublicKey) -> None:
        self.name = _check_name(name)
        self._key = public_key
        self.public = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        self.key_id = key_id(name, ALG_ED25519, self.public)

    def verify(self, text: bytes, signature: bytes) -> bool:
        try:
            self._key.verify(signature, text)
        except InvalidSignature:
            return False
        return True

    def vkey(self) -> str:
        return f"{self.name}+{self.key_id.hex()}+{b64encode(bytes([ALG_ED25519]) + self.public)}"


class MLDSASigner:
    """An ML-DSA-44 co-signer: a post-quantum second signature on the same checkpoints."""

    def __init__(self, name: str, private_key: MLDSA44PrivateKey) -> None:
        self.name = _check_name(name)
        self._key = private_key
        self.public = private_key.public_key().public_bytes_raw()
        self.key_id = key_id(name, ALG_MLDSA44, self.public)

    def signature_line(self, text: bytes) -> str:
        return f"{SIG_PREFIX}{self.name} {b64encode(self.key_id + self._key.sign(text))}\n"

    def verifier(self) -> MLDSAVerifier:
        return MLDSAVerifier(self.name, MLDSA44PublicKey.from_public_bytes(self.public))

    def verifier_key(self) -> str:
        return self.verifier().vkey()


class MLDSAVerifier:
    def __init__(self, name: str, public_key: MLDSA44PublicKey) -> None:
        self.name = _check_name(name)
        self._key = public_key
        self.public = public_key.public_bytes_raw()
        self.key_id = key_id(name, ALG_MLDSA44, self.public)

    def verify(self, text: bytes, signature: bytes) -> bool:
        try:
            self._key.verify(signature, text)
        except InvalidSignature:
            return False
        return True

    def vkey(self) -> str:
        return f"{self.name}+{self.key_id.hex()}+{b64encode(ALG_MLDSA44 + self.public)}"


_HEX8 = re.compile(r"[0-9a-f]{8}")


def parse_any_verifier_key(vkey: str) -> Verifier:
    """Parse ``name+hex(keyid)+base64(type || pubkey)`` for Ed25519 (0x01) or ML-DSA-44; the id must match."""
    parts = vkey.strip("\n").split("+", 2)
    if len(parts) != 3 or not _HEX8.fullmatch(parts[1]):
        raise MalformedError("verifier key is not name+keyid+key")
    name, hex_id, b64 = parts
    raw = b64decode_strict(b64, "verifier key")
    verifier: Verifier
    try:
        if len(raw) == 33 and raw[0] == ALG_ED25519:
            verifier = NoteVerifier(name, Ed25519PublicKey.from_public_bytes(raw[1:]))
        elif raw.startswith(ALG_MLDSA44) and len(raw) == len(ALG_MLDSA44) + 1312:
            verifier = MLDSAVerifier(name, MLDSA44PublicKey.from_public_bytes(raw[len(ALG_MLDSA44) :]))
        else:
            raise MalformedError("verifier key is neither Ed25519 (0x01) nor ML-DSA-44")
    except ValueError as exc:
        raise MalformedError("verifier key does not decode") from exc
    if verifier.key_id.hex() != hex_id:
        raise MalformedError("verifier key id does not match the key")
    return verifier


def parse_verifier_key(vkey: str) -> NoteVerifier:
    """Parse an Ed25519 verifier key ``name+hex(keyid)+base64(0x01 || pubkey)`` (the log's own key)."""
    verifier = parse_any_verifier_key(vkey)
    if not isinstance(verifier, NoteVerifier):
        raise MalformedError("verifier key is not an Ed25519 (0x01) key")
    return verifier


def parse_private_key_line(line: str) -> NoteSigner:
    """Parse ``PRIVATE+KEY+name+hex(keyid)+base64(0x01 || seed)``; the key id must match."""
    parts = line.strip("\n").split("+", 4)
    if len(parts) != 5 or parts[:2] != ["PRIVATE", "KEY"] or not _HEX8.fullmatch(parts[3]):
        raise MalformedError("private key is not PRIVATE+KEY+name+keyid+key")
    raw = b64decode_strict(parts[4], "private key")
    if len(raw) != 33 or raw[0] != ALG_ED25519:
        raise MalformedError("private key is not an Ed25519 (0x01) key")
    signer = NoteSigner(parts[2], Ed25519PrivateKey.from_private_bytes(raw[1:]))
    if signer.key_id.hex() != parts[3]:
        raise MalformedError("private key id does not match the key")
    return signer


def generate_signer_key(path: str | os.PathLike[str], algorithm: str = "ed25519") -> None:
    """Write a new private key to ``path`` (PKCS#8 PEM, mode 0600); refuses to overwrite.

    ``algorithm`` is ``"ed25519"`` (the log key) or ``"ml-dsa-44"`` (an optional post-quantum co-signer).
    """
    key: Ed25519PrivateKey | MLDSA44PrivateKey
    if algorithm == "ed25519":
        key = Ed25519PrivateKey.generate()
    elif algorithm == "ml-dsa-44":
        key = MLDSA44PrivateKey.generate()
    else:
        raise ValueError(f"unknown key algorithm {algorithm!r}")
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(os.fspath(path), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)


def load_signer(path: str | os.PathLike[str], name: str) -> NoteSigner:
    """Load a signer key file (PEM or ``PRIVATE+KEY+…``) and name the key ``name`` (the log origin)."""
    data = Path(path).read_bytes()
    if data.startswith(b"PRIVATE+KEY+"):
        signer = parse_private_key_line(data.decode("ascii", errors="strict"))
        if signer.name != name:
            raise MalformedError(f"key file names {signer.name!r}, expected {name!r}")
        return signer
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise MalformedError(f"cannot read signer key {os.fspath(path)!r}") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise MalformedError("signer key is not Ed25519")
    return NoteSigner(name, key)


def load_cosigner(path: str | os.PathLike[str], name: str) -> MLDSASigner:
    """Load an ML-DSA-44 co-signer key file (PKCS#8 PEM written by ``generate_signer_key(..., "ml-dsa-44")``)."""
    try:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    except (ValueError, TypeError) as exc:
        raise MalformedError(f"cannot read co-signer key {os.fspath(path)!r}") from exc
    if not isinstance(key, MLDSA44PrivateKey):
        raise MalformedError("co-signer key is not ML-DSA-44")
    return MLDSASigner(name, key)


# --- notes -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Signature:
    name: str
    key_id: bytes
    signature: bytes


@dataclass(frozen=True, slots=True)
class Note:
    text: str
    signatures: tuple[Signature, ...]


def _check_text(text: str) -> None:
    if not text.endswith("\n") or "\n\n" in text or text.startswith("\n"):
        raise MalformedError("note text must be non-empty lines each ending in a newline")
    if any((ord(c) < 0x20 and c != "\n") or ord(c) == 0x7F for c in text):
        raise MalformedError("note text holds a control character")


def sign_note(text: str, signers: Sequence[Signer]) -> str:
    """The signed note: text, a blank line, one signature line per signer."""
    _check_text(text)
    if not signers:
        raise MalformedError("a note needs at least one signer")
    raw = text.encode("utf-8")
    return text + "\n" + "".join(s.signature_line(raw) for s in signers)


def parse_note(msg: str) -> Note:
    """Split a signed note into text and signature lines, strictly; verifies nothing."""
    if len(msg.encode("utf-8")) > MAX_NOTE_BYTES:
        raise MalformedError("note is too large")
    split = msg.rfind("\n\n")
    if split < 0:
        raise MalformedError("note has no signature block")
    text, block = msg[: split + 1], msg[split + 2 :]
    _check_text(text)
    if not block.endswith("\n"):
        raise MalformedError("note signatures must end in a newline")
    sigs = []
    for line in block[:-1].split("\n"):
        if not line.startswith(SIG_PREFIX):
            raise MalformedError("note signature line does not start with an em dash and a space")
        fields = line[len(SIG_PREFIX) :].split(" ")
        if len(fields) != 2:
            raise MalformedError("note signature line is not 'name signature'")
        name = _check_name(fields[0])
        raw = b64decode_strict(fields[1], "note signature")
        if len(raw) < 5:
            raise MalformedError("note signature is too short")
        sigs.append(Signature(name, raw[:4], raw[4:]))
    if len(sigs) > MAX_SIGNATURES:
        raise MalformedError("note has too many signatures")
    return Note(text, tuple(sigs))


def open_note(msg: str, verifiers: Sequence[Verifier]) -> Note:
    """Parse a signed note and require a valid signature from every given verifier.

    Signatures by unknown keys are ignored (as signed-note says); two signatures by one known key, or a
    signature by a known name and id that does not verify, are refused.
    """
    note = parse_note(msg)
    raw = note.text.encode("utf-8")
    for verifier in verifiers:
        matches = [s for s in note.signatures if s.name == verifier.name and s.key_id == verifier.key_id]
        if len(matches) > 1:
            raise MalformedError(f"note has {len(matches)} signatures by {verifier.name}")
        if not matches:
            raise SignatureError(f"note is not signed by {verifier.name}+{verifier.key_id.hex()}")
        if not verifier.verify(raw, matches[0].signature):
            raise SignatureError(f"note signature by {verifier.name} does not verify")
    return note
