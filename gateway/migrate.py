"""``gateway db upgrade``: apply the Alembic migrations to the configured database."""

from __future__ import annotations

import threading

from alembic import command
from alembic.config import Config

from gateway.db import ensure_sqlite_dir


def _config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "gateway:migrations")
    cfg.attributes["url"] = url
    return cfg


def upgrade(url: str, revision: str = "head") -> None:
    """Upgrade the database at ``url``. Safe to call from inside a running event loop (runs in a thread)."""
    if url.startswith("sqlite"):
        ensure_sqlite_dir(url)
    errors: list[BaseException] = []

    def _work() -> None:
        try:
            command.upgrade(_config(url), revision)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            errors.append(exc)

    worker = threading.Thread(target=_work, name="migrations")
    worker.start()
    worker.join()
    if errors:
        raise errors[0]
