"""Faster intake: ledger appends in one statement on PostgreSQL, and a target index that answers "did another
agency ask about this target?" without reading the asking agency's own rows.

``ledger_append`` (``ledger.storage``): fresh databases get it from 0002 already (it runs the ledger's current DDL);
this installs it on databases migrated before it existed. Every statement is idempotent. SQLite needs no function.

``ix_request_targets_commitment_agency`` (commitment, agency_key, received_at) replaces (commitment, received_at):
the question is two range scans around the asking agency's key, so a target that one agency names again and again
no longer makes every later intake read all of those rows.

Revision ID: 0006_ledger_append
Revises: 0005_review
"""

from __future__ import annotations

from alembic import op

import ledger

revision = "0006_ledger_append"
down_revision = "0005_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in ledger.guard_ddl(bind.dialect.name):
            op.execute(statement)
    op.create_index(
        "ix_request_targets_commitment_agency", "request_targets", ["commitment", "agency_key", "received_at"]
    )
    op.drop_index("ix_request_targets_commitment", "request_targets")


def downgrade() -> None:
    op.create_index("ix_request_targets_commitment", "request_targets", ["commitment", "received_at"])
    op.drop_index("ix_request_targets_commitment_agency", "request_targets")
    # ledger_append stays: the ledger code of every revision appends with it on PostgreSQL.
