"""Portal side: sign requests per the gateway's token contract, and a small HTTP client that does it.

``PortalSigner`` mints one single-use token per request (bound to method, path+query and body);
``PortalClient`` sends signed requests with httpx. Portals may copy this file: it depends only on PyJWT,
cryptography and httpx.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

import httpx
import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519

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
