"""The portal registry: portals, their signing keys (rotated by ``kid``) and the agencies they may speak for."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.db import portal_agencies, portal_keys, portals
from gateway.errors import InvalidRequest, NotFound

ACTIVE = "active"
SUSPENDED = "suspended"
RETIRED = "retired"


@dataclass(frozen=True, slots=True)
class PortalKey:
    kid: str
    portal_id: str
    alg: str
    public_key_pem: str


@dataclass(frozen=True, slots=True)
class Portal:
    id: str
    name: str
    status: str
    created_at: datetime
    agencies: tuple[str, ...]
    key_ids: tuple[str, ...]


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def parse_public_key(pem: bytes) -> tuple[str, str, str]:
    """Validate a portal's PEM public key: ``(alg, kid, normalised_pem)``.

    Ed25519 → EdDSA, P-256 → ES256; anything else is refused. The kid is the RFC 7638 JWK thumbprint.
    """
    try:
        key = serialization.load_pem_public_key(pem)
    except ValueError:
        raise InvalidRequest("not a PEM public key") from None
    if isinstance(key, ed25519.Ed25519PublicKey):
        raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        jwk = {"crv": "Ed25519", "kty": "OKP", "x": _b64url(raw)}
        alg = "EdDSA"
    elif isinstance(key, ec.EllipticCurvePublicKey) and isinstance(key.curve, ec.SECP256R1):
        numbers = key.public_numbers()
        jwk = {
            "crv": "P-256",
            "kty": "EC",
            "x": _b64url(numbers.x.to_bytes(32, "big")),
            "y": _b64url(numbers.y.to_bytes(32, "big")),
        }
        alg = "ES256"
    else:
        raise InvalidRequest("portal keys must be Ed25519 (EdDSA) or P-256 (ES256)")
    thumbprint = hashlib.sha256(json.dumps(jwk, separators=(",", ":"), sort_keys=True).encode()).digest()
    normalised = key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return alg, _b64url(thumbprint), normalised.decode()


async def add_portal(
    conn: AsyncConnection, *, name: str, public_key_pem: bytes, agencies: list[str], now: datetime
) -> tuple[str, str]:
    """Register a portal with its first key; returns ``(portal_id, kid)``."""
    alg, kid, pem = parse_public_key(public_key_pem)
    portal_id = "ptl_" + secrets.token_hex(8)
    await conn.execute(sa.insert(portals).values(id=portal_id, name=name, status=ACTIVE, created_at=now))
    for ori in sorted(set(agencies)):
        await conn.execute(sa.insert(portal_agencies).values(portal_id=portal_id, ori=ori))
    await _insert_key(conn, portal_id, alg, kid, pem, now)
    return portal_id, kid


async def add_key(conn: AsyncConnection, portal_id: str, public_key_pem: bytes, now: datetime) -> str:
    """Add another key to a portal (rotation); returns its kid."""
    await get_portal(conn, portal_id)
    alg, kid, pem = parse_public_key(public_key_pem)
    await _insert_key(conn, portal_id, alg, kid, pem, now)
    return kid


async def _insert_key(
    conn: AsyncConnection, portal_id: str, alg: str, kid: str, pem: str, now: datetime
) -> None:
    exists = await conn.scalar(sa.select(portal_keys.c.kid).where(portal_keys.c.kid == kid))
    if exists:
        raise InvalidRequest("this key is already registered")
    await conn.execute(
        sa.insert(portal_keys).values(
            kid=kid, portal_id=portal_id, alg=alg, public_key_pem=pem, status=ACTIVE, created_at=now
        )
    )


async def retire_key(conn: AsyncConnection, kid: str) -> None:
    result = await conn.execute(sa.update(portal_keys).where(portal_keys.c.kid == kid).values(status=RETIRED))
    if result.rowcount == 0:
        raise NotFound("no such key")


async def set_status(conn: AsyncConnection, portal_id: str, status: str) -> None:
    result = await conn.execute(sa.update(portals).where(portals.c.id == portal_id).values(status=status))
    if result.rowcount == 0:
        raise NotFound("no such portal")


async def get_portal(conn: AsyncConnection, portal_id: str) -> Portal:
    row = (await conn.execute(sa.select(portals).where(portals.c.id == portal_id))).one_or_none()
    if row is None:
        raise NotFound("no such portal")
    oris = (
        await conn.scalars(sa.select(portal_agencies.c.ori).where(portal_agencies.c.portal_id == portal_id))
    ).all()
    kids = (
        await conn.scalars(
            sa.select(portal_keys.c.kid)
            .where(portal_keys.c.portal_id == portal_id, portal_keys.c.status == ACTIVE)
            .order_by(portal_keys.c.created_at)
        )
    ).all()
    return Portal(row.id, row.name, row.status, row.created_at, tuple(oris), tuple(kids))


async def list_portals(conn: AsyncConnection) -> list[Portal]:
    ids = (await conn.scalars(sa.select(portals.c.id).order_by(portals.c.created_at))).all()
    return [await get_portal(conn, pid) for pid in ids]


async def active_key(conn: AsyncConnection, kid: str) -> PortalKey | None:
    """The key named by ``kid`` when both it and its portal are active; otherwise None."""
    row = (
        await conn.execute(
            sa.select(
                portal_keys.c.kid, portal_keys.c.portal_id, portal_keys.c.alg, portal_keys.c.public_key_pem
            )
            .join(portals, portals.c.id == portal_keys.c.portal_id)
            .where(portal_keys.c.kid == kid, portal_keys.c.status == ACTIVE, portals.c.status == ACTIVE)
        )
    ).one_or_none()
    return None if row is None else PortalKey(row.kid, row.portal_id, row.alg, row.public_key_pem)
