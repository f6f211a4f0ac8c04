"""The record source: how a release reads the platform's user data.

:class:`RecordSource` is the interface; :class:`SqlRecordSource` implements it over the tables in
:mod:`gateway.records.tables`. Field names and the field a window applies to come from
:data:`policies.RECORD_SCHEMA`, so the source, the policies and the release speak one vocabulary.

Windows, per category (``policies.RECORD_SCHEMA[category].time_field``):

* ``ip_logs``, ``location``, ``messages``, ``posts``: the records whose ``timestamp`` lies in ``[start, end)``.
* ``device_info``: the devices whose ``last_seen`` lies in ``[start, end)`` — a device last used before the
  window opened or only after it closed is not returned.
* ``subscriber_info``: a current snapshot (one record per account); no window applies, ``start`` and ``end``
  may be ``None`` and are ignored when given.

Whatever is asked, a fetch returns only the named category, only the given account's records, only the
requested fields (an unknown field is an error, never ignored), ordered by (time, row id), with values that
JSON encodes as they are: timestamps as RFC 3339 UTC strings (``2026-11-25T13:42:56Z``), dates as
``YYYY-MM-DD``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Final, Protocol

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.errors import GatewayError
from gateway.records import tables as t
from policies.schema import RECORD_SCHEMA

TARGET_TYPES: Final = frozenset({"user_id", "username", "email", "phone"})
_E164 = re.compile(r"\+[1-9][0-9]{7,14}")

Record = dict[str, object]


class RecordSourceError(GatewayError):
    """A caller asked the record source for something it cannot answer (a programming error: fail closed)."""

    title = "The record source refused the query"


class UnknownCategory(RecordSourceError):
    pass


class UnknownField(RecordSourceError):
    pass


class InvalidWindow(RecordSourceError):
    pass


class UnknownTargetType(RecordSourceError):
    pass


class RecordSource(Protocol):
    """What a release reads the platform's data through."""

    async def resolve_target(self, conn: AsyncConnection, type: str, value: str) -> str | None:
        """The account id a request's target names, or ``None`` when no account matches."""
        ...

    async def fetch(
        self,
        conn: AsyncConnection,
        account_id: str,
        category: str,
        start: datetime | None,
        end: datetime | None,
        fields: Sequence[str],
    ) -> list[Record]:
        """One account's records of one category within ``[start, end)``, projected to ``fields``."""
        ...


@dataclass(frozen=True)
class _Mapping:
    table: sa.Table
    columns: Mapping[str, sa.Column[object]]  # schema field name -> column
    time: sa.Column[object] | None  # the column windows apply to
    order: tuple[sa.Column[object], ...]


def _mappings() -> dict[str, _Mapping]:
    a, ip, loc, msg, post, dev = (
        t.accounts.c,
        t.ip_events.c,
        t.locations.c,
        t.messages.c,
        t.posts.c,
        t.devices.c,
    )
    found = {
        "subscriber_info": _Mapping(
            t.accounts,
            {
                "account_id": a.account_id,
                "username": a.username,
                "display_name": a.display_name,
                "email": a.email,
                "phone": a.phone,
                "created_at": a.created_at,
                "account_status": a.account_status,
                "bio": a.bio,
                "date_of_birth": a.date_of_birth,
            },
            None,
            (a.account_id,),
        ),
        "ip_logs": _Mapping(
            t.ip_events,
            {
                "timestamp": ip.occurred_at,
                "ip_address": ip.ip_address,
                "port": ip.port,
                "event": ip.event,
                "user_agent": ip.user_agent,
            },
            ip.occurred_at,
            (ip.occurred_at, ip.id),
        ),
        "location": _Mapping(
            t.locations,
            {
                "timestamp": loc.occurred_at,
                "latitude": loc.latitude,
                "longitude": loc.longitude,
                "accuracy_m": loc.accuracy_m,
                "source": loc.source,
            },
            loc.occurred_at,
            (loc.occurred_at, loc.id),
        ),
        "messages": _Mapping(
            t.messages,
            {
                "timestamp": msg.occurred_at,
                "message_id": msg.message_id,
                "conversation_id": msg.conversation_id,
                "direction": msg.direction,
                "counterparty_id": msg.counterparty_id,
                "body": msg.body,
            },
            msg.occurred_at,
            (msg.occurred_at, msg.id),
        ),
        "posts": _Mapping(
            t.posts,
            {
                "timestamp": post.occurred_at,
                "post_id": post.post_id,
                "visibility": post.visibility,
                "body": post.body,
            },
            post.occurred_at,
            (post.occurred_at, post.id),
        ),
        "device_info": _Mapping(
            t.devices,
            {
                "device_id": dev.device_id,
                "platform": dev.platform,
                "model": dev.model,
                "os_version": dev.os_version,
                "first_seen": dev.first_seen,
                "last_seen": dev.last_seen,
            },
            dev.last_seen,
            (dev.last_seen, dev.id),
        ),
    }
    # The tables must describe exactly the shared schema: refuse to load otherwise (fail closed).
    if set(found) != set(RECORD_SCHEMA):
        raise RuntimeError("record source categories differ from policies.RECORD_SCHEMA")
    for name, spec in RECORD_SCHEMA.items():
        m = found[name]
        if set(m.columns) != set(spec.field_names):
            raise RuntimeError(f"record source fields of {name} differ from policies.RECORD_SCHEMA")
        expected_time = None if spec.time_field is None else m.columns[spec.time_field]
        if m.time is not expected_time:
            raise RuntimeError(f"record source window column of {name} differs from policies.RECORD_SCHEMA")
    return found


_MAPPINGS: Final = _mappings()


def rfc3339(value: datetime) -> str:
    """A timezone-aware datetime as an RFC 3339 UTC string with a ``Z`` suffix."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("naive datetime")
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _json_value(value: object) -> object:
    if isinstance(value, datetime):
        return rfc3339(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _aware(value: datetime, name: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidWindow(f"the window {name} must be timezone-aware")
    return value.astimezone(UTC)


def username_key(username: str) -> str:
    """The form usernames are matched in: one leading ``@`` removed, lower case."""
    return username.removeprefix("@").lower()


def email_key(email: str) -> str:
    return email.lower()


class SqlRecordSource:
    """:class:`RecordSource` over the record tables (SQLite or PostgreSQL)."""

    async def resolve_target(self, conn: AsyncConnection, type: str, value: str) -> str | None:
        """Resolve a target: ``user_id`` exactly; ``username`` with or without a leading ``@`` and
        ``email`` case-insensitively; ``phone`` in E.164 (anything else matches nothing)."""
        a = t.accounts.c
        if type == "user_id":
            condition = a.account_id == value
        elif type == "username":
            condition = a.username_key == username_key(value)
        elif type == "email":
            condition = a.email_key == email_key(value)
        elif type == "phone":
            if not _E164.fullmatch(value):
                return None
            condition = a.phone == value
        else:
            raise UnknownTargetType(f"unknown target type {type!r}; known: {sorted(TARGET_TYPES)}")
        found = (await conn.execute(sa.select(a.account_id).where(condition).limit(2))).scalars().all()
        return found[0] if len(found) == 1 else None

    async def fetch(
        self,
        conn: AsyncConnection,
        account_id: str,
        category: str,
        start: datetime | None,
        end: datetime | None,
        fields: Sequence[str],
    ) -> list[Record]:
        mapping = _MAPPINGS.get(category)
        if mapping is None:
            raise UnknownCategory(f"unknown data category {category!r}")
        if isinstance(fields, str):
            raise UnknownField("fields must be a sequence of field names, not one string")
        unknown = sorted({f for f in fields if f not in mapping.columns})
        if unknown:
            raise UnknownField(f"{category} has no field(s) {unknown}")
        if not fields:
            raise UnknownField(f"no fields requested for {category}")
        wanted = [f for f in RECORD_SCHEMA[category].field_names if f in set(fields)]  # schema order
        query = sa.select(*(mapping.columns[f].label(f) for f in wanted)).where(
            mapping.table.c.account_id == account_id
        )
        if mapping.time is not None:
            if start is None or end is None:
                raise InvalidWindow(f"{category} needs a window (start and end)")
            lo, hi = _aware(start, "start"), _aware(end, "end")
            if lo > hi:
                raise InvalidWindow("the window starts after it ends")
            query = query.where(mapping.time >= lo, mapping.time < hi)
        query = query.order_by(*mapping.order)
        result = await conn.execute(query)
        return [{name: _json_value(row[i]) for i, name in enumerate(wanted)} for row in result]
