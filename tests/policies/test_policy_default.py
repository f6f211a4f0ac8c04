"""The shipped default policy set: it loads, covers everything, and each rule says what the README says."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from policies import (
    CONTENT_CATEGORIES,
    DATA_CATEGORIES,
    DEFAULT_POLICY_DIR,
    EMERGENCY_CATEGORIES,
    LEGAL_BASES,
    PlanInput,
    PolicySet,
    TargetRef,
    check_paths,
    evaluate,
    explain,
    load_policy_set,
)

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
FAR_PAST = NOW - timedelta(days=400)

# emergency -> (max_targets, rule approvals, {category: look-back hours or None for refused/snapshot}).
# Same windows under both bases; under c4 messages and posts are refused.
DAY = 24
EXPECTED: dict[str, tuple[int, int, dict[str, int | None]]] = {
    "imminent_harm_to_life": (
        3,
        1,
        {"ip_logs": 7 * DAY, "location": 72, "messages": 72, "posts": 7 * DAY, "device_info": 30 * DAY},
    ),
    "child_exploitation": (
        5,
        1,
        {
            "ip_logs": 30 * DAY,
            "location": 7 * DAY,
            "messages": 30 * DAY,
            "posts": 30 * DAY,
            "device_info": 90 * DAY,
        },
    ),
    "suicide_self_harm": (
        2,
        1,
        {"ip_logs": 72, "location": 48, "messages": 24, "posts": 72, "device_info": 30 * DAY},
    ),
    "kidnapping": (
        5,
        1,
        {
            "ip_logs": 14 * DAY,
            "location": 7 * DAY,
            "messages": 14 * DAY,
            "posts": 7 * DAY,
            "device_info": 30 * DAY,
        },
    ),
    "terrorism": (
        5,
        1,
        {
            "ip_logs": 30 * DAY,
            "location": 14 * DAY,
            "messages": 14 * DAY,
            "posts": 30 * DAY,
            "device_info": 90 * DAY,
        },
    ),
    "other": (
        1,
        2,
        {"ip_logs": 72, "location": 24, "messages": None, "posts": None, "device_info": 30 * DAY},
    ),
}

CASES = [(basis, emergency) for basis in LEGAL_BASES for emergency in EMERGENCY_CATEGORIES]


@pytest.fixture(scope="module")
def default() -> PolicySet:
    return load_policy_set(DEFAULT_POLICY_DIR)


def _ask_everything(basis: str, emergency: str, targets: int = 1) -> PlanInput:
    return PlanInput(
        legal_basis=basis,
        category=emergency,
        data_categories=frozenset(DATA_CATEGORIES),
        window_start=FAR_PAST,
        window_end=NOW,
        targets=tuple(TargetRef(index=i, type="username", role="victim") for i in range(targets)),
    )


def test_default_set_is_valid_and_identified(default: PolicySet) -> None:
    assert check_paths([DEFAULT_POLICY_DIR]) == []
    assert default.id == "default"
    assert default.version
    assert len(default.content_hash) == 64
    assert len(default.rules) == len(CASES)


@pytest.mark.parametrize(("basis", "emergency"), CASES)
def test_default_rule(default: PolicySet, basis: str, emergency: str) -> None:
    """One table row per default rule: windows, approvals, target limit, content under c4."""
    max_targets, rule_approvals, windows = EXPECTED[emergency]
    plan = evaluate(_ask_everything(basis, emergency, targets=max_targets + 1), default, now=NOW)

    assert plan.rule_id is not None
    assert plan.targets.max_targets == max_targets
    assert plan.targets.allowed == max_targets
    assert plan.targets.outcome == "narrow"
    for d in plan.decisions:
        if d.target_index == max_targets:
            assert (d.outcome, d.reasons[0].code) == ("refuse", "too_many_targets")
    first = {d.category: d for d in plan.decisions if d.target_index == 0}

    sub = first["subscriber_info"]
    assert sub.released and sub.window is None
    assert "bio" not in sub.fields  # free-text bio is never needed to find someone
    assert ("date_of_birth" in sub.fields) == (emergency == "child_exploitation")

    for category, hours in windows.items():
        d = first[category]
        refused = hours is None or (basis == "us_18_2702_c4" and category in CONTENT_CATEGORIES)
        if refused:
            assert d.outcome == "refuse", category
            continue
        assert d.outcome == "narrow", category  # the 400-day request is cut to the look-back
        assert hours is not None and d.window is not None
        assert d.window.start == NOW - timedelta(hours=hours), category
        assert d.window.end == NOW
        if category in CONTENT_CATEGORIES:
            assert d.approvals == 2
            assert d.redact_fields == ("body",)
            assert d.redact_free_text
        else:
            assert d.approvals == rule_approvals

    content_released = any(first[c].released for c in CONTENT_CATEGORIES)
    assert plan.approvals_required == (2 if content_released or rule_approvals == 2 else 1)
    if basis == "us_18_2702_c4":
        assert not content_released


@pytest.mark.parametrize(("basis", "emergency"), CASES)
def test_default_explain_names_the_rule(default: PolicySet, basis: str, emergency: str) -> None:
    plan = evaluate(_ask_everything(basis, emergency), default, now=NOW)
    text = explain(plan)
    assert f"Rule {plan.rule_id}:" in text
    assert default.content_hash in text
    assert ("Private messages: REFUSED" in text) == (basis == "us_18_2702_c4" or emergency == "other")


def test_messages_counterparty_is_pseudonymised(default: PolicySet) -> None:
    plan = evaluate(_ask_everything("us_18_2702_b8", "kidnapping"), default, now=NOW)
    messages = plan.decision(0, "messages")
    assert messages is not None
    assert "counterparty_id" in messages.fields
    assert messages.pseudonymise_fields == ("counterparty_id",)
