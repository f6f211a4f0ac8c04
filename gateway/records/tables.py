"""Tables of the record source: the platform's user data that a release reads from.

In the embedded default these hold synthetic users (``gateway demo-data``); in production the same
:class:`~gateway.records.source.RecordSource` interface sits over the platform's own services.
Every record table is keyed by the owning ``account_id`` and indexed on (account_id, time) for window queries.
"""

from __future__ import annotations

import sqlalchemy as sa

from gateway.db import UTCDateTime, metadata

#: Autoincrementing surrogate key: BIGINT on PostgreSQL, INTEGER (the rowid alias) on SQLite.
RowId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

accounts = sa.Table(
    "record_accounts",
    metadata,
    sa.Column("account_id", sa.String(40), primary_key=True),
    sa.Column("username", sa.String(64), nullable=False),
    sa.Column("username_key", sa.String(64), nullable=False),  # lower case, no leading "@"
    sa.Column("display_name", sa.String(200), nullable=False),
    sa.Column("email", sa.String(254), nullable=True),
    sa.Column("email_key", sa.String(254), nullable=True),  # lower case
    sa.Column("phone", sa.String(16), nullable=True),  # E.164
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("account_status", sa.String(16), nullable=False),
    sa.Column("bio", sa.Text(), nullable=True),
    sa.Column("date_of_birth", sa.Date(), nullable=True),
    sa.Index("ux_record_accounts_username_key", "username_key", unique=True),
    sa.Index("ux_record_accounts_email_key", "email_key", unique=True),
    sa.Index("ux_record_accounts_phone", "phone", unique=True),
)

ip_events = sa.Table(
    "record_ip_events",
    metadata,
    sa.Column("id", RowId, primary_key=True, autoincrement=True),
    sa.Column("account_id", sa.String(40), sa.ForeignKey("record_accounts.account_id"), nullable=False),
    sa.Column("occurred_at", UTCDateTime(), nullable=False),
    sa.Column("ip_address", sa.String(45), nullable=False),
    sa.Column("port", sa.Integer(), nullable=True),
    sa.Column("event", sa.String(16), nullable=False),  # login, logout, session
    sa.Column("user_agent", sa.String(400), nullable=True),
    sa.Index("ix_record_ip_events_account_time", "account_id", "occurred_at"),
)

locations = sa.Table(
    "record_locations",
    metadata,
    sa.Column("id", RowId, primary_key=True, autoincrement=True),
    sa.Column("account_id", sa.String(40), sa.ForeignKey("record_accounts.account_id"), nullable=False),
    sa.Column("occurred_at", UTCDateTime(), nullable=False),
    sa.Column("latitude", sa.Double(), nullable=False),
    sa.Column("longitude", sa.Double(), nullable=False),
    sa.Column("accuracy_m", sa.Double(), nullable=True),
    sa.Column("source", sa.String(16), nullable=False),  # gps, wifi, ip
    sa.Index("ix_record_locations_account_time", "account_id", "occurred_at"),
)

messages = sa.Table(
    "record_messages",
    metadata,
    sa.Column("id", RowId, primary_key=True, autoincrement=True),
    # The mailbox the row belongs to: a message between two accounts is one row in each account's mailbox.
    sa.Column("account_id", sa.String(40), sa.ForeignKey("record_accounts.account_id"), nullable=False),
    sa.Column("occurred_at", UTCDateTime(), nullable=False),
    sa.Column("message_id", sa.String(40), nullable=False),
    sa.Column("conversation_id", sa.String(40), nullable=False),
    sa.Column("direction", sa.String(8), nullable=False),  # sent, received
    sa.Column("counterparty_id", sa.String(254), nullable=False),  # an account id or an external handle
    sa.Column("body", sa.Text(), nullable=False),
    sa.Index("ix_record_messages_account_time", "account_id", "occurred_at"),
    sa.Index("ux_record_messages_account_message", "account_id", "message_id", unique=True),
)

posts = sa.Table(
    "record_posts",
    metadata,
    sa.Column("id", RowId, primary_key=True, autoincrement=True),
    sa.Column("account_id", sa.String(40), sa.ForeignKey("record_accounts.account_id"), nullable=False),
    sa.Column("occurred_at", UTCDateTime(), nullable=False),
    sa.Column("post_id", sa.String(40), nullable=False),
    sa.Column("visibility", sa.String(16), nullable=False),  # public, followers, private
    sa.Column("body", sa.Text(), nullable=False),
    sa.Index("ix_record_posts_account_time", "account_id", "occurred_at"),
    sa.Index("ux_record_posts_post_id", "post_id", unique=True),
)

devices = sa.Table(
    "record_devices",
    metadata,
    sa.Column("id", RowId, primary_key=True, autoincrement=True),
    sa.Column("account_id", sa.String(40), sa.ForeignKey("record_accounts.account_id"), nullable=False),
    sa.Column("device_id", sa.String(64), nullable=False),
    sa.Column("platform", sa.String(32), nullable=False),
    sa.Column("model", sa.String(64), nullable=True),
    sa.Column("os_version", sa.String(32), nullable=True),
    sa.Column("first_seen", UTCDateTime(), nullable=False),
    sa.Column("last_seen", UTCDateTime(), nullable=False),
    sa.Index("ix_record_devices_account_last_seen", "account_id", "last_seen"),
    sa.Index("ux_record_devices_device_id", "device_id", unique=True),
)

#: Third-party values the demo seeder placed in records (synthetic), so tests can scan outputs for leaks.
planted_values = sa.Table(
    "record_planted_values",
    metadata,
    sa.Column("id", RowId, primary_key=True, autoincrement=True),
    sa.Column("account_id", sa.String(40), sa.ForeignKey("record_accounts.account_id"), nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("value", sa.Text(), nullable=False),
    sa.Index("ix_record_planted_values_account_id", "account_id"),
)

RECORD_TABLES = (accounts, ip_events, locations, messages, posts, devices, planted_values)
