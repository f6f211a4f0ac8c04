"""The development identity provider of the embedded default: an Ed25519 key under ``var/keys`` and its JWKS.

Production points ``GATEWAY_STAFF_JWKS`` at the company IdP's key set instead and never uses this module.
"""

from __future__ import annotations

import json
import secrets
import time
from pathlib import Path

import jwt
from cryptography.hazmat.primitives.asymmetric import ed25519
from jwt.algorithms import OKPAlgorithm

from gateway.keys import ensure_ed25519_key, write_private

KEY_FILE = "staff-idp.pem"


def _kid(key: ed25519.Ed25519PrivateKey) -> str:
    jwk = json.loads(OKPAlgorithm.to_jwk(key.public_key()))
    return "dev-" + str(jwk["x"])[:16]


def ensure_dev_idp(keys_dir: Path, jwks_path: Path) -> None:
    """Create the development IdP key and publish its JWKS, once."""
    key = ensure_ed25519_key(keys_dir / KEY_FILE)
    if jwks_path.exists():
        return
    jwk = json.loads(OKPAlgorithm.to_jwk(key.public_key()))
    jwk.update({"kid": _kid(key), "alg": "EdDSA", "use": "sig"})
    write_private(jwks_path, (json.dumps({"keys": [jwk]}, indent=2) + "\n").encode())


def mint_staff_token(
    keys_dir: Path,
    *,
    sub: str,
    roles: list[str],
    issuer: str,
    audience: str,
    lifetime_s: int = 3600,
) -> str:
    key = ensure_ed25519_key(keys_dir / KEY_FILE)
    now = int(time.time())
    claims = {
        "iss": issuer,
        "aud": audience,
        "sub": sub,
        "iat": now,
        "exp": now + lifetime_s,
        "jti": secrets.token_urlsafe(12),
        "roles": roles,
    }
    return jwt.encode(claims, key, algorithm="EdDSA", headers={"kid": _kid(key)})
