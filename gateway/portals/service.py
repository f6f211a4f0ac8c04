"""The portal registry: portals, their signing keys (rotated by ``kid``), the agencies they may speak for, and
their encryption key (HPKE, what released packages are sealed to)."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import datetime

import msgspec
import sqlalchemy as sa
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.db import UTCDateTime, agencies, metadata, portal_agencies, portal_keys, portals
from gateway.errors import Conflict, InvalidRequest, NotFound
from gateway.release.sealing import PortalEncryptionKey, parse_encryption_public_key

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


async def retire_key(conn: AsyncConnection, kid: str) -> str:
    """Stop accepting tokens signed with ``kid``; returns the portal it belonged to."""
    portal_id = await conn.scalar(
        sa.update(portal_keys)
        .where(portal_keys.c.kid == kid)
        .values(status=RETIRED)
        .returning(portal_keys.c.portal_id)
    )
    if portal_id is None:
        raise NotFound("no such key")
    return str(portal_id)


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


# ---- encryption keys (HPKE public keys that released packages are sealed to) -------------------------------------
#: Described here rather than in ``gateway.db`` so this addition stays in one module; migration 0004 creates it.
portal_encryption_keys = sa.Table(
    "portal_encryption_keys",
    metadata,
    sa.Column("key_id", sa.String(64), primary_key=True),
    sa.Column("portal_id", sa.String(40), sa.ForeignKey("portals.id"), nullable=False, index=True),
    sa.Column("suite", sa.String(64), nullable=False),
    sa.Column("public_key_pem", sa.Text(), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Index(
        "ux_portal_encryption_keys_active",
        "portal_id",
        unique=True,
        sqlite_where=sa.text("status = 'active'"),
        postgresql_where=sa.text("status = 'active'"),
    ),
)


class NoEncryptionKey(Conflict):
    """The portal has no active encryption key: nothing can be released to it until it registers one."""

    title = "The portal has no encryption key"


async def set_encryption_key(
    conn: AsyncConnection, portal_id: str, public_key_pem: bytes, now: datetime
) -> PortalEncryptionKey:
    """Register ``public_key_pem`` (format: ``gateway.release.sealing``) as the portal's encryption key.

    The previous key, if any, is retired: packages already sealed stay readable with its private key, new ones
    use this key. Registering the portal's current key again changes nothing; a key registered before (to this or
    another portal) is refused.
    """
    await get_portal(conn, portal_id)
    key = parse_encryption_public_key(public_key_pem, portal_id=portal_id)
    row = (
        await conn.execute(
            sa.select(portal_encryption_keys.c.portal_id, portal_encryption_keys.c.status).where(
                portal_encryption_keys.c.key_id == key.key_id
            )
        )
    ).one_or_none()
    if row is not None:
        if row.portal_id == portal_id and row.status == ACTIVE:
            return key
        raise InvalidRequest("this encryption key was registered before")
    await conn.execute(
        sa.update(portal_encryption_keys)
        .where(portal_encryption_keys.c.portal_id == portal_id, portal_encryption_keys.c.status == ACTIVE)
        .values(status=RETIRED)
    )
    await conn.execute(
        sa.insert(portal_encryption_keys).values(
            key_id=key.key_id,
            portal_id=portal_id,
            suite=key.suite,
            public_key_pem=key.public_pem(),
            status=ACTIVE,
            created_at=now,
        )
    )
    return key


async def active_encryption_key_id(conn: AsyncConnection, portal_id: str) -> str | None:
    """The key id of the portal's active encryption key, if it has one."""
    key_id = await conn.scalar(
        sa.select(portal_encryption_keys.c.key_id).where(
            portal_encryption_keys.c.portal_id == portal_id, portal_encryption_keys.c.status == ACTIVE
        )
    )
    return None if key_id is None else str(key_id)


async def get_encryption_key(conn: AsyncConnection, portal_id: str) -> PortalEncryptionKey:
    """The portal's active encryption key; ``NoEncryptionKey`` (fail closed) when it has none."""
    pem = await conn.scalar(
        sa.select(portal_encryption_keys.c.public_key_pem).where(
            portal_encryption_keys.c.portal_id == portal_id, portal_encryption_keys.c.status == ACTIVE
        )
    )
    if pem is None:
        raise NoEncryptionKey(
            "this portal has not registered an encryption key; nothing can be released to it"
        )
    return parse_encryption_public_key(pem.encode(), portal_id=portal_id)


# ---- agency registry --------------------------------------------------------------------------------------------
async def add_agency(
    conn: AsyncConnection,
    *,
    ori: str,
    name: str,
    email_domains: list[str],
    callback_phone: str,
    now: datetime,
) -> None:
    """Register (or update) an agency: its known email domains and the callback number reviewers must use."""
    from gateway.intake.schemas import _TARGET_PATTERNS, Ori

    msgspec.convert(ori, Ori)  # raises ValidationError on a malformed ORI
    if not _TARGET_PATTERNS["phone"].match(callback_phone):
        raise InvalidRequest("callback phone must be E.164, e.g. +15555550199")
    domains = sorted({d.strip().lower() for d in email_domains if d.strip()})
    if not domains:
        raise InvalidRequest("an agency needs at least one email domain")
    values = {
        "name": name,
        "email_domains": json.dumps(domains),
        "callback_phone": callback_phone,
    }
    exists = await conn.scalar(sa.select(agencies.c.ori).where(agencies.c.ori == ori))
    if exists:
        await conn.execute(sa.update(agencies).where(agencies.c.ori == ori).values(**values))
    else:
        await conn.execute(sa.insert(agencies).values(ori=ori, created_at=now, **values))
