"""Ledger: entries, stored tree hashes and signed checkpoints, with triggers refusing UPDATE and DELETE.

The tables belong to the standalone ``ledger`` package; this migration creates them as that package defines them
and installs its append-only triggers. A later change to the ledger's schema gets a migration of its own.

Revision ID: 0002_ledger
Revises: 0001_foundation
"""

from __future__ import annotations

from alembic import op

import ledger

revision = "0002_ledger"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    ledger.metadata.create_all(bind)
    for statement in ledger.guard_ddl(bind.dialect.name):
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError(
        "the ledger is append-only and kept forever; it is never dropped by a migration"
    )
