"""``python -m redaction``: the ``redact`` command."""

import sys

from redaction.cli import main

if __name__ == "__main__":
    sys.exit(main())
