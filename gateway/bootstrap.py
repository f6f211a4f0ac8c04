"""First-run preparation shared by ``gateway init``/``serve --init`` and the tests: schema, keys, a policy."""

from __future__ import annotations

import asyncio
import json

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.audit.trail import Trail
from gateway.db import Database, policy_versions, utcnow
from gateway.keys import ensure_gateway_keys
from gateway.migrate import upgrade
from gateway.policy_store import publish
from gateway.portals.service import add_agency, add_portal, list_portals, set_encryption_key
from gateway.settings import Settings
from policies import PolicySet, load_policy_set


async def publish_default_policy_if_none(db: Database, trail: Trail) -> None:
    """Publish the shipped default policy set when no version is active yet (never replaces one)."""
    async with db.transaction() as conn:
        active = await conn.scalar(sa.select(policy_versions.c.content_hash).where(policy_versions.c.active))
        if active is None:
            await publish(conn, load_policy_set(PolicySet.default_path()), trail, utcnow())


def prepare(settings: Settings) -> None:
    """Migrate, create missing keys, and make sure a policy set is active. Idempotent."""
    upgrade(settings.database_url)
    ensure_gateway_keys(settings.keys_dir, settings.staff_jwks)
    trail = Trail.load(settings.keys_dir, settings.ledger_origin)

    async def _main() -> None:
        db = Database(settings.database_url)
        try:
            await publish_default_policy_if_none(db, trail)
        finally:
            await db.dispose()

    asyncio.run(_main())


#: The demo agency (invented): its ORI, email domain and the registry callback number reviewers use.
DEMO_AGENCY = {
    "ori": "CA0000000",
    "name": "Example County Sheriff's Office",
    "email_domains": ["sheriff.example.gov"],
    "callback_phone": "+15555550199",
}
DEMO_PORTAL_NAME = "Demo portal"


async def register_demo_agency(conn: AsyncConnection) -> None:
    await add_agency(conn, now=utcnow(), **DEMO_AGENCY)  # type: ignore[arg-type]


def prepare_demo(settings: Settings, *, users: int = 10) -> dict[str, str]:
    """The embedded default's demo: agency, portal (signing and encryption keys under ``var/keys``), users."""
    from gateway.keys import ensure_ed25519_key, public_pem
    from gateway.records import seed_demo_data
    from gateway.release.sealing import ensure_demo_encryption_key

    prepare(settings)
    key_path = settings.keys_dir / "demo-portal.pem"
    demo_key = ensure_ed25519_key(key_path)
    enc_path, enc_public = ensure_demo_encryption_key(settings.keys_dir)

    async def _main() -> dict[str, str]:
        db = Database(settings.database_url)
        try:
            async with db.transaction() as conn:
                await register_demo_agency(conn)
                found = [p for p in await list_portals(conn) if p.name == DEMO_PORTAL_NAME and p.key_ids]
                if found:
                    portal_id, kid = found[0].id, found[0].key_ids[0]
                else:
                    portal_id, kid = await add_portal(
                        conn,
                        name=DEMO_PORTAL_NAME,
                        public_key_pem=public_pem(demo_key),
                        agencies=[DEMO_AGENCY["ori"]],  # type: ignore[list-item]
                        now=utcnow(),
                    )
                await set_encryption_key(conn, portal_id, enc_public, utcnow())
                await seed_demo_data(conn, users=users, seed=7, now=utcnow())
            return {"portal_id": portal_id, "key_id": kid}
        finally:
            await db.dispose()

    demo = asyncio.run(_main())
    demo["private_key"] = str(key_path)
    demo["encryption_key"] = str(enc_path)
    (settings.var_dir / "demo-portal.json").write_text(json.dumps(demo, indent=2) + "\n")
    return demo
