"""The ``ledger`` command: an auditor's offline verifier. Imports nothing from the gateway.

    ledger verify (--url URL | --export FILE | --database URL) --key VKEY [--state FILE] [--evidence FILE] [--jobs N]
    ledger export --url URL --out FILE
    ledger prove --receipt FILE --key VKEY

``--key`` takes the verifier key line (``name+keyid+base64key``) or a file holding it. ``--token`` (or the
``LEDGER_TOKEN`` environment variable) is sent as ``Authorization: Bearer``. Exit status: 0 when everything
verifies, 1 when verification fails (the message names what failed and the first bad seq), 2 when the
input cannot be read (usage, network, files).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from ledger.checkpoint import verify_receipt
from ledger.errors import ForkError, LedgerError, MalformedError, ProofError, SignatureError, TamperError
from ledger.note import NoteVerifier, Verifier, parse_any_verifier_key, parse_verifier_key
from ledger.verify import (
    DatabaseSource,
    ExportSource,
    HttpSource,
    Source,
    SourceError,
    export,
    load_state,
    save_state,
    verify_log,
)

OK, FAILED, UNUSABLE = 0, 1, 2


class _UsageError(Exception):
    pass


def _keys(values: list[str]) -> tuple[NoteVerifier, list[Verifier]]:
    """The first --key is the log's Ed25519 key; any further one is a co-signer that must also have signed."""
    lines = []
    for value in values:
        path = Path(value)
        lines.append(path.read_text(encoding="utf-8").strip() if path.is_file() else value)
    try:
        return parse_verifier_key(lines[0]), [parse_any_verifier_key(line) for line in lines[1:]]
    except MalformedError as exc:
        raise _UsageError(f"--key: {exc}") from exc


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ledger", description="Verify the disclosure gateway's ledger.")
    sub = parser.add_subparsers(dest="command", required=True)

    verify = sub.add_parser(
        "verify", help="verify every entry, the chain, the root and the signed checkpoint"
    )
    where = verify.add_mutually_exclusive_group(required=True)
    where.add_argument("--url", help="the gateway's base URL")
    where.add_argument("--export", type=Path, help="an export file written by 'ledger export'")
    where.add_argument(
        "--database",
        help="read the ledger tables directly (sqlite:///PATH, or postgresql+psycopg://… with psycopg installed)",
    )
    verify.add_argument(
        "--key",
        required=True,
        action="append",
        help="the log's verifier key, or a file holding it; repeat to also require a co-signer (ML-DSA-44)",
    )
    verify.add_argument(
        "--state", type=Path, help="state file: last verified checkpoint (created if missing)"
    )
    verify.add_argument(
        "--evidence", type=Path, help="where to save fork evidence (default: STATE.fork.json)"
    )
    verify.add_argument("--token", help="bearer token (default: $LEDGER_TOKEN)")
    verify.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="workers checking entries (threads with the C module, else processes)",
    )
    verify.add_argument(
        "--envelope-only",
        action="store_true",
        help="check hashes, chain, seq, log and kind of every entry but skip the full RFC 8785 re-parse",
    )

    exp = sub.add_parser("export", help="download the checkpoint and every entry into one file")
    exp.add_argument("--url", required=True)
    exp.add_argument("--out", required=True, type=Path)
    exp.add_argument("--token", help="bearer token (default: $LEDGER_TOKEN)")

    prove = sub.add_parser("prove", help="verify a c2sp.org/tlog-proof receipt for one entry")
    prove.add_argument("--receipt", required=True, type=Path)
    prove.add_argument("--key", required=True, action="append", help="as for verify")
    return parser


def _token(args: argparse.Namespace) -> str | None:
    token = args.token or os.environ.get("LEDGER_TOKEN")
    return token or None


def _verify(args: argparse.Namespace) -> int:
    verifier, cosigners = _keys(args.key)
    state = load_state(args.state, verifier, cosigners) if args.state else None
    evidence = args.evidence or (args.state.with_name(args.state.name + ".fork.json") if args.state else None)
    source: Source
    http: HttpSource | None = None
    database: DatabaseSource | None = None
    if args.url:
        source = http = HttpSource(args.url, _token(args))
    elif args.database:
        source = database = DatabaseSource(args.database)
    else:
        source = ExportSource(args.export)
    try:
        result = verify_log(
            source,
            verifier,
            state,
            evidence,
            strict=not args.envelope_only,
            jobs=max(1, args.jobs),
            cosigners=cosigners,
        )
    finally:
        if http is not None:
            http.close()
        if database is not None:
            database.close()
    if args.state:
        save_state(args.state, result.checkpoint, result.leaf_hashes)
    since = ""
    if result.previous_size is not None:
        since = f", consistent with the checkpoint of size {result.previous_size} verified before"
    print(
        f"OK: {result.checkpoint.origin}: {result.entries} entries, chain and root match the checkpoint "
        f"of size {result.checkpoint.size} signed by {verifier.name}+{verifier.key_id.hex()}{since}"
    )
    return OK


def _export(args: argparse.Namespace) -> int:
    source = HttpSource(args.url, _token(args))
    try:
        count = export(source, args.out)
    finally:
        source.close()
    print(f"exported {count} entries to {args.out}")
    return OK


def _prove(args: argparse.Namespace) -> int:
    verifier, cosigners = _keys(args.key)
    proved = verify_receipt(args.receipt.read_text(encoding="utf-8"), verifier, cosigners)
    print(
        f"OK: entry {proved.index} ({proved.entry.kind} at {proved.entry.time}) is in {proved.checkpoint.origin} "
        f"at size {proved.checkpoint.size}"
    )
    print(proved.leaf.decode("utf-8"))
    return OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(None if argv is None else list(argv))
    handlers = {"verify": _verify, "export": _export, "prove": _prove}
    try:
        return handlers[args.command](args)
    except ForkError as exc:
        print(f"FAIL (fork): {exc}" + _seq(exc), file=sys.stderr)
        return FAILED
    except TamperError as exc:
        print(f"FAIL: {exc}" + _seq(exc), file=sys.stderr)
        return FAILED
    except SignatureError as exc:
        print(f"FAIL (signature): {exc}", file=sys.stderr)
        return FAILED
    except ProofError as exc:
        print(f"FAIL (proof): {exc}", file=sys.stderr)
        return FAILED
    except (SourceError, _UsageError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return UNUSABLE
    except MalformedError as exc:
        print(f"FAIL (malformed): {exc}", file=sys.stderr)
        return FAILED
    except (LedgerError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return UNUSABLE


def _seq(exc: TamperError) -> str:
    return f" [first bad seq: {exc.seq}]" if exc.seq is not None else ""
