"""A disclosure plan in plain words, for the officer who asked and the lawyer who checks."""

from __future__ import annotations

from datetime import UTC, datetime

from policies.evaluate import CategoryDecision, DisclosurePlan
from policies.schema import EMERGENCY_CATEGORIES, LEGAL_BASES, RECORD_SCHEMA

__all__ = ["explain"]

_OUTCOME_WORDS = {"allow": "ALLOWED", "narrow": "ALLOWED IN PART", "refuse": "REFUSED"}


def _when(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _targets(indexes: list[int]) -> str:
    numbers = [str(i + 1) for i in indexes]
    if len(numbers) == 1:
        return f"target {numbers[0]}"
    return "targets " + ", ".join(numbers[:-1]) + " and " + numbers[-1]


def _signature(d: CategoryDecision) -> tuple[object, ...]:
    return (d.outcome, d.rule_id, d.fields, d.window, d.keep_target_identifiers, d.approvals, d.reasons)


def _describe(d: CategoryDecision) -> list[str]:
    spec = RECORD_SCHEMA[d.category]
    lines: list[str] = []
    if d.released:
        labels = [f.label for f in spec.fields if f.name in d.fields]
        lines.append("Released: " + ", ".join(labels) + ".")
        if d.window is not None:
            lines.append(f"Period: {_when(d.window.start)} to {_when(d.window.end)}.")
        elif spec.time_field is None:
            lines.append("The current record, as it stands at release.")
        if d.redact_fields:
            names = ", ".join(f.label for f in spec.fields if f.name in d.redact_fields)
            who = "other people's" if d.keep_target_identifiers else "other people's and the target's own"
            lines.append(
                f"Redacted: {names} — {who} names, contact details and other identifiers are replaced."
            )
        if d.pseudonymise_fields:
            names = ", ".join(f.label for f in spec.fields if f.name in d.pseudonymise_fields)
            lines.append(f"Replaced by consistent pseudonyms: {names} (third parties are never identified).")
        lines.append(
            "Needs two different reviewers to approve."
            if d.approvals == 2
            else "Needs one reviewer to approve."
        )
    lines.extend(r.text for r in d.reasons)
    if d.rule_id:
        lines.append(f"Decided by rule {d.rule_id}.")
    return lines


def explain(plan: DisclosurePlan) -> str:
    """The plan as plain text, category by category, naming the rule behind each decision."""
    out: list[str] = []
    basis = LEGAL_BASES.get(plan.legal_basis, f"unknown legal basis {plan.legal_basis!r}")
    emergency = EMERGENCY_CATEGORIES.get(
        plan.emergency_category, f"unknown category {plan.emergency_category!r}"
    )
    out.append(f"Disclosure plan under policy {plan.policy_id} version {plan.policy_version}")
    out.append(f"  (policy hash {plan.policy_hash}; planned {_when(plan.planned_at)})")
    out.append(f"Legal basis: {basis}.")
    out.append(f"Emergency: {emergency}.")
    out.append(
        f"Requested period: {_when(plan.requested_window.start)} to {_when(plan.requested_window.end)}."
    )
    if plan.rule_id is None:
        out.append("No rule of this policy covers this legal basis and emergency: nothing will be released.")
    else:
        out.append(f"Rule {plan.rule_id}: {plan.rule_summary}")
    t = plan.targets
    if t.outcome == "narrow":
        out.append(
            f"Targets: {t.requested} named; this rule considers at most {t.max_targets}, so the first "
            f"{t.allowed} in the order given are considered and the rest are refused."
        )
    elif t.outcome == "allow":
        out.append(f"Targets: {t.requested} named; all are considered.")
    if plan.narrowed_by_review:
        out.append("The reviewers approved less than the policy allows; the narrower approval is shown.")
    released = any(d.released for d in plan.decisions)
    if released:
        n = plan.approvals_required
        out.append(
            f"Approvals required before release: {n} ({'two different reviewers' if n == 2 else 'one reviewer'})."
        )
    else:
        out.append("Nothing in this request can be released under the policy.")
    for category, spec in RECORD_SCHEMA.items():
        decisions = [d for d in plan.decisions if d.category == category]
        if not decisions:
            continue
        out.append("")
        out.append(f"{_capital(spec.label)}: {_OUTCOME_WORDS[plan.category_outcome(category)]}")
        groups: dict[tuple[object, ...], list[CategoryDecision]] = {}
        for d in decisions:
            groups.setdefault(_signature(d), []).append(d)
        for group in groups.values():
            indent = "  "
            if len(groups) > 1:
                out.append(
                    f"  For {_targets([d.target_index for d in group])}: {_OUTCOME_WORDS[group[0].outcome]}"
                )
                indent = "    "
            for line in _describe(group[0]):
                out.append(indent + "- " + line)
    return "\n".join(out) + "\n"
