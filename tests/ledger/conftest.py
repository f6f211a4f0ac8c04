"""Ledger fixtures: a real database (SQLite file or PostgreSQL) with the tables, triggers and a signer."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from ledger_testkit import LedgerDB, make_ledger_db


@pytest.fixture
async def ldb(database_url: str) -> AsyncIterator[LedgerDB]:
    db = await make_ledger_db(database_url)
    yield db
    await db.engine.dispose()
