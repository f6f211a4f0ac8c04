"""The record schema and vocabulary that policies, the record source and release share.

Every data category a request may ask for, every field of it, and what kind of field it is:

* ``attribute`` — an ordinary value (a status, a platform, coordinates);
* ``timestamp`` — when the record happened; the category's ``time_field`` is the one windows apply to;
* ``target_identifier`` — identifies the account holder named in the request;
* ``third_party_identifier`` — identifies someone else; never released as is (release pseudonymises it);
* ``free_text`` — written by a person and may name anyone; always redacted before release.

``messages`` and ``posts`` are *content* (18 U.S.C. 2510(8)); 18 U.S.C. 2702(b)(8) allows content in an
emergency, 2702(c)(4) only non-content records.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal

import msgspec

__all__ = [
    "CONTENT_CATEGORIES",
    "DATA_CATEGORIES",
    "EMERGENCY_CATEGORIES",
    "LEGAL_BASES",
    "MAX_TARGETS_LIMIT",
    "RECORD_SCHEMA",
    "CategorySpec",
    "FieldKind",
    "FieldSpec",
]

FieldKind = Literal["attribute", "timestamp", "target_identifier", "third_party_identifier", "free_text"]

#: The most targets a request may name at all (the gateway's intake limit); a rule may only lower it.
MAX_TARGETS_LIMIT: Final = 25


class FieldSpec(msgspec.Struct, frozen=True, kw_only=True):
    """One field of a record."""

    name: str
    kind: FieldKind
    label: str


class CategorySpec(msgspec.Struct, frozen=True, kw_only=True):
    """One data category: its fields, whether it is content, and which field windows apply to."""

    name: str
    label: str
    content: bool
    time_field: str | None  # None: a current snapshot (one record per account), no time window applies
    fields: tuple[FieldSpec, ...]

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def field(self, name: str) -> FieldSpec | None:
        for spec in self.fields:
            if spec.name == name:
                return spec
        return None

    def names_of_kind(self, kind: FieldKind) -> frozenset[str]:
        return frozenset(f.name for f in self.fields if f.kind == kind)


def _f(name: str, kind: FieldKind, label: str) -> FieldSpec:
    return FieldSpec(name=name, kind=kind, label=label)


_CATEGORIES: tuple[CategorySpec, ...] = (
    CategorySpec(
        name="subscriber_info",
        label="subscriber information",
        content=False,
        time_field=None,
        fields=(
            _f("account_id", "target_identifier", "account id"),
            _f("username", "target_identifier", "username"),
            _f("display_name", "attribute", "display name"),
            _f("email", "target_identifier", "email address"),
            _f("phone", "target_identifier", "phone number"),
            _f("created_at", "timestamp", "account creation time"),
            _f("account_status", "attribute", "account status"),
            _f("bio", "free_text", "profile text (bio)"),
            _f("date_of_birth", "attribute", "date of birth"),
        ),
    ),
    CategorySpec(
        name="ip_logs",
        label="IP logs",
        content=False,
        time_field="timestamp",
        fields=(
            _f("timestamp", "timestamp", "time"),
            _f("ip_address", "attribute", "IP address"),
            _f("port", "attribute", "source port"),
            _f("event", "attribute", "event (login, logout, session)"),
            _f("user_agent", "attribute", "user agent"),
        ),
    ),
    CategorySpec(
        name="location",
        label="location history",
        content=False,
        time_field="timestamp",
        fields=(
            _f("timestamp", "timestamp", "time"),
            _f("latitude", "attribute", "latitude"),
            _f("longitude", "attribute", "longitude"),
            _f("accuracy_m", "attribute", "accuracy in metres"),
            _f("source", "attribute", "source (GPS, Wi-Fi, IP)"),
        ),
    ),
    CategorySpec(
        name="messages",
        label="private messages",
        content=True,
        time_field="timestamp",
        fields=(
            _f("timestamp", "timestamp", "time"),
            _f("message_id", "attribute", "message id"),
            _f("conversation_id", "attribute", "conversation id"),
            _f("direction", "attribute", "direction (sent or received)"),
            _f("counterparty_id", "third_party_identifier", "the other party's account"),
            _f("body", "free_text", "message text"),
        ),
    ),
    CategorySpec(
        name="posts",
        label="posts",
        content=True,
        time_field="timestamp",
        fields=(
            _f("timestamp", "timestamp", "time"),
            _f("post_id", "attribute", "post id"),
            _f("visibility", "attribute", "visibility"),
            _f("body", "free_text", "post text"),
        ),
    ),
    CategorySpec(
        name="device_info",
        label="device information",
        content=False,
        time_field="last_seen",
        fields=(
            _f("device_id", "target_identifier", "device id"),
            _f("platform", "attribute", "platform"),
            _f("model", "attribute", "model"),
            _f("os_version", "attribute", "operating system version"),
            _f("first_seen", "timestamp", "first seen"),
            _f("last_seen", "timestamp", "last seen"),
        ),
    ),
)

#: Data category name -> its specification, in a fixed, meaningful order.
RECORD_SCHEMA: Final[Mapping[str, CategorySpec]] = MappingProxyType({c.name: c for c in _CATEGORIES})
DATA_CATEGORIES: Final = tuple(RECORD_SCHEMA)
CONTENT_CATEGORIES: Final = frozenset(c.name for c in _CATEGORIES if c.content)

#: Legal basis code -> plain words.
LEGAL_BASES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "us_18_2702_b8": "18 U.S.C. § 2702(b)(8): emergency disclosure of contents and records",
        "us_18_2702_c4": "18 U.S.C. § 2702(c)(4): emergency disclosure of non-content records only",
    }
)

#: Emergency category code -> plain words.
EMERGENCY_CATEGORIES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "imminent_harm_to_life": "imminent danger of death or serious physical injury",
        "child_exploitation": "child sexual exploitation",
        "suicide_self_harm": "suicide or self-harm",
        "kidnapping": "kidnapping",
        "terrorism": "terrorism",
        "other": "another emergency involving danger of death or serious physical injury",
    }
)
