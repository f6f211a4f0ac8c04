"""Record source: synthetic platform user data (accounts, IP events, locations, messages, posts, devices).

Revision ID: 0003_records
Revises: 0002_ledger
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from gateway.db import UTCDateTime

revision = "0003_records"
down_revision = "0002_ledger"
branch_labels = None
depends_on = None

_ROW_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _account_fk() -> sa.Column[str]:
    return sa.Column("account_id", sa.String(40), sa.ForeignKey("record_accounts.account_id"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "record_accounts",
        sa.Column("account_id", sa.String(40), primary_key=True),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("username_key", sa.String(64), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(254), nullable=True),
        sa.Column("email_key", sa.String(254), nullable=True),
        sa.Column("phone", sa.String(16), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("account_status", sa.String(16), nullable=False),
        sa.Column("bio", sa.Text(), nullable=True),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
    )
    op.create_index("ux_record_accounts_username_key", "record_accounts", ["username_key"], unique=True)
    op.create_index("ux_record_accounts_email_key", "record_accounts", ["email_key"], unique=True)
    op.create_index("ux_record_accounts_phone", "record_accounts", ["phone"], unique=True)

    op.create_table(
        "record_ip_events",
        sa.Column("id", _ROW_ID, primary_key=True, autoincrement=True),
        _account_fk(),
        sa.Column("occurred_at", UTCDateTime(), nullable=False),
        sa.Column("ip_address", sa.String(45), nullable=False),
        sa.Column("port", sa.Integer(), nullable=True),
        sa.Column("event", sa.String(16), nullable=False),
        sa.Column("user_agent", sa.String(400), nullable=True),
    )
    op.create_index("ix_record_ip_events_account_time", "record_ip_events", ["account_id", "occurred_at"])

    op.create_table(
        "record_locations",
        sa.Column("id", _ROW_ID, primary_key=True, autoincrement=True),
        _account_fk(),
        sa.Column("occurred_at", UTCDateTime(), nullable=False),
        sa.Column("latitude", sa.Double(), nullable=False),
        sa.Column("longitude", sa.Double(), nullable=False),
        sa.Column("accuracy_m", sa.Double(), nullable=True),
        sa.Column("source", sa.String(16), nullable=False),
    )
    op.create_index("ix_record_locations_account_time", "record_locations", ["account_id", "occurred_at"])

    op.create_table(
        "record_messages",
        sa.Column("id", _ROW_ID, primary_key=True, autoincrement=True),
        _account_fk(),
        sa.Column("occurred_at", UTCDateTime(), nullable=False),
        sa.Column("message_id", sa.String(40), nullable=False),
        sa.Column("conversation_id", sa.String(40), nullable=False),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("counterparty_id", sa.String(254), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
    )
    op.create_index("ix_record_messages_account_time", "record_messages", ["account_id", "occurred_at"])
    op.create_index(
        "ux_record_messages_account_message", "record_messages", ["account_id", "message_id"], unique=True
    )

    op.create_table(
        "record_posts",
        sa.Column("id", _ROW_ID, primary_key=True, autoincrement=True),
        _account_fk(),
        sa.Column("occurred_at", UTCDateTime(), nullable=False),
        sa.Column("post_id", sa.String(40), nullable=False),
        sa.Column("visibility", sa.String(16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
    )
    op.create_index("ix_record_posts_account_time", "record_posts", ["account_id", "occurred_at"])
    op.create_index("ux_record_posts_post_id", "record_posts", ["post_id"], unique=True)

    op.create_table(
        "record_devices",
        sa.Column("id", _ROW_ID, primary_key=True, autoincrement=True),
        _account_fk(),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("model", sa.String(64), nullable=True),
        sa.Column("os_version", sa.String(32), nullable=True),
        sa.Column("first_seen", UTCDateTime(), nullable=False),
        sa.Column("last_seen", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_record_devices_account_last_seen", "record_devices", ["account_id", "last_seen"])
    op.create_index("ux_record_devices_device_id", "record_devices", ["device_id"], unique=True)

    op.create_table(
        "record_planted_values",
        sa.Column("id", _ROW_ID, primary_key=True, autoincrement=True),
        _account_fk(),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_index("ix_record_planted_values_account_id", "record_planted_values", ["account_id"])


def downgrade() -> None:
    for table in (
        "record_planted_values",
        "record_devices",
        "record_posts",
        "record_messages",
        "record_locations",
        "record_ip_events",
        "record_accounts",
    ):
        op.drop_table(table)
