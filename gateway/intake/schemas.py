"""Wire shapes of the emergency request (``POST /v1/requests``) and its answers.

Decoded strictly with msgspec: unknown fields, wrong types ("5" for 5) and over-long strings are refused.
Rules that span fields (window order, good faith) are checked by :func:`validate_request`.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Annotated, Literal

import msgspec
from msgspec import Meta

# ---- bounded primitives -------------------------------------------------------------------------------------


def _whole(body: str) -> str:
    """Anchor a pattern to the whole string (Python's ``$`` alone also matches before a final newline)."""
    return f"^(?:{body})$(?!\\n)"


Name = Annotated[str, Meta(min_length=1, max_length=200)]
ShortText = Annotated[str, Meta(min_length=1, max_length=120)]
EMAIL_PATTERN = _whole(r"[^@\s<>()\[\],;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?\.[A-Za-z]{2,}")
#: E.164: a plus sign, then 8 to 15 digits, the first not zero.
PHONE_PATTERN = _whole(r"\+[1-9][0-9]{7,14}")
Email = Annotated[str, Meta(min_length=3, max_length=254, pattern=EMAIL_PATTERN)]
Phone = Annotated[str, Meta(pattern=PHONE_PATTERN)]
#: NCIC Originating Agency Identifier: two-letter state/territory code and seven letters or digits.
Ori = Annotated[str, Meta(pattern=_whole(r"[A-Z]{2}[A-Z0-9]{7}"))]
Country = Annotated[str, Meta(pattern=_whole(r"[A-Z]{2}"))]
AwareDatetime = Annotated[datetime, Meta(tz=True)]
Narrative = Annotated[str, Meta(min_length=20, max_length=5000)]
Imminence = Annotated[str, Meta(min_length=20, max_length=2000)]
Reference = Annotated[
    str, Meta(min_length=1, max_length=64, pattern=_whole(r"[A-Za-z0-9][A-Za-z0-9 ._:/#-]*"))
]

LegalBasis = Literal["us_18_2702_b8", "us_18_2702_c4"]
EmergencyCategory = Literal[
    "imminent_harm_to_life", "child_exploitation", "suicide_self_harm", "kidnapping", "terrorism", "other"
]
DataCategory = Literal["subscriber_info", "ip_logs", "location", "messages", "posts", "device_info"]
TargetType = Literal["user_id", "username", "email", "phone"]
TargetRole = Literal["victim", "suspect", "missing_person", "witness", "associate", "undisclosed"]

MAX_TARGETS = 25
WINDOW_MAX_FUTURE = timedelta(days=1)


class Strict(msgspec.Struct, forbid_unknown_fields=True, frozen=True, kw_only=True):
    """Base of every inbound wire shape."""


class Agency(Strict, frozen=True, kw_only=True):
    name: Name
    ori: Ori | None = None
    country: Country
    jurisdiction: Name


class Officer(Strict, frozen=True, kw_only=True):
    name: Name
    title: ShortText
    badge: ShortText
    email: Email
    phone: Phone


class Supervisor(Strict, frozen=True, kw_only=True):
    name: Name
    email: Email
    phone: Phone


class Emergency(Strict, frozen=True, kw_only=True):
    category: EmergencyCategory
    narrative: Narrative
    imminence: Imminence
    occurred_at: AwareDatetime | None = None


class Target(Strict, frozen=True, kw_only=True):
    type: TargetType
    value: Annotated[str, Meta(min_length=1, max_length=254)]
    role: TargetRole


class Window(Strict, frozen=True, kw_only=True):
    start: AwareDatetime
    end: AwareDatetime


class Attestation(Strict, frozen=True, kw_only=True):
    statement: Annotated[str, Meta(min_length=20, max_length=2000)]
    good_faith: bool


class EmergencyRequest(Strict, frozen=True, kw_only=True):
    agency: Agency
    officer: Officer
    supervisor: Supervisor | None = None
    legal_basis: LegalBasis
    emergency: Emergency
    targets: Annotated[list[Target], Meta(min_length=1, max_length=MAX_TARGETS)]
    data_categories: Annotated[list[DataCategory], Meta(min_length=1, max_length=6)]
    window: Window
    attestation: Attestation
    case_number: Reference | None = None
    portal_reference: Reference | None = None


_TARGET_PATTERNS = {
    "user_id": re.compile(_whole(r"[A-Za-z0-9_-]{1,64}")),
    "username": re.compile(_whole(r"@?[A-Za-z0-9_.]{1,64}")),
    "email": re.compile(EMAIL_PATTERN),
    "phone": re.compile(PHONE_PATTERN),
}


def validate_request(req: EmergencyRequest, now: datetime) -> list[dict[str, str]]:
    """Rules that span fields. Returns RFC 9457 ``errors`` entries (JSON pointer + message, no values)."""
    errors: list[dict[str, str]] = []

    def err(pointer: str, message: str) -> None:
        errors.append({"pointer": pointer, "detail": message})

    if not req.attestation.good_faith:
        err("/attestation/good_faith", "must be true: the request must be made in good faith")
    if req.window.start >= req.window.end:
        err("/window", "start must be before end")
    if req.window.end > now + WINDOW_MAX_FUTURE:
        err("/window/end", "must not be more than one day in the future")
    if req.emergency.occurred_at is not None and req.emergency.occurred_at > now + WINDOW_MAX_FUTURE:
        err("/emergency/occurred_at", "must not be in the future")
    if len(set(req.data_categories)) != len(req.data_categories):
        err("/data_categories", "must not repeat a category")
    seen: set[tuple[str, str]] = set()
    for i, target in enumerate(req.targets):
        value = target.value
        if not _TARGET_PATTERNS[target.type].match(value):
            err(f"/targets/{i}/value", f"is not a valid {target.type}")
        key = (target.type, value.lower().lstrip("@"))
        if key in seen:
            err(f"/targets/{i}", "duplicates an earlier target")
        seen.add(key)
    return errors


class Accepted(msgspec.Struct, kw_only=True):
    """``202`` answer to an accepted request."""

    id: str
    status: str
    received_at: datetime


class PlanView(msgspec.Struct, kw_only=True):
    """The disclosure plan as an officer reads it: per data category allowed / narrowed / refused, and why."""

    policy: str
    policy_hash: str
    approvals_required: int
    outcomes: dict[str, str]
    explanation: str


class Message(msgspec.Struct, kw_only=True):
    """A question from the platform (``to_portal``) or the portal's answer (``from_portal``)."""

    direction: str
    text: str
    at: datetime


class RequestStatus(msgspec.Struct, kw_only=True):
    """What the submitting portal sees of its request."""

    id: str
    status: str
    received_at: datetime
    legal_basis: str
    category: str
    priority: str
    data_categories: list[str]
    plan: PlanView | None = None
    #: The conversation with the platform: questions to answer with ``POST /v1/requests/{id}/followups``.
    messages: list[Message] = msgspec.field(default_factory=list)
    case_number: str | None = None
    portal_reference: str | None = None
