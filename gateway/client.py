"""Portal side: sign requests per the gateway's token contract, and a small HTTP client that does it.

``PortalSigner`` mints one single-use token per request (bound to method, path+query and body);
``PortalClient`` sends signed requests with httpx. ``open_package`` decrypts a released disclosure package with
the portal's HPKE key (``load_package_key``) and verifies the gateway's signature (the wire contract is at the
bottom of this file). Portals may copy this file: it depends only on PyJWT, cryptography and httpx.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

import httpx
import jwt
from cryptography.exceptions import InvalidSignature, InvalidTag, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hpke, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, mlkem, x25519

PrivateKey = ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey


def load_private_key(path: Path) -> PrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey):
        raise TypeError("portal keys are Ed25519 or P-256")
    return key


def algorithm_for(key: PrivateKey) -> str:
    return "EdDSA" if isinstance(key, ed25519.Ed25519PrivateKey) else "ES256"


def body_sha256(body: bytes) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(body).digest()).rstrip(b"=").decode()


@dataclass
class PortalSigner:
    """Mints portal tokens. ``target`` is the request path plus ``?query`` exactly as it will be sent."""

    portal_id: str
    kid: str
    private_key: PrivateKey
    officer: str
    audience: str = "disclosure-gateway"
    lifetime_s: int = 120

    def token(
        self,
        method: str,
        target: str,
        body: bytes = b"",
        *,
        now: float | None = None,
        jti: str | None = None,
        claims: dict[str, Any] | None = None,
    ) -> str:
        issued = int(time.time() if now is None else now)
        payload: dict[str, Any] = {
            "iss": self.portal_id,
            "aud": self.audience,
            "sub": self.officer,
            "iat": issued,
            "exp": issued + self.lifetime_s,
            "jti": jti or secrets.token_urlsafe(24),
            "htm": method.upper(),
            "htu": target,
            "body_sha256": body_sha256(body),
        }
        payload.update(claims or {})
        return jwt.encode(
            payload,
            self.private_key,
            algorithm=algorithm_for(self.private_key),
            headers={"kid": self.kid, "typ": "JWT"},
        )


@dataclass
class PortalClient:
    """Sends signed requests to a gateway. Every call signs a fresh single-use token."""

    base_url: str
    signer: PortalSigner
    timeout_s: float = 10.0
    transport: httpx.BaseTransport | None = None
    _client: httpx.Client = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._client = httpx.Client(base_url=self.base_url, timeout=self.timeout_s, transport=self.transport)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def send(
        self,
        method: str,
        target: str,
        body: bytes = b"",
        *,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        all_headers = {"Authorization": "Bearer " + self.signer.token(method, target, body)}
        if body:
            all_headers["Content-Type"] = "application/json"
        all_headers.update(headers or {})
        return self._client.request(method, target, content=body, headers=all_headers)

    def submit(self, request: dict[str, Any], *, idempotency_key: str | None = None) -> httpx.Response:
        """``POST /v1/requests``; pass an Idempotency-Key to make retries safe."""
        body = json.dumps(request, separators=(",", ":")).encode()
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
        return self.send("POST", "/v1/requests", body, headers=headers)

    def status(self, request_id: str) -> httpx.Response:
        return self.send("GET", f"/v1/requests/{request_id}")


# ---- disclosure packages (portal side) ---------------------------------------------------------------------------
# The wire contract of a released package. The gateway's ``gateway.release.sealing`` imports these definitions, so
# there is exactly one of each; a portal that copies this file gets the same contract.
#
# package        RFC 8785 canonical JSON object, signed by the gateway (Ed25519) over
#                ``PACKAGE_SIGNATURE_DOMAIN || package``.
# signed package RFC 8785 canonical JSON ``{"alg": "Ed25519", "package": b64, "signature": b64,
#                "signer_key_id": kid, "v": 1}`` (standard base64 with padding) — the HPKE plaintext.
# ciphertext     RFC 9180 single-shot base mode, ``enc || ct``, to the portal's registered key, with ``info`` from
#                :func:`package_info` (suite, request id, portal id, recipient key id).
# metadata       :class:`PackageMetadata`, sent beside the ciphertext; every field is checked against what the
#                ciphertext and the signed package say, so changing one makes opening fail.
#
# Key files (PEM; order of blocks irrelevant):
#   X25519 suite  public: one ``PUBLIC KEY`` block (X25519 SPKI); private: one ``PRIVATE KEY`` block (PKCS#8).
#   hybrid suite  public: two ``PUBLIC KEY`` blocks, ML-KEM-768 and X25519; private: the two ``PRIVATE KEY`` blocks.
# ``openssl genpkey -algorithm X25519`` and ``openssl pkey -pubout`` produce the X25519 files (checked with OpenSSL
# 3.0); OpenSSL 3.5+ has ``-algorithm ML-KEM-768`` (not checked here). :func:`generate_package_key` makes either.

PACKAGE_VERSION = 1
PACKAGE_SIGNATURE_DOMAIN = b"disclosure-gateway/package/v1\n"
PACKAGE_INFO_LABEL = "disclosure-gateway/package/v1/hpke-info"
PACKAGE_KEY_ID_DOMAIN = b"disclosure-gateway/hpke-key/v1\n"
#: The two suites. Both use HKDF-SHA256 and AES-256-GCM; they differ in the KEM.
SUITE_X25519 = "HPKE-Base-X25519-SHA256-AES256GCM"
SUITE_MLKEM768_X25519 = "HPKE-Base-MLKEM768X25519-SHA256-AES256GCM"
KEM_NAMES = {SUITE_X25519: "X25519", SUITE_MLKEM768_X25519: "MLKEM768-X25519"}
#: The portal refuses larger ciphertexts before hashing or decrypting them.
MAX_PACKAGE_BYTES = 256 * 1024 * 1024

_HEX64 = frozenset("0123456789abcdef")


class PackageError(ValueError):
    """A package could not be opened: wrong key, tampered ciphertext or metadata, bad signature, wrong request.

    Nothing from a package that raised this may be used.
    """


def hpke_suite(suite: str) -> hpke.Suite:
    """The pyca/cryptography HPKE suite for one of the two suite names."""
    if suite == SUITE_X25519:
        kem = hpke.KEM.X25519
    elif suite == SUITE_MLKEM768_X25519:
        kem = hpke.KEM.MLKEM768_X25519
    else:
        raise PackageError("unknown suite")
    return hpke.Suite(kem, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


def package_key_id(suite: str, x25519_public: bytes, mlkem768_public: bytes = b"") -> str:
    """A recipient key's id: base64url SHA-256 over a domain label, the KEM name and the raw public key bytes
    (ML-KEM-768 encapsulation key, 1,184 bytes, then X25519, 32 bytes, for the hybrid suite)."""
    if suite not in KEM_NAMES:
        raise PackageError("unknown suite")
    if len(x25519_public) != 32 or len(mlkem768_public) != (1184 if suite == SUITE_MLKEM768_X25519 else 0):
        raise PackageError("public key has the wrong length for its suite")
    digest = hashlib.sha256(
        PACKAGE_KEY_ID_DOMAIN + KEM_NAMES[suite].encode() + b"\n" + mlkem768_public + x25519_public
    ).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def signing_key_id(public_key: ed25519.Ed25519PublicKey) -> str:
    """The gateway signing key's id: its RFC 7638 JWK thumbprint (the same scheme as portal key ids)."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    x = base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
    jwk = json.dumps({"crv": "Ed25519", "kty": "OKP", "x": x}, separators=(",", ":"), sort_keys=True)
    return base64.urlsafe_b64encode(hashlib.sha256(jwk.encode()).digest()).rstrip(b"=").decode()


def package_info(suite: str, request_id: str, portal_id: str, recipient_key_id: str) -> bytes:
    """HPKE ``info``: a label then each field as a 2-byte big-endian length and its UTF-8 bytes (unambiguous)."""
    out = bytearray()
    for part in (PACKAGE_INFO_LABEL, suite, request_id, portal_id, recipient_key_id):
        data = part.encode()
        if len(data) > 0xFFFF:
            raise PackageError("info field too long")
        out += len(data).to_bytes(2, "big") + data
    return bytes(out)


@dataclass(frozen=True, slots=True)
class PackageMetadata:
    """What travels beside the ciphertext (and what the gateway stores and the ledger names).

    Digests are lowercase hex SHA-256: ``ciphertext_sha256`` of the ciphertext bytes, ``package_sha256`` of the
    canonical package bytes (the bytes that were signed, without the domain prefix).
    """

    suite: str
    request_id: str
    portal_id: str
    recipient_key_id: str
    signer_key_id: str
    ciphertext_sha256: str
    package_sha256: str
    v: int = PACKAGE_VERSION

    def as_dict(self) -> dict[str, Any]:
        return {
            "v": self.v,
            "suite": self.suite,
            "request_id": self.request_id,
            "portal_id": self.portal_id,
            "recipient_key_id": self.recipient_key_id,
            "signer_key_id": self.signer_key_id,
            "ciphertext_sha256": self.ciphertext_sha256,
            "package_sha256": self.package_sha256,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PackageMetadata:
        """Strict: exactly the known fields, the right types, version 1, a known suite, hex digests."""
        fields = set(cls.__dataclass_fields__)
        if set(data) != fields:
            raise PackageError("metadata fields do not match the contract")
        if type(data["v"]) is not int or data["v"] != PACKAGE_VERSION:
            raise PackageError("unsupported package version")
        for name in fields - {"v"}:
            if not isinstance(data[name], str) or not data[name]:
                raise PackageError(f"metadata {name} must be a non-empty string")
        if data["suite"] not in KEM_NAMES:
            raise PackageError("unknown suite")
        for name in ("ciphertext_sha256", "package_sha256"):
            if len(data[name]) != 64 or not set(data[name]) <= _HEX64:
                raise PackageError(f"metadata {name} must be lowercase hex SHA-256")
        return cls(**{name: data[name] for name in fields})


HPKEPrivateKey = x25519.X25519PrivateKey | hpke.MLKEM768X25519PrivateKey


@dataclass(frozen=True, slots=True)
class PackageKey:
    """A portal's HPKE private key: X25519 alone, or ML-KEM-768 plus X25519 for the hybrid suite."""

    x25519_key: x25519.X25519PrivateKey
    mlkem768_key: mlkem.MLKEM768PrivateKey | None = None

    @property
    def suite(self) -> str:
        return SUITE_X25519 if self.mlkem768_key is None else SUITE_MLKEM768_X25519

    @property
    def key_id(self) -> str:
        x_pub = self.x25519_key.public_key().public_bytes_raw()
        m_pub = b"" if self.mlkem768_key is None else self.mlkem768_key.public_key().public_bytes_raw()
        return package_key_id(self.suite, x_pub, m_pub)

    def hpke_private_key(self) -> HPKEPrivateKey:
        if self.mlkem768_key is None:
            return self.x25519_key
        return hpke.MLKEM768X25519PrivateKey(self.mlkem768_key, self.x25519_key)

    def public_pem(self) -> bytes:
        """The public key file to register with the gateway (``gateway portals set-encryption-key``)."""
        spki = (serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        blocks = [] if self.mlkem768_key is None else [self.mlkem768_key.public_key().public_bytes(*spki)]
        return b"".join([*blocks, self.x25519_key.public_key().public_bytes(*spki)])

    def private_pem(self) -> bytes:
        pkcs8 = (serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        blocks = [] if self.mlkem768_key is None else [self.mlkem768_key.private_bytes(*pkcs8)]
        return b"".join([*blocks, self.x25519_key.private_bytes(*pkcs8)])


def generate_package_key(*, hybrid: bool = True) -> PackageKey:
    """A new portal encryption key; hybrid (ML-KEM-768 + X25519) unless asked for X25519 alone."""
    return PackageKey(
        x25519.X25519PrivateKey.generate(), mlkem.MLKEM768PrivateKey.generate() if hybrid else None
    )


def pem_blocks(data: bytes, label: str) -> list[bytes]:
    """Every ``-----BEGIN label-----`` … ``-----END label-----`` block; refuses any other block or stray text."""
    begin, end = f"-----BEGIN {label}-----".encode(), f"-----END {label}-----".encode()
    blocks: list[bytes] = []
    rest = data.strip()
    while rest:
        if not rest.startswith(begin) or end not in rest:
            raise PackageError(f"expected only PEM {label} blocks")
        stop = rest.index(end) + len(end)
        blocks.append(rest[:stop] + b"\n")
        rest = rest[stop:].strip()
    if not blocks:
        raise PackageError(f"no PEM {label} block")
    return blocks


def parse_package_key(pem: bytes) -> PackageKey:
    """A portal's HPKE private key file: one X25519 ``PRIVATE KEY`` block, optionally with one ML-KEM-768 block."""
    x_keys: list[x25519.X25519PrivateKey] = []
    m_keys: list[mlkem.MLKEM768PrivateKey] = []
    for block in pem_blocks(pem, "PRIVATE KEY"):
        try:
            key = serialization.load_pem_private_key(block, password=None)
        except (ValueError, TypeError, UnsupportedAlgorithm):
            raise PackageError("unreadable private key block") from None
        if isinstance(key, x25519.X25519PrivateKey):
            x_keys.append(key)
        elif isinstance(key, mlkem.MLKEM768PrivateKey):
            m_keys.append(key)
        else:
            raise PackageError("encryption keys are X25519, or ML-KEM-768 plus X25519")
    if len(x_keys) != 1 or len(m_keys) > 1:
        raise PackageError("expected one X25519 key and at most one ML-KEM-768 key")
    return PackageKey(x_keys[0], m_keys[0] if m_keys else None)


def load_package_key(path: Path) -> PackageKey:
    return parse_package_key(path.read_bytes())


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise PackageError("duplicate key in JSON")
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise PackageError(f"{name} is not JSON")


def strict_json(data: bytes) -> Any:
    """Parse UTF-8 JSON refusing duplicate keys and NaN/Infinity."""
    try:
        return json.loads(
            data.decode("utf-8"), object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant
        )
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise PackageError("not UTF-8 JSON") from None


def _b64(value: object) -> bytes:
    if not isinstance(value, str):
        raise PackageError("expected base64 text")
    try:
        return base64.b64decode(value, validate=True)
    except (ValueError, binascii.Error):
        raise PackageError("invalid base64") from None


def open_package(
    ciphertext: bytes,
    metadata: PackageMetadata | Mapping[str, Any],
    encryption_private_key: PackageKey,
    gateway_signing_public_key: ed25519.Ed25519PublicKey,
    *,
    expected_portal_id: str | None = None,
    expected_request_id: str | None = None,
    max_bytes: int = MAX_PACKAGE_BYTES,
) -> dict[str, Any]:
    """Decrypt a package, verify the gateway's signature, and return the package object.

    Refuses (:class:`PackageError`) on any mismatch: metadata not in the contract, a request or portal other than
    expected, a package sealed to another key or suite, a ciphertext whose digest or AEAD tag does not match, a
    signature that is not the given gateway key's over these exact bytes, or a package naming another request or
    portal than its metadata. Pass ``expected_portal_id`` and ``expected_request_id`` (the portal knows which
    request it downloaded): the signature alone proves the gateway sealed *a* package, not that it is this one.

    The ledger inclusion of ``release.sealed`` (with ``metadata.package_sha256``) against a signed checkpoint is a
    separate check, done by the caller with the ledger's proofs; this function does not contact the gateway.
    """
    meta = metadata if isinstance(metadata, PackageMetadata) else PackageMetadata.from_dict(metadata)
    if expected_portal_id is not None and not hmac.compare_digest(meta.portal_id, expected_portal_id):
        raise PackageError("package is for another portal")
    if expected_request_id is not None and not hmac.compare_digest(meta.request_id, expected_request_id):
        raise PackageError("package is for another request")
    if meta.suite != encryption_private_key.suite:
        raise PackageError("package was sealed with a suite this key does not use")
    if not hmac.compare_digest(meta.recipient_key_id, encryption_private_key.key_id):
        raise PackageError("package was sealed to another encryption key")
    signer_kid = signing_key_id(gateway_signing_public_key)
    if not hmac.compare_digest(meta.signer_key_id, signer_kid):
        raise PackageError("package names another signing key")
    if len(ciphertext) > max_bytes:
        raise PackageError("package is larger than allowed")
    if not hmac.compare_digest(hashlib.sha256(ciphertext).hexdigest(), meta.ciphertext_sha256):
        raise PackageError("ciphertext digest does not match")

    info = package_info(meta.suite, meta.request_id, meta.portal_id, meta.recipient_key_id)
    try:
        plaintext = hpke_suite(meta.suite).decrypt(
            ciphertext, encryption_private_key.hpke_private_key(), info=info
        )
    except (InvalidTag, ValueError):
        raise PackageError("decryption failed") from None

    signed = strict_json(plaintext)
    if not isinstance(signed, dict) or set(signed) != {"alg", "package", "signature", "signer_key_id", "v"}:
        raise PackageError("signed package fields do not match the contract")
    if type(signed["v"]) is not int or signed["v"] != PACKAGE_VERSION or signed["alg"] != "Ed25519":
        raise PackageError("unsupported signed package")
    if not isinstance(signed["signer_key_id"], str) or not hmac.compare_digest(
        signed["signer_key_id"], signer_kid
    ):
        raise PackageError("package signed by another key")
    package_bytes, signature = _b64(signed["package"]), _b64(signed["signature"])
    try:
        gateway_signing_public_key.verify(signature, PACKAGE_SIGNATURE_DOMAIN + package_bytes)
    except InvalidSignature:
        raise PackageError("signature does not verify") from None
    if not hmac.compare_digest(hashlib.sha256(package_bytes).hexdigest(), meta.package_sha256):
        raise PackageError("package digest does not match")

    package = strict_json(package_bytes)
    if (
        not isinstance(package, dict)
        or package.get("v") != PACKAGE_VERSION
        or type(package.get("v")) is not int
    ):
        raise PackageError("unsupported package version")
    if package.get("request_id") != meta.request_id or package.get("portal_id") != meta.portal_id:
        raise PackageError("package names another request or portal")
    return package


@dataclass(frozen=True)
class PinnedKeys:
    """What a portal pins from the gateway (``GET /v1/keys``, checked out of band once)."""

    package_signing: ed25519.Ed25519PublicKey
    ledger_verifier_key: str

    @classmethod
    def fetch(cls, base_url: str, timeout_s: float = 10.0) -> PinnedKeys:
        """Trust on first use: fetch the gateway's public keys. Compare them with what the platform published."""
        data = httpx.get(base_url.rstrip("/") + "/v1/keys", timeout=timeout_s).raise_for_status().json()
        public = serialization.load_pem_public_key(data["package_signing"]["public_key_pem"].encode())
        if not isinstance(public, ed25519.Ed25519PublicKey):
            raise PackageError("the gateway's package-signing key is not Ed25519")
        return cls(public, str(data["ledger"]["verifier_key"]))


def verify_sealed_in_ledger(
    receipt: str, ledger_verifier_key: str, request_id: str, package_sha256: str
) -> int:
    """Check the download's ledger receipt: a signed checkpoint includes a ``release.sealed`` entry for this
    request and this exact package. Returns the entry's index. Raises :class:`PackageError` otherwise."""
    import ledger

    try:
        proved = ledger.verify_receipt(receipt, ledger.parse_verifier_key(ledger_verifier_key))
    except ledger.LedgerError as exc:
        raise PackageError(f"the ledger receipt does not verify ({type(exc).__name__})") from None
    data = proved.entry.data
    if (
        proved.entry.kind != "release.sealed"
        or data.get("request") != request_id
        or data.get("package_sha256") != package_sha256
    ):
        raise PackageError("the ledger receipt is not the release.sealed entry of this package")
    return proved.index


def download_package(
    client: PortalClient, request_id: str, encryption_key: PackageKey, pinned: PinnedKeys
) -> dict[str, Any]:
    """Download, decrypt and verify a released package: signature, addressing, and its ledger inclusion."""
    response = client.send("GET", f"/v1/requests/{request_id}/package")
    if response.status_code != 200:
        raise PackageError(f"download failed with HTTP {response.status_code}")
    body = response.json()
    ciphertext = base64.b64decode(body["ciphertext"], validate=True)
    package = open_package(
        ciphertext,
        body["metadata"],
        encryption_key,
        pinned.package_signing,
        expected_portal_id=client.signer.portal_id,
        expected_request_id=request_id,
    )
    verify_sealed_in_ledger(
        body["ledger"]["receipt"], pinned.ledger_verifier_key, request_id, body["metadata"]["package_sha256"]
    )
    return package
