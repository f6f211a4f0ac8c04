"""The ``redact`` command: JSONL in, JSONL out.

Each input line is ``{"id": …, "text": "…", "keep": ["…", …]}`` (``keep`` optional); each output line is
``{"id": …, "text": "<redacted>", "entities": [{"type", "start", "end", "score"}]}`` with offsets into the ORIGINAL
text, in input order. All lines of one run share one release session (consistent placeholders). A line whose
analysis fails comes out as ``{"id": …, "text": null, "entities": [], "redaction_failed": true}``; a line that is
not valid JSON of that shape comes out as ``{"id": null, "error": "…", "line": n}``. Exit status: 0 when every
line was redacted, 1 when some were withheld or malformed, 2 on a usage or start-up error.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
from collections.abc import Iterator
from typing import IO, Any

import msgspec

from redaction.engine import RedactionResult, Redactor
from redaction.errors import RedactionError


class _Line(msgspec.Struct, forbid_unknown_fields=True):
    text: str
    id: Any = None
    keep: list[str] = msgspec.field(default_factory=list)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="redact", description="Redact third-party PII from JSONL (stdin → stdout)."
    )
    p.add_argument("--threshold", type=float, default=0.5, help="minimum detection score (default 0.5)")
    p.add_argument(
        "--processes", type=int, default=1, help="analysis processes; 0 = one per core (default 1)"
    )
    p.add_argument("--batch-size", type=int, default=64, help="texts per spaCy batch (default 64)")
    p.add_argument("--chunk", type=int, default=1024, help="input lines read per step (default 1024)")
    p.add_argument(
        "--model", default=None, help="path of a spaCy model directory (default: the installed one)"
    )
    p.add_argument(
        "--release-key", default=None, help="release key for placeholders (default: random per run)"
    )
    p.add_argument("--input", "-i", default="-", help="input file (default stdin)")
    p.add_argument("--output", "-o", default="-", help="output file (default stdout)")
    return p


def _chunks(stream: IO[str], size: int) -> Iterator[list[tuple[int, str]]]:
    chunk: list[tuple[int, str]] = []
    for n, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        chunk.append((n, line))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _entity_list(res: RedactionResult) -> list[dict[str, Any]]:
    return [{"type": e.type, "start": e.start, "end": e.end, "score": e.score} for e in res.entities]


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.processes < 0 or args.batch_size < 1 or args.chunk < 1:
        print("redact: --processes must be ≥ 0, --batch-size and --chunk ≥ 1", file=sys.stderr)
        return 2
    release_key = args.release_key.encode() if args.release_key else secrets.token_bytes(32)
    try:
        redactor = Redactor(
            secrets.token_bytes(32),
            score_threshold=args.threshold,
            model=args.model,
            processes=None if args.processes == 0 else args.processes,
            batch_size=args.batch_size,
        )
    except RedactionError as exc:
        print(f"redact: {exc}", file=sys.stderr)
        return 2
    enc = msgspec.json.Encoder()
    dec = msgspec.json.Decoder(_Line)
    src: IO[str] = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8")  # noqa: SIM115
    dst: IO[str] = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")  # noqa: SIM115
    clean = True
    try:
        with redactor:
            session = redactor.session(release_key)
            for chunk in _chunks(src, args.chunk):
                parsed: list[tuple[int, _Line | str]] = []
                for n, raw in chunk:
                    try:
                        parsed.append((n, dec.decode(raw)))
                    except msgspec.DecodeError as exc:
                        parsed.append((n, str(exc)))
                good = [p for _, p in parsed if isinstance(p, _Line)]
                results = iter(session.redact_many([g.text for g in good], keep=[list(g.keep) for g in good]))
                for n, p in parsed:
                    if isinstance(p, str):
                        clean = False
                        record: dict[str, Any] = {"id": None, "error": f"invalid input: {p}", "line": n}
                    else:
                        res = next(results)
                        if res.failed:
                            clean = False
                            record = {"id": p.id, "text": None, "entities": [], "redaction_failed": True}
                        else:
                            record = {"id": p.id, "text": res.text, "entities": _entity_list(res)}
                    dst.write(enc.encode(record).decode() + "\n")
                dst.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    finally:
        if src is not sys.stdin:
            src.close()
        if dst is not sys.stdout:
            dst.close()
    return 0 if clean else 1
