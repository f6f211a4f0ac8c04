"""The ``ledger`` command (placeholder until the ledger issue lands)."""

import sys


def main(argv: list[str] | None = None) -> int:
    print("ledger: not implemented yet", file=sys.stderr)
    return 2
