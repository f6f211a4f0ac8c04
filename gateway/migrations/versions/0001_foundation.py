"""Foundation: portals, their keys and agencies, requests, idempotency keys, the embedded replay guard.

Revision ID: 0001_foundation
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from gateway.db import UTCDateTime

revision = "0001_foundation"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "portals",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "portal_agencies",
        sa.Column("portal_id", sa.String(40), sa.ForeignKey("portals.id"), primary_key=True),
        sa.Column("ori", sa.String(9), primary_key=True),
    )
    op.create_table(
        "portal_keys",
        sa.Column("kid", sa.String(64), primary_key=True),
        sa.Column("portal_id", sa.String(40), sa.ForeignKey("portals.id"), nullable=False),
        sa.Column("alg", sa.String(8), nullable=False),
        sa.Column("public_key_pem", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_portal_keys_portal_id", "portal_keys", ["portal_id"])
    op.create_table(
        "requests",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("portal_id", sa.String(40), sa.ForeignKey("portals.id"), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("officer_sub", sa.String(320), nullable=False),
        sa.Column("legal_basis", sa.String(32), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("body_sha256", sa.String(64), nullable=False),
    )
    op.create_index("ix_requests_portal_id", "requests", ["portal_id"])
    op.create_table(
        "idempotency_keys",
        sa.Column("portal_id", sa.String(40), sa.ForeignKey("portals.id"), primary_key=True),
        sa.Column("key", sa.String(255), primary_key=True),
        sa.Column("body_sha256", sa.String(64), nullable=False),
        sa.Column("request_id", sa.String(40), sa.ForeignKey("requests.id"), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "token_replay",
        sa.Column("key", sa.String(128), primary_key=True),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_token_replay_expires_at", "token_replay", ["expires_at"])


def downgrade() -> None:
    for table in (
        "token_replay",
        "idempotency_keys",
        "requests",
        "portal_keys",
        "portal_agencies",
        "portals",
    ):
        op.drop_table(table)
