"""JSON logs on stderr. Only allow-listed fields are written: never bodies, tokens or personal data."""

from __future__ import annotations

import json
import logging
import sys
import traceback
from datetime import UTC, datetime

#: ``extra=`` fields that may appear in a log line. Anything else passed as extra is dropped.
SAFE_FIELDS = frozenset(
    {
        "event",
        "reason",
        "kid",
        "method",
        "route",
        "status",
        "duration_ms",
        "request_id",
        "portal_id",
        "problem",
        "seq",
        "kind",
        "count",
        "url",
    }
)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in SAFE_FIELDS:
            value = record.__dict__.get(name)
            if value is not None:
                line[name] = value
        if record.exc_info and record.exc_info[0] is not None:
            # Type and stack only: exception messages can quote data.
            line["exception"] = record.exc_info[0].__name__
            line["stack"] = "".join(traceback.format_tb(record.exc_info[2]))[-4000:]
        return json.dumps(line, default=str)


def configure_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in ("uvicorn.access", "sqlalchemy.engine", "httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    for name in ("uvicorn", "uvicorn.error"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
