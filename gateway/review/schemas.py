"""Wire shapes of the review routes (staff), decoded strictly."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

import msgspec
from msgspec import Meta

from gateway.intake.schemas import AwareDatetime, DataCategory

Text = Annotated[str, Meta(min_length=1, max_length=2000)]
FieldName = Annotated[str, Meta(min_length=1, max_length=64)]

DenyReason = Literal[
    "not_an_emergency",
    "requester_not_verified",
    "outside_policy",
    "insufficient_information",
    "duplicate",
    "legal_process_required",
    "other",
]
CallbackOutcome = Literal["confirmed", "not_confirmed", "unreachable"]


class _Strict(msgspec.Struct, forbid_unknown_fields=True, frozen=True, kw_only=True):
    pass


class CallbackBody(_Strict, frozen=True, kw_only=True):
    """The reviewer called the agency on the number from the agency registry (never one from the request)."""

    outcome: CallbackOutcome
    notes: Annotated[str, Meta(max_length=2000)] | None = None


class WindowBody(_Strict, frozen=True, kw_only=True):
    start: AwareDatetime
    end: AwareDatetime


class Approve(_Strict, frozen=True, kw_only=True, tag_field="action", tag="approve"):
    """Approve the plan, or less of it: some categories, a shorter window, fewer fields. Never more."""

    categories: Annotated[list[DataCategory], Meta(min_length=1, max_length=6)]
    window: WindowBody | None = None
    fields: dict[DataCategory, Annotated[list[FieldName], Meta(min_length=1, max_length=32)]] | None = None
    note: Annotated[str, Meta(max_length=2000)] | None = None


class Deny(_Strict, frozen=True, kw_only=True, tag_field="action", tag="deny"):
    reason_code: DenyReason
    text: Text


class RequestInfo(_Strict, frozen=True, kw_only=True, tag_field="action", tag="request_info"):
    """Ask the portal for more information; the portal answers with a follow-up."""

    message: Text


Decision = Approve | Deny | RequestInfo


class FollowUp(_Strict, frozen=True, kw_only=True):
    """The portal's answer to a request for information (``POST /v1/requests/{id}/followups``)."""

    message: Annotated[str, Meta(min_length=1, max_length=5000)]


class QueueItem(msgspec.Struct, kw_only=True):
    id: str
    status: str
    priority: str
    category: str
    legal_basis: str
    received_at: datetime
    due_at: datetime | None
    overdue: bool
    risk_score: int
    approvals: int
    approvals_required: int | None
