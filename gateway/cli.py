"""The ``gateway`` command: serve, migrate, register portals, mint tokens."""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from gateway.db import Database, utcnow
from gateway.errors import GatewayError
from gateway.settings import Settings
from policies import PolicyError

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncConnection

    from gateway.audit.trail import Trail

T = TypeVar("T")


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
def _trail(settings: Settings) -> Trail:
    """The ledger, loaded before any change: a key change that could not be logged is not made (fail closed)."""
    from gateway.audit.trail import Trail

    return Trail.load(settings.keys_dir, settings.ledger_origin)


async def _key_rotated(
    conn: AsyncConnection, trail: Trail, portal_id: str, purpose: str, action: str, key_id: str, now: datetime
) -> None:
    """``key.rotated``, in the transaction that changes the portal's keys: which key of which portal started or
    stopped being accepted (signing: its requests' tokens; encryption: its packages), and when."""
    data: dict[str, object] = {"portal": portal_id, "purpose": purpose, "action": action, "key": key_id}
    await trail.record(conn, "key.rotated", data, now)


def cmd_portals_add(settings: Settings, args: argparse.Namespace) -> int:
    from gateway.portals import service

    pem = Path(args.public_key).read_bytes()

    trail = _trail(settings)

    async def work(db: Database) -> tuple[str, str]:
        async with db.transaction() as conn:
            now = utcnow()
            portal_id, kid = await service.add_portal(
                conn, name=args.name, public_key_pem=pem, agencies=args.agency, now=now
            )
            await _key_rotated(conn, trail, portal_id, "signing", "added", kid, now)
            return portal_id, kid

    portal_id, kid = _run(settings, work)
    _print({"portal_id": portal_id, "key_id": kid}, args.json, f"portal {portal_id} registered; key id {kid}")
    return 0


def cmd_portals_add_key(settings: Settings, args: argparse.Namespace) -> int:
    from gateway.portals import service

    pem = Path(args.public_key).read_bytes()

    trail = _trail(settings)

    async def work(db: Database) -> str:
        async with db.transaction() as conn:
            now = utcnow()
            kid = await service.add_key(conn, args.portal_id, pem, now)
            await _key_rotated(conn, trail, args.portal_id, "signing", "added", kid, now)
            return kid

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

    trail = _trail(settings)

    async def work(db: Database) -> None:
        async with db.transaction() as conn:
            portal_id = await service.retire_key(conn, args.kid)
            await _key_rotated(conn, trail, portal_id, "signing", "retired", args.kid, utcnow())

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


def cmd_portals_set_encryption_key(settings: Settings, args: argparse.Namespace) -> int:
    from gateway.portals import service

    pem = Path(args.public_key).read_bytes()

    trail = _trail(settings)

    async def work(db: Database) -> str:
        async with db.transaction() as conn:
            now = utcnow()
            before = await service.active_encryption_key_id(conn, args.portal_id)
            key = await service.set_encryption_key(conn, args.portal_id, pem, now)
            if key.key_id != before:  # registering the current key again changes nothing
                await _key_rotated(conn, trail, args.portal_id, "encryption", "added", str(key.key_id), now)
            return str(key.key_id)

    key_id = _run(settings, work)
    _print(
        {"portal_id": args.portal_id, "encryption_key_id": key_id}, args.json, f"encryption key {key_id} set"
    )
    return 0


def cmd_agencies_add(settings: Settings, args: argparse.Namespace) -> int:
    from gateway.portals import service

    async def work(db: Database) -> None:
        async with db.transaction() as conn:
            await service.add_agency(
                conn,
                ori=args.ori,
                name=args.name,
                email_domains=args.domain,
                callback_phone=args.callback_phone,
                now=utcnow(),
            )

    _run(settings, work)
    print(f"agency {args.ori} registered")
    return 0


# ---- policies ---------------------------------------------------------------------------------------------------
def cmd_policy_check(settings: Settings, args: argparse.Namespace) -> int:
    from policies import PolicySet, check_paths

    paths = args.paths or [PolicySet.default_path()]
    problems = check_paths(paths)
    for problem in problems:
        print(str(problem), file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s); the policy set would not load", file=sys.stderr)
        return 1
    print("policy set is valid")
    return 0


def cmd_policy_explain(settings: Settings, args: argparse.Namespace) -> int:
    from gateway.intake.service import decode_request, plan_input
    from policies import PolicySet, evaluate, explain, load_policy_set

    now = utcnow()
    req = decode_request(Path(args.request).read_bytes(), now)
    policy = load_policy_set(args.policy or PolicySet.default_path())
    print(explain(evaluate(plan_input(req), policy, now=now)))
    return 0


def cmd_policy_publish(settings: Settings, args: argparse.Namespace) -> int:
    from gateway.policy_store import publish
    from policies import load_policy_set

    policy = load_policy_set(args.path)  # an invalid set never loads (PolicyFileError lists every problem)
    trail = _trail(settings)

    async def work(db: Database) -> int | None:
        async with db.transaction() as conn:
            return await publish(conn, policy, trail, utcnow())

    seq = _run(settings, work)
    if seq is None:
        print(f"policy {policy.id} {policy.version} ({policy.content_hash[:12]}…) is already active")
    else:
        print(f"published policy {policy.id} {policy.version} ({policy.content_hash}); ledger entry {seq}")
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


def cmd_staff_token(settings: Settings, args: argparse.Namespace) -> int:
    from gateway.staff.auth import ROLES
    from gateway.staff.devidp import mint_staff_token

    unknown = set(args.role) - ROLES
    if unknown:
        print(f"gateway: unknown role(s) {sorted(unknown)}; roles are {sorted(ROLES)}", file=sys.stderr)
        return 2
    print(
        mint_staff_token(
            settings.keys_dir,
            sub=args.sub,
            roles=args.role,
            issuer=settings.staff_issuer,
            audience=settings.staff_audience,
            lifetime_s=args.lifetime,
        )
    )
    return 0


# ---- demo data --------------------------------------------------------------------------------------------------
def cmd_demo_data(settings: Settings, args: argparse.Namespace) -> int:
    """Seed synthetic platform users (the record source); prints counts, never the data."""
    from gateway.migrate import upgrade
    from gateway.records import SeedSummary, seed_demo_data

    if args.users < 1:
        print("gateway: --users must be at least 1", file=sys.stderr)
        return 2
    upgrade(settings.database_url)

    async def work(db: Database) -> SeedSummary:
        async with db.transaction() as conn:
            return await seed_demo_data(conn, users=args.users, seed=args.seed, now=utcnow())

    summary = _run(settings, work)
    data = {
        "users_created": summary.users_created,
        "users_existing": summary.users_existing,
        "rows": summary.rows,
    }
    counts = ", ".join(f"{name.removeprefix('record_')}={n}" for name, n in summary.rows.items())
    _print(
        data,
        args.json,
        f"demo data: {summary.users_created} user(s) created, {summary.users_existing} already present; {counts}",
    )
    return 0


def cmd_demo(settings: Settings, args: argparse.Namespace) -> int:
    from gateway.demo_run import DemoFailed, run_demo

    try:
        return run_demo(settings, args.url)
    except DemoFailed as exc:
        print(f"gateway demo: {exc}", file=sys.stderr)
        return 1


# ---- init and serve ---------------------------------------------------------------------------------------------
def init_embedded(settings: Settings) -> dict[str, str]:
    """Prepare the embedded default: schema, keys, policy, demo agency, demo portal and demo users."""
    from gateway.bootstrap import prepare_demo

    return prepare_demo(settings)


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
            f"  .venv/bin/gateway demo --url {base}      # one emergency request end to end\n"
            "  .venv/bin/gateway staff-token --sub alice --role reviewer   # a staff token for the review routes\n"
            "  .venv/bin/gateway portal-token --key var/keys/demo-portal.pem "
            f"--kid {demo['key_id']} --portal {demo['portal_id']} --method GET --path /v1/requests/edr_x\n",
            flush=True,
        )
    configure_logging(settings.log_level)
    options: dict[str, Any] = {
        "factory": True,
        "host": args.host,
        "port": args.port,
        "workers": args.workers,
        "log_config": None,
        "access_log": False,
        "server_header": False,
        "proxy_headers": False,
    }
    if args.workers <= 1:
        uvicorn.run("gateway.app:serve_asgi", **options)
        return 0
    from uvicorn.supervisors import Multiprocess

    config = uvicorn.Config("gateway.app:serve_asgi", **options)
    Multiprocess(config, sockets=[_tcp_listener(config)]).run()
    return 0


def _tcp_listener(config: Any) -> socket.socket:
    """The workers' shared listener, marked as TCP. uvicorn binds it with ``proto`` 0, so asyncio never sets
    TCP_NODELAY on the connections the workers accept, and every keep-alive response waited ~40 ms for the client's
    delayed ACK (uvicorn issue #3149; measured by bench/load.py). Same socket, ``proto`` stated."""
    sock = config.bind_socket()
    return socket.socket(sock.family, sock.type, socket.IPPROTO_TCP, fileno=sock.detach())


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

    demo = sub.add_parser("demo", help="play one emergency request end to end against a running gateway")
    demo.add_argument("--url", default="http://127.0.0.1:8000")
    demo.set_defaults(func=cmd_demo)

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

    set_enc = portals.add_parser(
        "set-encryption-key", help="register the portal's HPKE key for sealed packages"
    )
    set_enc.add_argument("portal_id")
    set_enc.add_argument(
        "--public-key", required=True, metavar="PEM_FILE", help="X25519, or ML-KEM-768 + X25519"
    )
    set_enc.add_argument("--json", action="store_true")
    set_enc.set_defaults(func=cmd_portals_set_encryption_key)

    agencies = sub.add_parser("agencies", help="the agency registry").add_subparsers(
        dest="agencies_command", required=True
    )
    agency = agencies.add_parser("add", help="register an agency, its email domains and its callback number")
    agency.add_argument("--ori", required=True)
    agency.add_argument("--name", required=True)
    agency.add_argument(
        "--domain", action="append", required=True, help="an email domain of the agency (repeatable)"
    )
    agency.add_argument(
        "--callback-phone", required=True, help="E.164 number reviewers call to verify requests"
    )
    agency.set_defaults(func=cmd_agencies_add)

    policy = sub.add_parser("policy", help="data-minimisation policies").add_subparsers(
        dest="policy_command", required=True
    )
    check = policy.add_parser("check", help="validate policy files; every problem with file and line")
    check.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the shipped set)")
    check.set_defaults(func=cmd_policy_check)
    explain = policy.add_parser("explain", help="print the plan for a request, rule by rule")
    explain.add_argument("--request", required=True, metavar="FILE.json")
    explain.add_argument("--policy", type=Path, help="policy files (default: the shipped set)")
    explain.set_defaults(func=cmd_policy_explain)
    pub = policy.add_parser("publish", help="validate and activate a policy set (recorded in the ledger)")
    pub.add_argument("path", type=Path)
    pub.set_defaults(func=cmd_policy_publish)

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

    demo_data = sub.add_parser("demo-data", help="seed synthetic platform users (demo_user_1 …) for the demo")
    demo_data.add_argument("--users", type=int, default=10, help="how many users (default 10)")
    demo_data.add_argument(
        "--seed", type=int, default=1, help="random seed: the same seed gives the same data"
    )
    demo_data.add_argument("--json", action="store_true")
    demo_data.set_defaults(func=cmd_demo_data)

    staff = sub.add_parser("staff-token", help="mint a staff token from the development identity provider")
    staff.add_argument("--sub", required=True, help="the staff member")
    staff.add_argument("--role", action="append", required=True, help="reviewer, approver, auditor or admin")
    staff.add_argument("--lifetime", type=int, default=3600)
    staff.set_defaults(func=cmd_staff_token)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
        result: int = args.func(settings, args)
        return result
    except GatewayError as exc:
        for item in exc.errors:
            print(f"  {item.get('pointer') or '/'}: {item.get('detail')}", file=sys.stderr)
        print(f"gateway: {exc.detail or exc.title}", file=sys.stderr)
        return 1
    except PolicyError as exc:
        for problem in getattr(exc, "problems", ()):
            print(str(problem), file=sys.stderr)
        print(f"gateway: {exc}", file=sys.stderr)
        return 1
    except FileNotFoundError as exc:
        print(f"gateway: file not found: {exc.filename}", file=sys.stderr)
        return 1
