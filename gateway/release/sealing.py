"""Sealing a disclosure package: canonical JSON, the gateway's Ed25519 signature, HPKE to the portal's key.

API::

    package = make_package(request_id=…, portal_id=…, categories=[…], records={…}, redaction={…},
                           policy=PolicyRef(id, version, hash), decision_seq=n, sealed_at=now)
    sealed = seal(package, signer=ensure_signing_key(keys_dir), recipient=portal_key,
                  request_id=…, portal_id=…)
    sealed.ciphertext            # bytes to store and serve (enc || ct)
    sealed.metadata.as_dict()    # suite, ids, ciphertext_sha256, package_sha256 — served beside it
    # release.sealed in the ledger: sealed.metadata.package_sha256 (+ counts); never the package itself.

    # the portal, with gateway.client:
    package = open_package(ciphertext, metadata, load_package_key(path), gateway_public_key,
                           expected_portal_id=…, expected_request_id=…)

Construction (the wire contract is written out in ``gateway.client``, whose constants this module uses):

1. ``canonical_bytes(package)``: RFC 8785 (JCS) — the one encoder for packages. Same object, same bytes, whatever
   the key order; floats are ECMAScript-formatted; integers and floats must be below 2**53 in magnitude and
   NaN/Infinity are refused, so that decoding and re-encoding is the identity on the bytes.
2. Signature: Ed25519 over ``b"disclosure-gateway/package/v1\\n" || package_bytes`` (domain-separated from every
   other thing the gateway signs), key ``var/keys/package-signing.pem``; its id is the RFC 7638 thumbprint.
3. HPKE plaintext: the canonical JSON ``{"alg": "Ed25519", "package": b64, "signature": b64,
   "signer_key_id": kid, "v": 1}``.
4. HPKE (RFC 9180, base mode, single shot) to the portal's registered key. Suites:
   ``HPKE-Base-X25519-SHA256-AES256GCM`` — DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM — and
   ``HPKE-Base-MLKEM768X25519-SHA256-AES256GCM`` — the hybrid ML-KEM-768 + X25519 KEM, same KDF and AEAD — when the
   portal registered a hybrid key (the recipient key decides; there is no downgrade choice at seal time).
   ``info`` binds the suite, request id, portal id and recipient key id (length-prefixed), so a package for
   request A cannot be opened as request B nor passed off as sealed to another key.
   AES-256-GCM rather than ChaCha20-Poly1305: FIPS-approved (agencies bound by the CJIS Security Policy need
   FIPS-validated encryption), hardware-accelerated on servers, and a 256-bit key to match the post-quantum intent
   of the hybrid suite. GCM's weak spot — nonce reuse — cannot arise: single-shot HPKE derives a fresh key and
   nonce from a fresh encapsulation for every package; packages are far below GCM's per-message limit.
5. ``SealedPackage.metadata``: suite, request and portal ids, recipient and signer key ids, SHA-256 of the
   ciphertext and of the canonical package bytes. Opening re-checks every one of them.

Portal encryption keys (registered with ``gateway.portals.service.set_encryption_key``) are PEM files: one X25519
``PUBLIC KEY`` block for the X25519 suite, or an ML-KEM-768 and an X25519 ``PUBLIC KEY`` block for the hybrid
suite. A portal with no encryption key cannot be sent a package (``NoEncryptionKey``).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import rfc8785
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hpke, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, mlkem, x25519

from gateway.client import (
    PACKAGE_SIGNATURE_DOMAIN,
    PACKAGE_VERSION,
    SUITE_MLKEM768_X25519,
    SUITE_X25519,
    PackageError,
    PackageMetadata,
    generate_package_key,
    hpke_suite,
    load_package_key,
    package_info,
    package_key_id,
    pem_blocks,
    signing_key_id,
)
from gateway.errors import GatewayError, InvalidRequest
from gateway.keys import ensure_ed25519_key, write_private

__all__ = [
    "PACKAGE_SIGNING_KEY_FILE",
    "SUITE_MLKEM768_X25519",
    "SUITE_X25519",
    "PolicyRef",
    "PortalEncryptionKey",
    "SealedPackage",
    "SealingError",
    "canonical_bytes",
    "ensure_demo_encryption_key",
    "ensure_signing_key",
    "make_package",
    "parse_encryption_public_key",
    "seal",
    "sign_package",
]

PACKAGE_SIGNING_KEY_FILE = "package-signing.pem"
DEMO_ENCRYPTION_KEY_FILE = "demo-portal-hpke.pem"
#: Fields every package carries (``make_package`` writes them; ``seal`` checks them).
ENVELOPE_FIELDS = frozenset(
    {
        "v",
        "request_id",
        "portal_id",
        "sealed_at",
        "categories",
        "records",
        "redaction",
        "policy",
        "decision_seq",
    }
)
HPKEPublicKey = x25519.X25519PublicKey | hpke.MLKEM768X25519PublicKey
_SEALED_AT = re.compile(r"\A\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z\Z")


class SealingError(GatewayError):
    """A package could not be sealed (not canonicalisable, incomplete envelope, addressed wrongly). Fail closed."""

    slug = "internal-error"
    title = "The package could not be sealed"


@dataclass(frozen=True, slots=True)
class PolicyRef:
    id: str
    version: str
    hash: str

    def as_dict(self) -> dict[str, str]:
        return {"id": self.id, "version": self.version, "hash": self.hash}


@dataclass(frozen=True, slots=True)
class PortalEncryptionKey:
    """A portal's registered HPKE public key. ``x25519_public`` and ``mlkem768_public`` are the raw public key bytes."""

    key_id: str
    portal_id: str
    suite: str
    x25519_public: bytes
    mlkem768_public: bytes = b""

    def hpke_public_key(self) -> HPKEPublicKey:
        x_pub = x25519.X25519PublicKey.from_public_bytes(self.x25519_public)
        if self.suite == SUITE_X25519:
            return x_pub
        return hpke.MLKEM768X25519PublicKey(
            mlkem.MLKEM768PublicKey.from_public_bytes(self.mlkem768_public), x_pub
        )

    def public_pem(self) -> str:
        """The normalised PEM form (ML-KEM-768 block first), as stored."""
        spki = (serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        blocks = [x25519.X25519PublicKey.from_public_bytes(self.x25519_public).public_bytes(*spki)]
        if self.suite == SUITE_MLKEM768_X25519:
            blocks.insert(
                0, mlkem.MLKEM768PublicKey.from_public_bytes(self.mlkem768_public).public_bytes(*spki)
            )
        return b"".join(blocks).decode()


@dataclass(frozen=True, slots=True)
class SealedPackage:
    """The ciphertext to store and serve, and the metadata that travels with it. No plaintext is kept."""

    ciphertext: bytes
    metadata: PackageMetadata


def parse_encryption_public_key(pem: bytes, *, portal_id: str = "") -> PortalEncryptionKey:
    """Validate a portal's encryption public key file (see the module docstring); raises ``InvalidRequest``."""
    x_keys: list[bytes] = []
    m_keys: list[bytes] = []
    try:
        blocks = pem_blocks(pem, "PUBLIC KEY")
    except PackageError:
        raise InvalidRequest("an encryption key file holds PEM PUBLIC KEY blocks only") from None
    for block in blocks:
        try:
            key = serialization.load_pem_public_key(block)
        except (ValueError, TypeError, UnsupportedAlgorithm):
            raise InvalidRequest("not a PEM public key") from None
        if isinstance(key, x25519.X25519PublicKey):
            x_keys.append(key.public_bytes_raw())
        elif isinstance(key, mlkem.MLKEM768PublicKey):
            m_keys.append(key.public_bytes_raw())
        else:
            raise InvalidRequest("encryption keys are X25519, or ML-KEM-768 plus X25519")
    if len(x_keys) != 1 or len(m_keys) > 1:
        raise InvalidRequest("expected one X25519 key and at most one ML-KEM-768 key")
    suite = SUITE_MLKEM768_X25519 if m_keys else SUITE_X25519
    m_pub = m_keys[0] if m_keys else b""
    parsed = PortalEncryptionKey(package_key_id(suite, x_keys[0], m_pub), portal_id, suite, x_keys[0], m_pub)
    try:  # a key that parses may still be unusable (an X25519 low-order point gives an all-zero shared secret)
        hpke_suite(suite).encrypt(b"", parsed.hpke_public_key(), info=b"disclosure-gateway/key-check")
    except ValueError:
        raise InvalidRequest("this encryption key cannot be encrypted to") from None
    return parsed


_MAX_SAFE = 2**53


def _check_floats(value: Any) -> None:
    # JCS writes a float of magnitude >= 2**53 as bare digits (5.4e16 becomes "54465209434110830"): the reader gets
    # an integer that is not the value, and that RFC 8785 itself refuses to encode again. Refuse it here.
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, float) and abs(item) >= _MAX_SAFE:
            raise SealingError("package is not canonical JSON: float outside the safe integer range")
        if isinstance(item, Mapping):
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)


def canonical_bytes(value: Mapping[str, Any]) -> bytes:
    """RFC 8785 canonical JSON: the one encoder for packages.

    Numbers are limited so that decoding and encoding again gives the same bytes: integers within ±(2**53 − 1),
    finite floats below 2**53 in magnitude. Anything else raises ``SealingError``.
    """
    _check_floats(value)
    try:
        return bytes(rfc8785.dumps(value))
    except (rfc8785.CanonicalizationError, TypeError, ValueError, UnicodeEncodeError) as exc:
        raise SealingError(f"package is not canonical JSON: {type(exc).__name__}") from None


def _sealed_at_text(when: datetime) -> str:
    if when.tzinfo is None:
        raise SealingError("sealed_at must be timezone-aware")
    return when.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def make_package(
    *,
    request_id: str,
    portal_id: str,
    categories: Sequence[str],
    records: Any,
    redaction: Any,
    policy: PolicyRef,
    decision_seq: int,
    sealed_at: datetime,
    extra: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The package object: the envelope fields plus ``extra`` (which may not override them)."""
    package: dict[str, Any] = {
        "v": PACKAGE_VERSION,
        "request_id": request_id,
        "portal_id": portal_id,
        "sealed_at": _sealed_at_text(sealed_at),
        "categories": list(categories),
        "records": records,
        "redaction": redaction,
        "policy": policy.as_dict(),
        "decision_seq": decision_seq,
    }
    clash = ENVELOPE_FIELDS & set(extra or {})
    if clash:
        raise SealingError(f"extra fields override the envelope: {sorted(clash)}")
    package.update(extra or {})
    return package


def _check_envelope(package: Mapping[str, Any], request_id: str, portal_id: str) -> None:
    missing = ENVELOPE_FIELDS - set(package)
    if missing:
        raise SealingError(f"package lacks {sorted(missing)}")
    if type(package["v"]) is not int or package["v"] != PACKAGE_VERSION:
        raise SealingError("package version must be 1")
    if package["request_id"] != request_id or package["portal_id"] != portal_id:
        raise SealingError("package names another request or portal than it is sealed for")
    if not isinstance(package["sealed_at"], str) or not _SEALED_AT.match(package["sealed_at"]):
        raise SealingError("sealed_at must be RFC 3339 UTC ending in Z")
    policy = package["policy"]
    if not isinstance(policy, Mapping) or not all(
        isinstance(policy.get(k), str) for k in ("id", "version", "hash")
    ):
        raise SealingError("policy must carry id, version and hash")
    if type(package["decision_seq"]) is not int or package["decision_seq"] < 0:
        raise SealingError("decision_seq must be a ledger index")
    if not isinstance(package["categories"], list) or not all(
        isinstance(c, str) for c in package["categories"]
    ):
        raise SealingError("categories must be a list of strings")


def sign_package(package_bytes: bytes, signer: ed25519.Ed25519PrivateKey) -> bytes:
    """The detached Ed25519 signature over the domain prefix and the canonical package bytes."""
    return signer.sign(PACKAGE_SIGNATURE_DOMAIN + package_bytes)


def seal(
    package: Mapping[str, Any],
    *,
    signer: ed25519.Ed25519PrivateKey,
    recipient: PortalEncryptionKey,
    request_id: str,
    portal_id: str,
) -> SealedPackage:
    """Canonicalise, sign and encrypt ``package`` for ``recipient``; see the module docstring."""
    if recipient.portal_id != portal_id:
        raise SealingError("the encryption key belongs to another portal")
    _check_envelope(package, request_id, portal_id)
    package_bytes = canonical_bytes(package)
    signer_kid = signing_key_id(signer.public_key())
    signed = canonical_bytes(
        {
            "v": PACKAGE_VERSION,
            "alg": "Ed25519",
            "package": base64.b64encode(package_bytes).decode(),
            "signature": base64.b64encode(sign_package(package_bytes, signer)).decode(),
            "signer_key_id": signer_kid,
        }
    )
    info = package_info(recipient.suite, request_id, portal_id, recipient.key_id)
    try:
        ciphertext = hpke_suite(recipient.suite).encrypt(signed, recipient.hpke_public_key(), info=info)
    except ValueError:
        raise SealingError("the portal's encryption key cannot be encrypted to") from None
    metadata = PackageMetadata(
        suite=recipient.suite,
        request_id=request_id,
        portal_id=portal_id,
        recipient_key_id=recipient.key_id,
        signer_key_id=signer_kid,
        ciphertext_sha256=hashlib.sha256(ciphertext).hexdigest(),
        package_sha256=hashlib.sha256(package_bytes).hexdigest(),
    )
    return SealedPackage(ciphertext, metadata)


def ensure_signing_key(keys_dir: Path) -> ed25519.Ed25519PrivateKey:
    """The gateway's package-signing key (``keys_dir/package-signing.pem``), generated the first time."""
    return ensure_ed25519_key(keys_dir / PACKAGE_SIGNING_KEY_FILE)


def ensure_demo_encryption_key(keys_dir: Path, *, hybrid: bool = True) -> tuple[Path, bytes]:
    """The demo portal's HPKE private key file (generated the first time, mode 0600) and its public key file
    contents, ready for ``set_encryption_key``. Hybrid (ML-KEM-768 + X25519) unless ``hybrid=False``; an existing
    file is kept whatever its suite."""
    path = keys_dir / DEMO_ENCRYPTION_KEY_FILE
    if not path.exists():
        write_private(path, generate_package_key(hybrid=hybrid).private_pem())
    return path, load_package_key(path).public_pem()
