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
