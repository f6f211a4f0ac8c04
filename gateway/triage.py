"""Triage: priority, SLA deadline and risk signals for an emergency request, computed once at intake.

Signals help reviewers spot forged or over-broad requests (hijacked police accounts sending fake EDRs are a
documented fraud). They are shown to reviewers and never approve anything by themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import msgspec

from gateway.intake.schemas import EmergencyRequest

#: Every category where a life is at stake right now starts at P0.
_CATEGORY_PRIORITY = {
    "child_exploitation": 0,
    "imminent_harm_to_life": 0,
    "kidnapping": 0,
    "suicide_self_harm": 0,
    "terrorism": 1,
    "other": 2,
}
#: An emergency that happened this long ago drops one priority step (P3 is the floor).
STALE_AFTER = timedelta(days=7)
CONTENT = frozenset({"messages", "posts"})
#: Data categories that plausibly serve each emergency; others raise a signal (not a refusal).
_EXPECTED = {
    "imminent_harm_to_life": {"subscriber_info", "ip_logs", "location", "device_info", "messages", "posts"},
    "child_exploitation": {"subscriber_info", "ip_logs", "location", "device_info", "messages", "posts"},
    "suicide_self_harm": {"subscriber_info", "ip_logs", "location", "device_info", "posts"},
    "kidnapping": {"subscriber_info", "ip_logs", "location", "device_info", "messages"},
    "terrorism": {"subscriber_info", "ip_logs", "device_info", "messages", "posts"},
    "other": {"subscriber_info", "ip_logs"},
}


class RiskSignal(msgspec.Struct, frozen=True, kw_only=True):
    code: str
    weight: int
    message: str


class Triage(msgspec.Struct, frozen=True, kw_only=True):
    priority: str
    due_at: datetime
    risk_score: int
    signals: list[RiskSignal]


@dataclass(frozen=True, slots=True)
class TriageContext:
    """What intake knows beyond the request itself."""

    portal_agencies: frozenset[str]
    #: Email domains the agency registry lists for the request's ORI (empty: ORI unknown to the registry).
    agency_domains: frozenset[str]
    #: Other agencies that asked about one of these targets in the last 24 hours: 0 for none; otherwise at least 1
    #: (PostgreSQL's read stops at the first it finds). Only whether there were any is a signal.
    other_agencies_same_target: int


def priority_of(req: EmergencyRequest, now: datetime) -> int:
    level = _CATEGORY_PRIORITY[req.emergency.category]
    occurred = req.emergency.occurred_at
    if occurred is not None and now - occurred > STALE_AFTER:
        level += 1
    return min(level, 3)


def triage(
    req: EmergencyRequest, ctx: TriageContext, now: datetime, sla_minutes: tuple[int, int, int, int]
) -> Triage:
    level = priority_of(req, now)
    signals: list[RiskSignal] = []

    def signal(code: str, weight: int, message: str) -> None:
        signals.append(RiskSignal(code=code, weight=weight, message=message))

    ori = req.agency.ori
    if ori is None:
        signal(
            "ori_missing",
            10,
            "The request gives no agency ORI, so the agency cannot be matched to the registry.",
        )
    elif ori not in ctx.portal_agencies:
        signal(
            "agency_not_registered_for_portal",
            40,
            "The agency's ORI is not registered for the portal that sent this request.",
        )
    domain = req.officer.email.rsplit("@", 1)[-1].lower()
    if ctx.agency_domains and not any(domain == d or domain.endswith("." + d) for d in ctx.agency_domains):
        signal(
            "officer_email_domain_mismatch",
            30,
            "The officer's email domain is not one of the agency's known domains.",
        )
    if not ctx.agency_domains and ori is not None:
        signal(
            "agency_unknown", 20, "The agency registry has no record of this ORI; verify it independently."
        )
    if len(req.targets) > 5:
        signal(
            "many_targets",
            15,
            f"The request names {len(req.targets)} targets; emergencies usually concern few.",
        )
    unexpected = sorted(set(req.data_categories) - _EXPECTED[req.emergency.category])
    if unexpected:
        signal(
            "category_data_mismatch",
            15,
            f"Requested data ({', '.join(unexpected)}) does not usually serve a {req.emergency.category} emergency.",
        )
    if req.legal_basis == "us_18_2702_c4" and CONTENT.intersection(req.data_categories):
        signal(
            "content_under_non_content_basis",
            25,
            "Content (messages or posts) is requested under 2702(c)(4), which permits non-content records only.",
        )
    if len(req.emergency.narrative) < 80:
        signal("thin_narrative", 10, "The narrative is very short for an emergency disclosure.")
    if len(req.emergency.imminence) < 40:
        signal("thin_imminence", 10, "The explanation of why this cannot wait is very short.")
    if now - req.window.start > timedelta(days=90):
        signal(
            "window_far_past",
            15,
            "The requested window starts more than 90 days ago; emergencies are recent.",
        )
    if req.supervisor is None:
        signal("no_supervisor", 5, "No supervisor is named.")
    if ctx.other_agencies_same_target:
        signal(
            "same_target_other_agency",
            25,
            "Another agency asked about the same target within 24 hours.",
        )
    minutes = sla_minutes[level]
    return Triage(
        priority=f"P{level}",
        due_at=now + timedelta(minutes=minutes),
        risk_score=sum(s.weight for s in signals),
        signals=signals,
    )
