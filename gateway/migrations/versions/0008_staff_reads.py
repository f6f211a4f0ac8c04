"""Staff reads: every GET by a staff member, recorded before it is served, in an append-only table.

Revision ID: 0008_staff_reads
Revises: 0007_ledger_rowid_keys
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from gateway.db import UTCDateTime

revision = "0008_staff_reads"
down_revision = "0007_ledger_rowid_keys"
branch_labels = None
depends_on = None

_REFUSE = "staff_reads is append-only"


def upgrade() -> None:
    op.create_table(
        "staff_reads",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True
        ),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("sub", sa.String(320), nullable=False),
        sa.Column("roles", sa.String(200), nullable=False),
        sa.Column("path", sa.String(500), nullable=False),
        sa.Column("query", sa.String(500), nullable=False),
    )
    op.create_index("ix_staff_reads_at", "staff_reads", ["at"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION staff_reads_refuse_change() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{_REFUSE}' USING ERRCODE = 'restrict_violation'; END $$"
        )
        op.execute(
            "CREATE TRIGGER staff_reads_append_only BEFORE UPDATE OR DELETE ON staff_reads "
            "FOR EACH ROW EXECUTE FUNCTION staff_reads_refuse_change()"
        )
        op.execute(
            "CREATE TRIGGER staff_reads_no_truncate BEFORE TRUNCATE ON staff_reads "
            "FOR EACH STATEMENT EXECUTE FUNCTION staff_reads_refuse_change()"
        )
    else:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER staff_reads_no_{event.lower()} BEFORE {event} ON staff_reads "
                f"BEGIN SELECT RAISE(ABORT, '{_REFUSE}'); END"
            )


def downgrade() -> None:
    raise NotImplementedError("the record of staff reads is kept; it is never dropped by a migration")
