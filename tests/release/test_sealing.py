"""Sealing and opening disclosure packages: canonical JSON, Ed25519 signature, HPKE to the portal's key.

The attacker model the tests play: anyone who knows a portal's *public* key can HPKE-encrypt anything to it (HPKE
base mode does not authenticate the sender), and anyone on the path can change the ciphertext or its metadata.
Only the gateway's signature makes a package authentic; everything else must be bound to it or to ``info``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import stat
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, mlkem, x25519
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.client import (
    PACKAGE_SIGNATURE_DOMAIN,
    PackageError,
    PackageKey,
    PackageMetadata,
    generate_package_key,
    hpke_suite,
    load_package_key,
    open_package,
    package_info,
    parse_package_key,
    signing_key_id,
)
from gateway.db import Database
from gateway.errors import InvalidRequest, NotFound
from gateway.migrate import upgrade
from gateway.portals import service
from gateway.release.sealing import (
    SUITE_MLKEM768_X25519,
    SUITE_X25519,
    PolicyRef,
    PortalEncryptionKey,
    SealedPackage,
    SealingError,
    canonical_bytes,
    ensure_demo_encryption_key,
    ensure_signing_key,
    make_package,
    parse_encryption_public_key,
    seal,
    sign_package,
)

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
REQUEST_A, REQUEST_B = "edr_0000000000000001", "edr_0000000000000002"
PORTAL = "ptl_00000000000000aa"
#: ``gateway.migrate.upgrade`` to this revision: it and its ancestors only, whatever other heads exist.
REVISION = "0004_portal_encryption_keys"


def package_for(request_id: str = REQUEST_A, portal_id: str = PORTAL) -> dict[str, Any]:
    return make_package(
        request_id=request_id,
        portal_id=portal_id,
        categories=["subscriber", "messages"],
        records={
            "subscriber": [{"user_id": "u_1", "display_name": "Zoë"}],
            "messages": [{"at": "2026-11-24T10:00:00Z", "text": "meet <PERSON_1> at 5"}],
        },
        redaction={"fields_redacted": 1, "withheld": 0},
        policy=PolicyRef("default", "3", "ab" * 32),
        decision_seq=42,
        sealed_at=NOW,
    )


def recipient_of(key: PackageKey, portal_id: str = PORTAL) -> PortalEncryptionKey:
    return parse_encryption_public_key(key.public_pem(), portal_id=portal_id)


@pytest.fixture(scope="module")
def gateway_key() -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.generate()


@pytest.fixture(scope="module", params=["x25519", "hybrid"])
def portal_key(request: pytest.FixtureRequest) -> PackageKey:
    return generate_package_key(hybrid=request.param == "hybrid")


@pytest.fixture
def sealed(gateway_key: ed25519.Ed25519PrivateKey, portal_key: PackageKey) -> SealedPackage:
    return seal(
        package_for(),
        signer=gateway_key,
        recipient=recipient_of(portal_key),
        request_id=REQUEST_A,
        portal_id=PORTAL,
    )


def open_a(
    sealed: SealedPackage,
    portal_key: PackageKey,
    gateway_key: ed25519.Ed25519PrivateKey,
    *,
    metadata: dict[str, Any] | None = None,
    ciphertext: bytes | None = None,
    request_id: str = REQUEST_A,
) -> dict[str, Any]:
    return open_package(
        sealed.ciphertext if ciphertext is None else ciphertext,
        sealed.metadata.as_dict() if metadata is None else metadata,
        portal_key,
        gateway_key.public_key(),
        expected_portal_id=PORTAL,
        expected_request_id=request_id,
    )


def forge(
    signed: dict[str, Any],
    portal_key: PackageKey,
    *,
    request_id: str = REQUEST_A,
    package_bytes: bytes,
    signer_kid: str,
) -> tuple[bytes, dict[str, Any]]:
    """What anyone holding the portal's public key can do: encrypt a chosen signed package, with matching
    metadata, under the right ``info``."""
    recipient = recipient_of(portal_key)
    info = package_info(recipient.suite, request_id, PORTAL, recipient.key_id)
    plaintext = canonical_bytes(signed)
    ciphertext = hpke_suite(recipient.suite).encrypt(plaintext, recipient.hpke_public_key(), info=info)
    metadata = PackageMetadata(
        suite=recipient.suite,
        request_id=request_id,
        portal_id=PORTAL,
        recipient_key_id=recipient.key_id,
        signer_key_id=signer_kid,
        ciphertext_sha256=hashlib.sha256(ciphertext).hexdigest(),
        package_sha256=hashlib.sha256(package_bytes).hexdigest(),
    ).as_dict()
    return ciphertext, metadata


def signed_wrapper(package_bytes: bytes, signature: bytes, signer_kid: str) -> dict[str, Any]:
    return {
        "v": 1,
        "alg": "Ed25519",
        "package": base64.b64encode(package_bytes).decode(),
        "signature": base64.b64encode(signature).decode(),
        "signer_key_id": signer_kid,
    }


# ---- canonical encoding ------------------------------------------------------------------------------------------
CANONICAL_VECTORS = [
    ({"b": 2, "a": 1, "c": {"z": [3, "é"], "y": None}}, b'{"a":1,"b":2,"c":{"y":null,"z":[3,"\xc3\xa9"]}}'),
    ({"n": [1.0, -0.0, 123456789.125, 0.1, 1e-7, 100]}, b'{"n":[1,0,123456789.125,0.1,1e-7,100]}'),
    ({"s": 'q"\\\n\u001f\u007f'}, b'{"s":"q\\"\\\\\\n\\u001f\x7f"}'),
    # RFC 8785 sorts by UTF-16 code units: U+1F600 (D83D …) sorts before U+FB01.
    ({"\ufb01": 1, "\U0001f600": 2, "a": 3}, '{"a":3,"\U0001f600":2,"\ufb01":1}'.encode()),
]


@pytest.mark.parametrize(("value", "expected"), CANONICAL_VECTORS)
def test_canonical_bytes_match_fixed_vectors(value: dict[str, Any], expected: bytes) -> None:
    assert canonical_bytes(value) == expected


def test_package_encoding_and_signature_are_pinned() -> None:
    """Regression vector (computed by this implementation, then frozen): the package envelope, its canonical
    bytes and the Ed25519 signature with the domain prefix. Changing any of them breaks every portal."""
    key = ed25519.Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    package = make_package(
        request_id="edr_0001",
        portal_id="ptl_0001",
        categories=["subscriber"],
        records={"subscriber": [{"user_id": "u1", "name": "Zoë"}]},
        redaction={"replaced": 1},
        policy=PolicyRef("default", "3", "ab" * 32),
        decision_seq=7,
        sealed_at=NOW,
    )
    expected = (
        b'{"categories":["subscriber"],"decision_seq":7,"policy":{"hash":"'
        + b"ab" * 32
        + b'","id":"default",'
        b'"version":"3"},"portal_id":"ptl_0001","records":{"subscriber":[{"name":"Zo\xc3\xab","user_id":"u1"}]},'
        b'"redaction":{"replaced":1},"request_id":"edr_0001","sealed_at":"2026-11-25T12:00:00.000000Z","v":1}'
    )
    assert canonical_bytes(package) == expected
    signature = sign_package(expected, key)
    assert signature.hex() == (
        "87ba75f72a810a5debf94ca6c5e72efe19d138ec6d495b3ee082b25f7ff44329"
        "1f50e05b5c0df176c012f986f2ac91e6e7a2a4e0b66a594ba64ce94db14ae705"
    )
    key.public_key().verify(signature, b"disclosure-gateway/package/v1\n" + expected)
    assert PACKAGE_SIGNATURE_DOMAIN == b"disclosure-gateway/package/v1\n"


json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1)
    | st.floats(min_value=-(2**53) + 1, max_value=2**53 - 1)
    | st.text(st.characters(exclude_categories=("Cs",)))
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.text(st.characters(exclude_categories=("Cs",)), max_size=6), children, max_size=4
        )
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(
    value=st.dictionaries(st.text(st.characters(exclude_categories=("Cs",)), max_size=6), json_values),
    data=st.data(),
)
def test_key_order_is_irrelevant_and_encoding_round_trips(value: dict[str, Any], data: st.DataObject) -> None:
    encoded = canonical_bytes(value)
    reordered = dict(data.draw(st.permutations(list(value.items()))))
    assert canonical_bytes(reordered) == encoded
    decoded = json.loads(encoded)
    assert decoded == value  # same value (1.0 == 1, -0.0 == 0)
    assert canonical_bytes(decoded) == encoded  # a fixed point: decode → encode gives the same bytes


@pytest.mark.parametrize(
    "bad",
    [
        {"x": float("nan")},
        {"x": float("inf")},
        {"x": 2**53},
        {"x": [{"y": -float(2**53)}]},  # JCS would write bare digits that decode to another (integer) value
        {"x": 5.446520943411083e16},
        {"x": b"bytes"},
        {1: "non-string key"},
    ],
)
def test_values_outside_canonical_json_are_refused(bad: dict[str, Any]) -> None:
    with pytest.raises(SealingError):
        canonical_bytes(bad)


# ---- round trip ---------------------------------------------------------------------------------------------------
def test_round_trip(
    sealed: SealedPackage, portal_key: PackageKey, gateway_key: ed25519.Ed25519PrivateKey
) -> None:
    package = open_a(sealed, portal_key, gateway_key)
    assert package == package_for()
    meta = sealed.metadata
    assert meta.suite == (SUITE_X25519 if portal_key.mlkem768_key is None else SUITE_MLKEM768_X25519)
    assert meta.recipient_key_id == portal_key.key_id
    assert meta.signer_key_id == signing_key_id(gateway_key.public_key())
    assert meta.ciphertext_sha256 == hashlib.sha256(sealed.ciphertext).hexdigest()
    assert meta.package_sha256 == hashlib.sha256(canonical_bytes(package_for())).hexdigest()
    assert b"meet" not in sealed.ciphertext and b"edr_" not in sealed.ciphertext


def test_metadata_survives_json_transport(
    sealed: SealedPackage, portal_key: PackageKey, gateway_key: ed25519.Ed25519PrivateKey
) -> None:
    wire = json.loads(json.dumps(sealed.metadata.as_dict()))
    assert open_a(sealed, portal_key, gateway_key, metadata=wire) == package_for()


def test_sealing_twice_gives_different_ciphertexts_of_the_same_package(
    gateway_key: ed25519.Ed25519PrivateKey, portal_key: PackageKey
) -> None:
    args = {"signer": gateway_key, "recipient": recipient_of(portal_key), "request_id": REQUEST_A}
    one, two = seal(package_for(), portal_id=PORTAL, **args), seal(package_for(), portal_id=PORTAL, **args)
    assert one.ciphertext != two.ciphertext
    assert one.metadata.package_sha256 == two.metadata.package_sha256


# ---- wrong keys ---------------------------------------------------------------------------------------------------
def test_another_portal_key_cannot_open(
    sealed: SealedPackage, portal_key: PackageKey, gateway_key: ed25519.Ed25519PrivateKey
) -> None:
    other = generate_package_key(hybrid=portal_key.mlkem768_key is not None)
    with pytest.raises(PackageError):
        open_a(sealed, other, gateway_key)
    # Even with metadata rewritten to name the other key, the ciphertext does not decrypt under it.
    lying = {**sealed.metadata.as_dict(), "recipient_key_id": other.key_id}
    with pytest.raises(PackageError, match="decryption failed"):
        open_a(sealed, other, gateway_key, metadata=lying)


def test_hybrid_package_needs_the_ml_kem_half(gateway_key: ed25519.Ed25519PrivateKey) -> None:
    """The X25519 half of a hybrid key alone opens nothing."""
    hybrid = generate_package_key(hybrid=True)
    sealed = seal(
        package_for(),
        signer=gateway_key,
        recipient=recipient_of(hybrid),
        request_id=REQUEST_A,
        portal_id=PORTAL,
    )
    x_only = PackageKey(hybrid.x25519_key)
    with pytest.raises(PackageError):
        open_a(sealed, x_only, gateway_key)
    lying = {**sealed.metadata.as_dict(), "suite": SUITE_X25519, "recipient_key_id": x_only.key_id}
    with pytest.raises(PackageError, match="decryption failed"):
        open_a(sealed, x_only, gateway_key, metadata=lying)


def test_another_gateway_key_is_refused(sealed: SealedPackage, portal_key: PackageKey) -> None:
    with pytest.raises(PackageError):
        open_a(sealed, portal_key, ed25519.Ed25519PrivateKey.generate())


# ---- tampering ----------------------------------------------------------------------------------------------------
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_flipped_ciphertext_bit_is_refused(
    sealed: SealedPackage, portal_key: PackageKey, gateway_key: ed25519.Ed25519PrivateKey, data: st.DataObject
) -> None:
    """Flip one bit anywhere (encapsulated key, body or tag) and fix up the metadata digest: AEAD refuses."""
    position = data.draw(st.integers(0, len(sealed.ciphertext) - 1))
    bit = data.draw(st.integers(0, 7))
    tampered = bytearray(sealed.ciphertext)
    tampered[position] ^= 1 << bit
    metadata = {**sealed.metadata.as_dict(), "ciphertext_sha256": hashlib.sha256(tampered).hexdigest()}
    with pytest.raises(PackageError):
        open_a(sealed, portal_key, gateway_key, ciphertext=bytes(tampered), metadata=metadata)
    # … and without fixing the digest it is refused before decryption.
    with pytest.raises(PackageError, match="digest"):
        open_a(sealed, portal_key, gateway_key, ciphertext=bytes(tampered))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("v", 2),
        ("v", True),
        ("suite", "HPKE-Base-X25519-SHA256-AES128GCM"),
        ("request_id", REQUEST_B),
        ("portal_id", "ptl_00000000000000bb"),
        ("recipient_key_id", "A" * 43),
        ("signer_key_id", "A" * 43),
        ("ciphertext_sha256", "00" * 32),
        ("ciphertext_sha256", "AB" * 32),
        ("package_sha256", "00" * 32),
        ("package_sha256", 5),
        ("extra", "x"),
    ],
)
def test_tampered_metadata_is_refused(
    sealed: SealedPackage,
    portal_key: PackageKey,
    gateway_key: ed25519.Ed25519PrivateKey,
    field: str,
    value: object,
) -> None:
    with pytest.raises(PackageError):
        open_a(sealed, portal_key, gateway_key, metadata={**sealed.metadata.as_dict(), field: value})


def test_missing_metadata_field_is_refused(
    sealed: SealedPackage, portal_key: PackageKey, gateway_key: ed25519.Ed25519PrivateKey
) -> None:
    for field in sealed.metadata.as_dict():
        metadata = sealed.metadata.as_dict()
        del metadata[field]
        with pytest.raises(PackageError):
            open_a(sealed, portal_key, gateway_key, metadata=metadata)


def test_bad_signature_is_refused(portal_key: PackageKey, gateway_key: ed25519.Ed25519PrivateKey) -> None:
    package_bytes = canonical_bytes(package_for())
    kid = signing_key_id(gateway_key.public_key())
    signature = bytearray(sign_package(package_bytes, gateway_key))
    signature[10] ^= 0x01
    ciphertext, metadata = forge(
        signed_wrapper(package_bytes, bytes(signature), kid),
        portal_key,
        package_bytes=package_bytes,
        signer_kid=kid,
    )
    with pytest.raises(PackageError, match="signature"):
        open_package(ciphertext, metadata, portal_key, gateway_key.public_key())


def test_package_changed_after_signing_is_refused(
    portal_key: PackageKey, gateway_key: ed25519.Ed25519PrivateKey
) -> None:
    original = canonical_bytes(package_for())
    kid = signing_key_id(gateway_key.public_key())
    widened = canonical_bytes({**package_for(), "categories": ["subscriber", "messages", "location"]})
    ciphertext, metadata = forge(
        signed_wrapper(widened, sign_package(original, gateway_key), kid),
        portal_key,
        package_bytes=widened,
        signer_kid=kid,
    )
    with pytest.raises(PackageError, match="signature"):
        open_package(ciphertext, metadata, portal_key, gateway_key.public_key())


def test_signature_without_domain_prefix_is_refused(
    portal_key: PackageKey, gateway_key: ed25519.Ed25519PrivateKey
) -> None:
    """A gateway signature over the bare bytes (as another protocol might make) is not a package signature."""
    package_bytes = canonical_bytes(package_for())
    kid = signing_key_id(gateway_key.public_key())
    ciphertext, metadata = forge(
        signed_wrapper(package_bytes, gateway_key.sign(package_bytes), kid),
        portal_key,
        package_bytes=package_bytes,
        signer_kid=kid,
    )
    with pytest.raises(PackageError, match="signature"):
        open_package(ciphertext, metadata, portal_key, gateway_key.public_key())


@pytest.mark.parametrize("claims_gateway_kid", [True, False])
def test_package_signed_by_another_key_is_refused(
    portal_key: PackageKey, gateway_key: ed25519.Ed25519PrivateKey, claims_gateway_kid: bool
) -> None:
    impostor = ed25519.Ed25519PrivateKey.generate()
    package_bytes = canonical_bytes(package_for())
    kid = signing_key_id((gateway_key if claims_gateway_kid else impostor).public_key())
    ciphertext, metadata = forge(
        signed_wrapper(package_bytes, sign_package(package_bytes, impostor), kid),
        portal_key,
        package_bytes=package_bytes,
        signer_kid=kid,
    )
    with pytest.raises(PackageError):
        open_package(ciphertext, metadata, portal_key, gateway_key.public_key())


def test_signed_package_with_unexpected_wrapper_fields_is_refused(
    portal_key: PackageKey, gateway_key: ed25519.Ed25519PrivateKey
) -> None:
    package_bytes = canonical_bytes(package_for())
    kid = signing_key_id(gateway_key.public_key())
    good = signed_wrapper(package_bytes, sign_package(package_bytes, gateway_key), kid)
    for bad in ({**good, "note": "x"}, {**good, "alg": "EdDSA"}, {**good, "v": 2}, {**good, "package": "!!"}):
        ciphertext, metadata = forge(bad, portal_key, package_bytes=package_bytes, signer_kid=kid)
        with pytest.raises(PackageError):
            open_package(ciphertext, metadata, portal_key, gateway_key.public_key())
    ciphertext, metadata = forge(good, portal_key, package_bytes=package_bytes, signer_kid=kid)
    assert open_package(ciphertext, metadata, portal_key, gateway_key.public_key()) == package_for()


# ---- binding to the request -----------------------------------------------------------------------------------------
def test_package_for_request_a_cannot_be_opened_as_request_b(
    sealed: SealedPackage, portal_key: PackageKey, gateway_key: ed25519.Ed25519PrivateKey
) -> None:
    # The portal expects B but got A's package and metadata.
    with pytest.raises(PackageError, match="another request"):
        open_a(sealed, portal_key, gateway_key, request_id=REQUEST_B)
    # The metadata relabelled as B: info differs, the ciphertext does not decrypt.
    relabelled = {**sealed.metadata.as_dict(), "request_id": REQUEST_B}
    with pytest.raises(PackageError, match="decryption failed"):
        open_a(sealed, portal_key, gateway_key, metadata=relabelled, request_id=REQUEST_B)


def test_genuine_package_re_encrypted_as_another_request_is_refused(
    portal_key: PackageKey, gateway_key: ed25519.Ed25519PrivateKey
) -> None:
    """Someone who saw A's signed package re-encrypts it, correctly, as B: the signed content still says A."""
    package_bytes = canonical_bytes(package_for(REQUEST_A))
    kid = signing_key_id(gateway_key.public_key())
    ciphertext, metadata = forge(
        signed_wrapper(package_bytes, sign_package(package_bytes, gateway_key), kid),
        portal_key,
        request_id=REQUEST_B,
        package_bytes=package_bytes,
        signer_kid=kid,
    )
    with pytest.raises(PackageError, match="another request or portal"):
        open_package(
            ciphertext, metadata, portal_key, gateway_key.public_key(), expected_request_id=REQUEST_B
        )


def test_seal_refuses_a_package_addressed_elsewhere(
    gateway_key: ed25519.Ed25519PrivateKey, portal_key: PackageKey
) -> None:
    recipient = recipient_of(portal_key)
    with pytest.raises(SealingError):
        seal(
            package_for(REQUEST_B),
            signer=gateway_key,
            recipient=recipient,
            request_id=REQUEST_A,
            portal_id=PORTAL,
        )
    with pytest.raises(SealingError):
        seal(
            package_for(),
            signer=gateway_key,
            recipient=replace(recipient, portal_id="ptl_other"),
            request_id=REQUEST_A,
            portal_id=PORTAL,
        )


@pytest.mark.parametrize(
    "change",
    [
        {"v": 2},
        {"sealed_at": "2026-11-25T12:00:00+00:00"},
        {"policy": {"id": "default", "version": "3"}},
        {"decision_seq": "42"},
        {"categories": "subscriber"},
    ],
)
def test_seal_refuses_a_malformed_envelope(
    gateway_key: ed25519.Ed25519PrivateKey, portal_key: PackageKey, change: dict[str, Any]
) -> None:
    with pytest.raises(SealingError):
        seal(
            {**package_for(), **change},
            signer=gateway_key,
            recipient=recipient_of(portal_key),
            request_id=REQUEST_A,
            portal_id=PORTAL,
        )
    without = package_for()
    del without[next(iter(change))]
    with pytest.raises(SealingError):
        seal(
            without,
            signer=gateway_key,
            recipient=recipient_of(portal_key),
            request_id=REQUEST_A,
            portal_id=PORTAL,
        )


def test_make_package_refuses_naive_time_and_envelope_overrides() -> None:
    with pytest.raises(SealingError):
        make_package(
            request_id=REQUEST_A,
            portal_id=PORTAL,
            categories=[],
            records={},
            redaction={},
            policy=PolicyRef("p", "1", "h"),
            decision_seq=1,
            sealed_at=datetime(2026, 1, 1),  # noqa: DTZ001
        )
    with pytest.raises(SealingError):
        make_package(
            request_id=REQUEST_A,
            portal_id=PORTAL,
            categories=[],
            records={},
            redaction={},
            policy=PolicyRef("p", "1", "h"),
            decision_seq=1,
            sealed_at=NOW,
            extra={"portal_id": "x"},
        )


# ---- key files ------------------------------------------------------------------------------------------------------
def test_hybrid_key_file_order_does_not_matter() -> None:
    key = generate_package_key(hybrid=True)
    assert key.mlkem768_key is not None
    spki = (serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    swapped = key.x25519_key.public_key().public_bytes(*spki) + key.mlkem768_key.public_key().public_bytes(
        *spki
    )
    assert parse_encryption_public_key(swapped).key_id == key.key_id == recipient_of(key).key_id
    assert parse_package_key(key.private_pem()).key_id == key.key_id


def test_x25519_and_hybrid_key_ids_differ_for_the_same_x25519_half() -> None:
    hybrid = generate_package_key(hybrid=True)
    assert PackageKey(hybrid.x25519_key).key_id != hybrid.key_id


def _spki(key: Any) -> bytes:
    return bytes(
        key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )


@pytest.mark.parametrize(
    "make",
    [
        lambda: b"",
        lambda: b"not a key",
        lambda: _spki(
            ed25519.Ed25519PrivateKey.generate().public_key()
        ),  # a signing key, not an encryption key
        lambda: _spki(mlkem.MLKEM768PrivateKey.generate().public_key()),  # ML-KEM alone
        lambda: _spki(x25519.X25519PrivateKey.generate().public_key()) * 2,
        lambda: b"junk\n" + _spki(x25519.X25519PrivateKey.generate().public_key()),
        lambda: x25519.X25519PrivateKey.generate().public_key().public_bytes_raw(),
        lambda: _spki(
            x25519.X25519PublicKey.from_public_bytes(bytes(32))
        ),  # low order: all-zero shared secret
        lambda: generate_package_key(hybrid=False).private_pem(),  # a private key sent by mistake
    ],
)
def test_bad_encryption_public_key_files_are_refused(make: Any) -> None:
    with pytest.raises(InvalidRequest):
        parse_encryption_public_key(make())


def test_demo_encryption_key_is_private_and_stable(
    tmp_path: Path, gateway_key: ed25519.Ed25519PrivateKey
) -> None:
    path, public = ensure_demo_encryption_key(tmp_path / "keys")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert ensure_demo_encryption_key(tmp_path / "keys") == (path, public)
    key = load_package_key(path)
    assert key.suite == SUITE_MLKEM768_X25519
    recipient = parse_encryption_public_key(public, portal_id=PORTAL)
    sealed = seal(
        package_for(), signer=gateway_key, recipient=recipient, request_id=REQUEST_A, portal_id=PORTAL
    )
    assert open_a(sealed, key, gateway_key) == package_for()


def test_signing_key_is_generated_once(tmp_path: Path) -> None:
    key = ensure_signing_key(tmp_path)
    again = ensure_signing_key(tmp_path)
    assert signing_key_id(key.public_key()) == signing_key_id(again.public_key())
    assert stat.S_IMODE((tmp_path / "package-signing.pem").stat().st_mode) == 0o600


# ---- the portal registry (SQLite and PostgreSQL) --------------------------------------------------------------------
async def test_portal_encryption_key_registry(
    database_url: str, gateway_key: ed25519.Ed25519PrivateKey
) -> None:
    upgrade(database_url, REVISION)
    db = Database(database_url)
    signing_pem = _spki(ed25519.Ed25519PrivateKey.generate().public_key())
    first, second = generate_package_key(hybrid=False), generate_package_key(hybrid=True)
    try:
        async with db.transaction() as conn:
            portal_id, _ = await service.add_portal(
                conn, name="County", public_key_pem=signing_pem, agencies=["CA0000000"], now=NOW
            )
            other_id, _ = await service.add_portal(
                conn,
                name="Other",
                public_key_pem=_spki(ed25519.Ed25519PrivateKey.generate().public_key()),
                agencies=[],
                now=NOW,
            )
        async with db.read() as conn:
            with pytest.raises(service.NoEncryptionKey) as refused:
                await service.get_encryption_key(conn, portal_id)
        assert refused.value.status == 409

        async with db.transaction() as conn:
            registered = await service.set_encryption_key(conn, portal_id, first.public_pem(), NOW)
            assert registered.key_id == first.key_id and registered.suite == SUITE_X25519
            # The same key again: nothing changes.
            assert (await service.set_encryption_key(conn, portal_id, first.public_pem(), NOW)) == registered
        async with db.read() as conn:
            assert await service.get_encryption_key(conn, portal_id) == registered

        # Rotation to a hybrid key: the new one is used, the old one cannot come back or move to another portal.
        async with db.transaction() as conn:
            await service.set_encryption_key(conn, portal_id, second.public_pem(), NOW)
        async with db.transaction() as conn:
            with pytest.raises(InvalidRequest):
                await service.set_encryption_key(conn, portal_id, first.public_pem(), NOW)
        async with db.transaction() as conn:
            with pytest.raises(InvalidRequest):
                await service.set_encryption_key(conn, other_id, second.public_pem(), NOW)
        async with db.transaction() as conn:
            with pytest.raises(NotFound):
                await service.set_encryption_key(conn, "ptl_missing", first.public_pem(), NOW)
        async with db.read() as conn:
            current = await service.get_encryption_key(conn, portal_id)
            with pytest.raises(service.NoEncryptionKey):
                await service.get_encryption_key(conn, other_id)
        assert current.key_id == second.key_id and current.suite == SUITE_MLKEM768_X25519

        sealed = seal(
            package_for(portal_id=portal_id),
            signer=gateway_key,
            recipient=current,
            request_id=REQUEST_A,
            portal_id=portal_id,
        )
        opened = open_package(
            sealed.ciphertext,
            sealed.metadata.as_dict(),
            second,
            gateway_key.public_key(),
            expected_portal_id=portal_id,
            expected_request_id=REQUEST_A,
        )
        assert opened == package_for(portal_id=portal_id)
        with pytest.raises(PackageError):  # the retired key does not open what was sealed after rotation
            open_package(sealed.ciphertext, sealed.metadata.as_dict(), first, gateway_key.public_key())
    finally:
        await db.dispose()
