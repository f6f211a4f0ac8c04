"""The ``redact`` command (placeholder until the redaction issue lands)."""

import sys


def main(argv: list[str] | None = None) -> int:
    print("redact: not implemented yet", file=sys.stderr)
    return 2
