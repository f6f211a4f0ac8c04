"""The ``gateway`` command: serve, migrate, register portals, mint tokens."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from gateway.db import Database, utcnow
from gateway.errors import GatewayError
from gateway.settings import Settings

T = TypeVar("T")
DEMO_PORTAL_NAME = "Demo portal"


def _run(settings: Settings, work: Callable[[Database], Awaitable[T]], *, write: bool = True) -> T:
    async def _main() -> T:
        db = Database(settings.database_url)
        try:
            return await work(db)
        finally:
            await db.dispose()

    return asyncio.run(_main())


def _print(data: Any, as_json: bool, text: str) -> None:
    print(json.dumps(data, indent=2, default=str) if as_json else text)


# ---- db ---------------------------------------------------------------------------------------------------------
def cmd_db_upgrade(settings: Settings, args: argparse.Namespace) -> int:
    from gateway.migrate import upgrade

    upgrade(settings.database_url)
    print("database is at the latest schema")
    return 0


# ---- portals ----------------------------------------------------------------------------------------------------
def cmd_portals_add(settings: Settings, args: argparse.Namespace) -> int:
    from gateway.portals import service

    pem = Path(args.public_key).read_bytes()

    async def work(db: Database) -> tuple[str, str]:
        async with db.transaction() as conn:
            return await service.add_portal(
                conn, name=args.name, public_key_pem=pem, agencies=args.agency, now=utcnow()
            )

    portal_id, kid = _run(settings, work)
    _print({"portal_id": portal_id, "key_id": kid}, args.json, f"portal {portal_id} registered; key id {kid}")
    return 0


def cmd_portals_add_key(settings: Settings, args: argparse.Namespace) -> int:
    from gateway.portals import service

    pem = Path(args.public_key).read_bytes()

    async def work(db: Database) -> str:
        async with db.transaction() as conn:
            return await service.add_key(conn, args.portal_id, pem, utcnow())

    kid = _run(settings, work)
    _print({"portal_id": args.portal_id, "key_id": kid}, args.json, f"key {kid} added to {args.portal_id}")
    return 0


def _set_status(status: str) -> Callable[[Settings, argparse.Namespace], int]:
    def command(settings: Settings, args: argparse.Namespace) -> int:
        from gateway.portals import service

        async def work(db: Database) -> None:
            async with db.transaction() as conn:
                await service.set_status(conn, args.portal_id, status)

        _run(settings, work)
        print(f"portal {args.portal_id} is {status}")
        return 0

    return command


def cmd_portals_retire_key(settings: Settings, args: argparse.Namespace) -> int:
    from gateway.portals import service

    async def work(db: Database) -> None:
        async with db.transaction() as conn:
            await service.retire_key(conn, args.kid)

    _run(settings, work)
    print(f"key {args.kid} retired")
    return 0


def cmd_portals_list(settings: Settings, args: argparse.Namespace) -> int:
    from gateway.portals import service

    async def work(db: Database) -> list[service.Portal]:
        async with db.read() as conn:
            return await service.list_portals(conn)

    found = _run(settings, work)
    rows = [
        {
            "portal_id": p.id,
            "name": p.name,
            "status": p.status,
            "agencies": list(p.agencies),
            "key_ids": list(p.key_ids),
        }
        for p in found
    ]
    text = "\n".join(
        f"{r['portal_id']}  {r['status']:<9}  {r['name']}  keys={len(r['key_ids'])}" for r in rows
    )
    _print(rows, args.json, text or "no portals registered")
    return 0


# ---- tokens -----------------------------------------------------------------------------------------------------
def cmd_portal_token(settings: Settings, args: argparse.Namespace) -> int:
    from gateway.client import PortalSigner, load_private_key

    body = Path(args.body_file).read_bytes() if args.body_file else b""
    signer = PortalSigner(
        portal_id=args.portal,
        kid=args.kid,
        private_key=load_private_key(Path(args.key)),
        officer=args.sub,
        audience=args.audience or settings.audience,
        lifetime_s=args.lifetime,
    )
    print(signer.token(args.method, args.path, body))
    return 0


# ---- init and serve ---------------------------------------------------------------------------------------------
def init_embedded(settings: Settings) -> dict[str, str]:
    """Prepare the embedded default: schema, keys, and a demo portal with its private key under ``var/keys``."""
    from gateway.keys import ensure_ed25519_key, public_pem
    from gateway.migrate import upgrade
    from gateway.portals import service

    upgrade(settings.database_url)
    key_path = settings.keys_dir / "demo-portal.pem"
    demo_key = ensure_ed25519_key(key_path)
    info_path = settings.var_dir / "demo-portal.json"

    async def work(db: Database) -> dict[str, str]:
        async with db.transaction() as conn:
            for portal in await service.list_portals(conn):
                if portal.name == DEMO_PORTAL_NAME and portal.key_ids:
                    return {"portal_id": portal.id, "key_id": portal.key_ids[0]}
            portal_id, kid = await service.add_portal(
                conn,
                name=DEMO_PORTAL_NAME,
                public_key_pem=public_pem(demo_key),
                agencies=["CA0000000"],
                now=utcnow(),
            )
            return {"portal_id": portal_id, "key_id": kid}

    demo = _run(settings, work)
    demo["private_key"] = str(key_path)
    info_path.write_text(json.dumps(demo, indent=2) + "\n")
    return demo


def cmd_init(settings: Settings, args: argparse.Namespace) -> int:
    demo = init_embedded(settings)
    print(json.dumps(demo, indent=2))
    return 0


def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    from gateway.logs import configure_logging

    if args.init:
        demo = init_embedded(settings)
        base = f"http://{args.host}:{args.port}"
        print(
            f"\nDisclosure gateway on {base}\n"
            f"  API docs     {base}/docs\n"
            f"  health       {base}/healthz   readiness {base}/readyz   metrics {base}/metrics\n"
            f"  demo portal  {demo['portal_id']} (key id {demo['key_id']}, private key {demo['private_key']})\n\n"
            "Try, in another terminal:\n"
            "  .venv/bin/gateway portals list\n"
            "  .venv/bin/gateway portal-token --key var/keys/demo-portal.pem "
            f"--kid {demo['key_id']} --portal {demo['portal_id']} --method GET --path /v1/requests/edr_x\n",
            flush=True,
        )
    configure_logging(settings.log_level)
    uvicorn.run(
        "gateway.app:create_asgi",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_config=None,
        access_log=False,
        server_header=False,
        proxy_headers=False,
    )
    return 0


# ---- parser -----------------------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gateway", description="Disclosure gateway for emergency data requests."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="serve the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--init", action="store_true", help="migrate, create keys and the demo portal first")
    serve.set_defaults(func=cmd_serve)

    init = sub.add_parser("init", help="migrate, create keys and the demo portal (embedded default)")
    init.set_defaults(func=cmd_init)

    db = sub.add_parser("db", help="database schema").add_subparsers(dest="db_command", required=True)
    db.add_parser("upgrade", help="apply migrations").set_defaults(func=cmd_db_upgrade)

    portals = sub.add_parser("portals", help="the portal registry").add_subparsers(
        dest="portals_command", required=True
    )
    add = portals.add_parser("add", help="register a portal with its first public key")
    add.add_argument("--name", required=True)
    add.add_argument("--public-key", required=True, metavar="PEM_FILE")
    add.add_argument(
        "--agency", action="append", default=[], metavar="ORI", help="an agency ORI (repeatable)"
    )
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=cmd_portals_add)
    lst = portals.add_parser("list", help="list portals")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=cmd_portals_list)
    add_key = portals.add_parser("add-key", help="add a key to a portal (rotation)")
    add_key.add_argument("portal_id")
    add_key.add_argument("--public-key", required=True, metavar="PEM_FILE")
    add_key.add_argument("--json", action="store_true")
    add_key.set_defaults(func=cmd_portals_add_key)
    retire = portals.add_parser("retire-key", help="stop accepting a key")
    retire.add_argument("kid")
    retire.set_defaults(func=cmd_portals_retire_key)
    suspend = portals.add_parser("suspend", help="refuse every call from a portal")
    suspend.add_argument("portal_id")
    suspend.set_defaults(func=_set_status("suspended"))
    activate = portals.add_parser("activate", help="lift a suspension")
    activate.add_argument("portal_id")
    activate.set_defaults(func=_set_status("active"))

    token = sub.add_parser("portal-token", help="mint a single-use portal token (for curl)")
    token.add_argument("--key", required=True, metavar="PEM")
    token.add_argument("--kid", required=True)
    token.add_argument("--portal", required=True)
    token.add_argument("--method", required=True)
    token.add_argument("--path", required=True, help="path and query exactly as sent")
    token.add_argument("--body-file", metavar="FILE")
    token.add_argument("--sub", default="officer@example.gov", help="the officer (token sub)")
    token.add_argument("--audience")
    token.add_argument("--lifetime", type=int, default=120)
    token.set_defaults(func=cmd_portal_token)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
        result: int = args.func(settings, args)
        return result
    except GatewayError as exc:
        print(f"gateway: {exc.detail or exc.title}", file=sys.stderr)
        return 1
    except FileNotFoundError as exc:
        print(f"gateway: file not found: {exc.filename}", file=sys.stderr)
        return 1
