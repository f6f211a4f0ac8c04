"""Evaluation: a request's shape plus a policy set gives a disclosure plan. Pure and deterministic."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Literal

import msgspec

from policies.errors import AmbiguousPolicyError, PlanInputError, WiderThanPlanError
from policies.model import PolicySet, Rule
from policies.schema import CONTENT_CATEGORIES, MAX_TARGETS_LIMIT, RECORD_SCHEMA, FieldSpec

__all__ = [
    "CategoryDecision",
    "DisclosurePlan",
    "Outcome",
    "PlanInput",
    "Reason",
    "TargetRef",
    "TargetsOutcome",
    "Window",
    "evaluate",
    "narrow_plan",
    "plan_is_within",
]

Outcome = Literal["allow", "narrow", "refuse"]
_C4 = "us_18_2702_c4"


class TargetRef(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A target as the policy sees it: its position in the request, its type and role — never its value."""

    index: int  # 0-based position in the request's targets list
    type: str
    role: str


class Window(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A half-open time interval [start, end), timezone-aware."""

    start: datetime
    end: datetime

    def contains(self, other: Window) -> bool:
        return self.start <= other.start and other.end <= self.end


class PlanInput(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """What evaluation needs from an emergency request (the gateway converts its request into this)."""

    legal_basis: str
    category: str  # the emergency category
    data_categories: frozenset[str]
    window_start: datetime
    window_end: datetime
    targets: tuple[TargetRef, ...]


class Reason(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Why a decision came out as it did: a stable machine code and a plain sentence."""

    code: str
    text: str


class CategoryDecision(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """The decision for one target and one data category."""

    target_index: int
    category: str
    outcome: Outcome
    rule_id: str | None  # the rule that decided; None when no rule matched
    fields: tuple[str, ...] = ()  # the allowlist, in schema order (empty when refused)
    redact_fields: tuple[str, ...] = ()  # free-text fields among ``fields``: always redacted before release
    pseudonymise_fields: tuple[
        str, ...
    ] = ()  # third-party identifiers among ``fields``: always pseudonymised
    window: Window | None = None  # None when refused or for a snapshot category (subscriber_info)
    redact_free_text: bool = True
    keep_target_identifiers: bool = False
    approvals: int = 1
    reasons: tuple[Reason, ...] = ()

    @property
    def released(self) -> bool:
        return self.outcome != "refuse"


class TargetsOutcome(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    requested: int
    allowed: int  # how many targets (the first ``allowed`` in request order) are considered
    max_targets: int
    outcome: Literal["allow", "narrow", "refuse"]


class DisclosurePlan(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """The most that may be disclosed for one request, decision by decision. Holds no personal data."""

    policy_id: str
    policy_version: str
    policy_hash: str
    legal_basis: str
    emergency_category: str
    rule_id: str | None
    rule_summary: str
    planned_at: datetime
    requested_window: Window
    approvals_required: int
    targets: TargetsOutcome
    decisions: tuple[CategoryDecision, ...]
    narrowed_by_review: bool = False

    def decision(self, target_index: int, category: str) -> CategoryDecision | None:
        for d in self.decisions:
            if d.target_index == target_index and d.category == category:
                return d
        return None

    def category_outcome(self, category: str) -> Outcome:
        outcomes = {d.outcome for d in self.decisions if d.category == category}
        if not outcomes or outcomes == {"refuse"}:
            return "refuse"
        if outcomes == {"allow"}:
            return "allow"
        return "narrow"

    def outcome_summary(self) -> dict[str, str]:
        """Data category -> allow | narrow | refuse (no personal data), for the ledger's ``plan.made`` entry."""
        categories = [c for c in RECORD_SCHEMA if any(d.category == c for d in self.decisions)]
        return {c: self.category_outcome(c) for c in categories}

    def released_categories(self) -> tuple[str, ...]:
        return tuple(c for c in RECORD_SCHEMA if any(d.category == c and d.released for d in self.decisions))


# ----------------------------------------------------------------------------------------------------- evaluate
def _aware(value: datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise PlanInputError(f"{name} must be timezone-aware")


def _check_input(inp: PlanInput, now: datetime) -> None:
    _aware(now, "now")
    _aware(inp.window_start, "window_start")
    _aware(inp.window_end, "window_end")
    if inp.window_start >= inp.window_end:
        raise PlanInputError("window_start must be before window_end")
    if not inp.data_categories:
        raise PlanInputError("data_categories must not be empty")
    unknown = sorted(inp.data_categories - set(RECORD_SCHEMA))
    if unknown:
        raise PlanInputError(f"unknown data categories: {', '.join(unknown)}")
    if not inp.targets:
        raise PlanInputError("at least one target is required")
    indexes = [t.index for t in inp.targets]
    if len(set(indexes)) != len(indexes) or min(indexes) < 0:
        raise PlanInputError("target indexes must be distinct and non-negative")


def _refuse(target: int, category: str, rule_id: str | None, code: str, text: str) -> CategoryDecision:
    return CategoryDecision(
        target_index=target,
        category=category,
        outcome="refuse",
        rule_id=rule_id,
        reasons=(Reason(code=code, text=text),),
    )


def _label(spec: FieldSpec | None, name: str) -> str:
    return spec.label if spec is not None else name


def _fmt_hours(hours: int) -> str:
    if hours % 24 == 0:
        days = hours // 24
        return f"{days} day{'s' if days != 1 else ''}"
    return f"{hours} hour{'s' if hours != 1 else ''}"


def _decide(inp: PlanInput, rule: Rule | None, target: int, category: str, now: datetime) -> CategoryDecision:
    spec = RECORD_SCHEMA[category]
    label = spec.label
    if inp.legal_basis == _C4 and category in CONTENT_CATEGORIES:
        # The hard invariant, enforced here whatever a policy file says.
        return _refuse(
            target,
            category,
            rule.id if rule else None,
            "content_not_permitted",
            f"{label[:1].upper()}{label[1:]} are content; 18 U.S.C. § 2702(c)(4) permits only non-content records.",
        )
    if rule is None:
        return _refuse(
            target,
            category,
            None,
            "no_rule",
            "No policy rule covers this legal basis and emergency category, so nothing is released.",
        )
    crule = rule.category_rule(category)
    if crule is None:
        return _refuse(
            target,
            category,
            rule.id,
            "not_covered",
            f"Rule {rule.id} does not cover {label}, so they are refused.",
        )
    if not crule.allowed:
        text = crule.note or f"Rule {rule.id} does not allow {label} for this emergency."
        return _refuse(target, category, rule.id, "not_allowed", text)
    fields = tuple(f for f in spec.field_names if f in set(crule.fields))
    if not fields:
        return _refuse(target, category, rule.id, "no_fields", f"Rule {rule.id} allows no fields of {label}.")
    reasons: list[Reason] = []
    window: Window | None = None
    if spec.time_field is not None:
        if crule.look_back_hours is None:
            return _refuse(
                target, category, rule.id, "no_look_back", f"Rule {rule.id} sets no time limit for {label}."
            )
        earliest = now - timedelta(hours=crule.look_back_hours)
        start = max(inp.window_start, earliest)
        end = inp.window_end
        span = _fmt_hours(crule.look_back_hours)
        if start >= end:
            return _refuse(
                target,
                category,
                rule.id,
                "window_outside_look_back",
                f"The requested period ends before the earliest time this policy reaches back to for {label} "
                f"({span} before the plan was made).",
            )
        window = Window(start=start, end=end)
        if start > inp.window_start:
            reasons.append(
                Reason(
                    code="window_shortened",
                    text=f"The period was shortened: this policy looks back at most {span} for {label}.",
                )
            )
    withheld = [f for f in spec.field_names if f not in fields]
    if withheld:
        names = ", ".join(_label(spec.field(f), f) for f in withheld)
        reasons.append(Reason(code="fields_limited", text=f"Not released: {names}."))
    free_text, third_party = spec.names_of_kind("free_text"), spec.names_of_kind("third_party_identifier")
    redact = tuple(f for f in fields if f in free_text)
    pseudonymise = tuple(f for f in fields if f in third_party)
    if crule.note:
        reasons.append(Reason(code="rule_note", text=crule.note))
    return CategoryDecision(
        target_index=target,
        category=category,
        outcome="narrow"
        if any(r.code in ("window_shortened", "fields_limited") for r in reasons)
        else "allow",
        rule_id=rule.id,
        fields=fields,
        redact_fields=redact,
        pseudonymise_fields=pseudonymise,
        window=window,
        redact_free_text=True,  # free text is always redacted; a file cannot turn it off (the loader rejects it)
        keep_target_identifiers=crule.keep_target_identifiers,
        approvals=max(1, min(2, crule.approvals)),
        reasons=tuple(reasons),
    )


def evaluate(inp: PlanInput, policy: PolicySet, *, now: datetime) -> DisclosurePlan:
    """Turn a request into a disclosure plan under ``policy``. Pure: the same input always gives the same plan.

    Never wider than the request: only the requested categories and targets, windows inside the requested one.
    Fails closed: no matching rule, an uncovered or disallowed category → refuse.
    """
    _check_input(inp, now)
    matches = policy.rules_for(inp.legal_basis, inp.category)
    if len(matches) > 1:
        raise AmbiguousPolicyError(
            f"rules {', '.join(r.id for r in matches)} all match {inp.legal_basis} / {inp.category}"
        )
    rule = matches[0] if matches else None
    targets = sorted(inp.targets, key=lambda t: t.index)
    max_targets = min(rule.max_targets, MAX_TARGETS_LIMIT) if rule else 0
    categories = [c for c in RECORD_SCHEMA if c in inp.data_categories]
    decisions: list[CategoryDecision] = []
    for position, target in enumerate(targets):
        for category in categories:
            if rule is not None and position >= max_targets:
                decisions.append(
                    _refuse(
                        target.index,
                        category,
                        rule.id,
                        "too_many_targets",
                        f"This policy considers at most {max_targets} target(s) for this emergency, in the order "
                        "the request lists them; submit a separate request for the others.",
                    )
                )
            else:
                decisions.append(_decide(inp, rule, target.index, category, now))
    released = [d.approvals for d in decisions if d.released]
    approvals = max(released) if released else 1
    considered = min(len(targets), max_targets)
    targets_outcome: Outcome
    if rule is None:
        targets_outcome = "refuse"
    else:
        targets_outcome = "allow" if considered == len(targets) else "narrow"
    return DisclosurePlan(
        policy_id=policy.id,
        policy_version=policy.version,
        policy_hash=policy.content_hash,
        legal_basis=inp.legal_basis,
        emergency_category=inp.category,
        rule_id=rule.id if rule else None,
        rule_summary=rule.summary if rule else "",
        planned_at=now,
        requested_window=Window(start=inp.window_start, end=inp.window_end),
        approvals_required=approvals,
        targets=TargetsOutcome(
            requested=len(targets), allowed=considered, max_targets=max_targets, outcome=targets_outcome
        ),
        decisions=tuple(decisions),
    )


# ------------------------------------------------------------------------------------------------------ narrowing
def narrow_plan(
    plan: DisclosurePlan,
    categories: Iterable[str],
    window: Window | None = None,
    fields: Mapping[str, Iterable[str]] | None = None,
    targets: Iterable[int] | None = None,
) -> DisclosurePlan:
    """A reviewer's approval applied to a plan: the same or narrower, never wider.

    ``categories`` (and ``targets``, default: all released) must each have been released by the plan; ``window``
    must lie inside the plan's requested window and is intersected with each category's window; ``fields`` maps a
    category to a subset of its allowed fields. Anything wider raises :class:`WiderThanPlanError`. Approvals
    required never go down.
    """
    keep = set(categories)
    problems: list[str] = []
    released = {d.category for d in plan.decisions if d.released}
    released_targets = {d.target_index for d in plan.decisions if d.released}
    if not keep:
        problems.append("no categories approved")
    for c in sorted(keep - released):
        problems.append(f"{c} is not released by the plan")
    keep_targets = released_targets if targets is None else set(targets)
    for t in sorted(keep_targets - released_targets):
        problems.append(f"target {t + 1} is not released by the plan")
    if targets is not None and not keep_targets:
        problems.append("no targets approved")
    if window is not None:
        try:
            _aware(window.start, "window start")
            _aware(window.end, "window end")
        except PlanInputError as exc:
            problems.append(str(exc))
        else:
            if window.start >= window.end:
                problems.append("the window must start before it ends")
            elif not plan.requested_window.contains(window):
                problems.append("the window extends outside the plan's window")
    field_map = {c: set(fs) for c, fs in (fields or {}).items()}
    for c, fs in sorted(field_map.items()):
        if c not in keep:
            problems.append(f"fields given for {c}, which is not approved")
            continue
        allowed: set[str] = set()
        for d in plan.decisions:
            if d.category == c and d.released:
                allowed |= set(d.fields)
        extra = sorted(fs - allowed)
        if extra:
            problems.append(f"{c}: fields {', '.join(extra)} are not allowed by the plan")
        if not fs:
            problems.append(f"{c}: an empty field list; leave the category out instead")
    if problems:
        raise WiderThanPlanError(problems)

    decisions: list[CategoryDecision] = []
    for d in plan.decisions:
        if not d.released:
            decisions.append(d)
            continue
        if d.category not in keep or d.target_index not in keep_targets:
            decisions.append(
                _refuse(
                    d.target_index, d.category, d.rule_id, "not_approved", "Not approved by the reviewers."
                )
            )
            continue
        new_fields = (
            d.fields
            if d.category not in field_map
            else tuple(f for f in d.fields if f in field_map[d.category])
        )
        new_window = d.window
        if window is not None and d.window is not None:
            start, end = max(d.window.start, window.start), min(d.window.end, window.end)
            if start >= end:
                raise WiderThanPlanError(
                    [f"{d.category}: the approved window does not overlap the plan's window for it"]
                )
            new_window = Window(start=start, end=end)
        if new_fields == d.fields and new_window == d.window:
            decisions.append(d)
            continue
        spec = RECORD_SCHEMA[d.category]
        decisions.append(
            msgspec.structs.replace(
                d,
                outcome="narrow",
                fields=new_fields,
                redact_fields=tuple(f for f in d.redact_fields if f in new_fields),
                pseudonymise_fields=tuple(f for f in d.pseudonymise_fields if f in new_fields),
                window=new_window,
                reasons=(
                    *d.reasons,
                    Reason(
                        code="narrowed_by_review",
                        text=f"The reviewers approved less {spec.label} than the policy allows.",
                    ),
                ),
            )
        )
    return msgspec.structs.replace(plan, decisions=tuple(decisions), narrowed_by_review=True)


def plan_is_within(narrower: DisclosurePlan, wider: DisclosurePlan) -> bool:
    """True when every release in ``narrower`` is also in ``wider`` with no more fields and no longer window."""
    for d in narrower.decisions:
        if not d.released:
            continue
        w = wider.decision(d.target_index, d.category)
        if w is None or not w.released:
            return False
        if not set(d.fields) <= set(w.fields):
            return False
        if (d.window is None) != (w.window is None):
            return False
        if d.window is not None and w.window is not None and not w.window.contains(d.window):
            return False
        if d.keep_target_identifiers and not w.keep_target_identifiers:
            return False
        if not set(w.redact_fields) & set(d.fields) <= set(d.redact_fields):
            return False
        if not set(w.pseudonymise_fields) & set(d.fields) <= set(d.pseudonymise_fields):
            return False
    return narrower.approvals_required >= wider.approvals_required
