"""Keys kept under ``var/keys/`` (ignored by git), generated on first run with owner-only permissions."""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519


def write_private(path: Path, data: bytes) -> None:
    """Write a secret file readable by its owner only; never overwrite an existing key."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def ensure_ed25519_key(path: Path) -> ed25519.Ed25519PrivateKey:
    """Load the Ed25519 private key at ``path``, generating it the first time."""
    if not path.exists():
        key = ed25519.Ed25519PrivateKey.generate()
        write_private(
            path,
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            ),
        )
    loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(loaded, ed25519.Ed25519PrivateKey):
        raise TypeError(f"{path.name} is not an Ed25519 private key")
    return loaded


def load_ed25519_key(path: Path) -> ed25519.Ed25519PrivateKey:
    """Load an existing Ed25519 private key; never creates one (the server refuses to start without it)."""
    loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(loaded, ed25519.Ed25519PrivateKey):
        raise TypeError(f"{path.name} is not an Ed25519 private key")
    return loaded


def public_pem(key: ed25519.Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def ensure_secret(path: Path, size: int = 32) -> bytes:
    """A random secret (HMAC keys), generated the first time."""
    if not path.exists():
        write_private(path, os.urandom(size))
    data = path.read_bytes()
    if len(data) < 32:
        raise ValueError(f"{path.name} is shorter than 32 bytes")
    return data


LEDGER_SIGNER = "ledger-signer.pem"
LEDGER_HMAC = "ledger-hmac.key"
PACKAGE_SIGNER = "package-signing.pem"


def ensure_gateway_keys(keys_dir: Path, staff_jwks: str | Path) -> None:
    """Create every key the embedded default needs, once: ledger signer and HMAC key, package signer, dev IdP."""
    import ledger
    from gateway.staff.devidp import ensure_dev_idp

    keys_dir.mkdir(parents=True, exist_ok=True)
    if not (keys_dir / LEDGER_SIGNER).exists():
        ledger.generate_signer_key(keys_dir / LEDGER_SIGNER)
    ensure_secret(keys_dir / LEDGER_HMAC)
    ensure_ed25519_key(keys_dir / PACKAGE_SIGNER)
    if not str(staff_jwks).startswith(("https://", "http://")):  # a real IdP's URL needs no local key
        ensure_dev_idp(keys_dir, Path(staff_jwks))
