"""Portal encryption keys: each portal's HPKE public key(s) that released packages are sealed to.

Revision ID: 0004_portal_encryption_keys
Revises: 0003_records
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from gateway.db import UTCDateTime

revision = "0004_portal_encryption_keys"
down_revision = "0003_records"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "portal_encryption_keys",
        sa.Column("key_id", sa.String(64), primary_key=True),
        sa.Column("portal_id", sa.String(40), sa.ForeignKey("portals.id"), nullable=False),
        sa.Column("suite", sa.String(64), nullable=False),
        sa.Column("public_key_pem", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_portal_encryption_keys_portal_id", "portal_encryption_keys", ["portal_id"])
    # At most one active key per portal, whatever concurrent registrations do.
    op.create_index(
        "ux_portal_encryption_keys_active",
        "portal_encryption_keys",
        ["portal_id"],
        unique=True,
        sqlite_where=sa.text("status = 'active'"),
        postgresql_where=sa.text("status = 'active'"),
    )


def downgrade() -> None:
    op.drop_index("ux_portal_encryption_keys_active", "portal_encryption_keys")
    op.drop_index("ix_portal_encryption_keys_portal_id", "portal_encryption_keys")
    op.drop_table("portal_encryption_keys")
