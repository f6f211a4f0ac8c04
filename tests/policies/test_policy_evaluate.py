"""Evaluation, plans, explanation and a reviewer's narrowing, by example."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import msgspec
import pytest

from policies import (
    DEFAULT_POLICY_DIR,
    AmbiguousPolicyError,
    CategoryRule,
    DisclosurePlan,
    PlanInput,
    PlanInputError,
    PolicySet,
    Rule,
    TargetRef,
    WiderThanPlanError,
    Window,
    evaluate,
    explain,
    load_policy_set,
    narrow_plan,
    plan_is_within,
)

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def default() -> PolicySet:
    return load_policy_set(DEFAULT_POLICY_DIR)


def request(
    basis: str = "us_18_2702_b8",
    emergency: str = "kidnapping",
    categories: tuple[str, ...] = ("subscriber_info", "location", "messages"),
    start: datetime = NOW - timedelta(days=2),
    end: datetime = NOW,
    targets: int = 1,
) -> PlanInput:
    return PlanInput(
        legal_basis=basis,
        category=emergency,
        data_categories=frozenset(categories),
        window_start=start,
        window_end=end,
        targets=tuple(TargetRef(index=i, type="user_id", role="missing_person") for i in range(targets)),
    )


def test_a_request_inside_the_policy_is_allowed_as_asked(default: PolicySet) -> None:
    plan = evaluate(request(categories=("location",)), default, now=NOW)
    (d,) = plan.decisions
    assert d.outcome == "allow"
    assert d.window == Window(start=NOW - timedelta(days=2), end=NOW)
    assert d.rule_id == "b8.kidnapping"
    assert plan.approvals_required == 1
    assert plan.outcome_summary() == {"location": "allow"}


def test_a_long_window_is_clamped_to_the_look_back(default: PolicySet) -> None:
    plan = evaluate(request(categories=("location",), start=NOW - timedelta(days=60)), default, now=NOW)
    (d,) = plan.decisions
    assert d.outcome == "narrow"
    assert d.window == Window(start=NOW - timedelta(days=7), end=NOW)
    assert [r.code for r in d.reasons] == ["window_shortened"]


def test_a_window_entirely_before_the_look_back_is_refused(default: PolicySet) -> None:
    inp = request(categories=("location",), start=NOW - timedelta(days=60), end=NOW - timedelta(days=30))
    (d,) = evaluate(inp, default, now=NOW).decisions
    assert d.outcome == "refuse"
    assert d.reasons[0].code == "window_outside_look_back"


def test_end_in_the_near_future_is_kept(default: PolicySet) -> None:
    """Records stored while the request is reviewed are still within the approved period."""
    (d,) = evaluate(
        request(categories=("location",), end=NOW + timedelta(hours=6)), default, now=NOW
    ).decisions
    assert d.window is not None and d.window.end == NOW + timedelta(hours=6)


def test_content_needs_two_approvals(default: PolicySet) -> None:
    plan = evaluate(request(), default, now=NOW)
    assert plan.approvals_required == 2
    assert plan.outcome_summary() == {"subscriber_info": "narrow", "location": "allow", "messages": "allow"}


def test_c4_refuses_content_with_its_reason(default: PolicySet) -> None:
    plan = evaluate(request(basis="us_18_2702_c4"), default, now=NOW)
    messages = plan.decision(0, "messages")
    assert messages is not None and messages.outcome == "refuse"
    assert messages.reasons[0].code == "content_not_permitted"
    assert plan.approvals_required == 1


def test_no_matching_rule_refuses_everything(default: PolicySet) -> None:
    plan = evaluate(request(emergency="shoplifting"), default, now=NOW)
    assert plan.rule_id is None
    assert all(d.outcome == "refuse" and d.reasons[0].code == "no_rule" for d in plan.decisions)
    assert plan.targets.outcome == "refuse"
    assert "nothing will be released" in explain(plan)


def test_too_many_targets_refuses_those_past_the_limit(default: PolicySet) -> None:
    plan = evaluate(request(emergency="suicide_self_harm", targets=4), default, now=NOW)
    assert (plan.targets.requested, plan.targets.allowed, plan.targets.outcome) == (4, 2, "narrow")
    for d in plan.decisions:
        assert d.released == (d.target_index < 2)


def test_uncovered_category_is_refused() -> None:
    policy = PolicySet(
        id="p",
        version="1",
        description="",
        rules=(
            Rule(
                id="r",
                legal_basis="us_18_2702_b8",
                emergency_categories=("kidnapping",),
                approvals=1,
                max_targets=1,
                summary="s",
                categories=(
                    CategoryRule(category="location", allowed=True, look_back_hours=1, fields=("timestamp",)),
                ),
            ),
        ),
    )
    plan = evaluate(request(categories=("location", "posts")), policy, now=NOW)
    posts = plan.decision(0, "posts")
    assert posts is not None and posts.reasons[0].code == "not_covered"


def test_overlapping_hand_built_rules_are_refused() -> None:
    rule = Rule(
        id="r",
        legal_basis="us_18_2702_b8",
        emergency_categories=("kidnapping",),
        approvals=1,
        max_targets=1,
        summary="s",
        categories=(),
    )
    policy = PolicySet(
        id="p", version="1", description="", rules=(rule, msgspec.structs.replace(rule, id="r2"))
    )
    with pytest.raises(AmbiguousPolicyError):
        evaluate(request(), policy, now=NOW)


@pytest.mark.parametrize(
    "bad",
    [
        request(start=datetime(2026, 11, 1), end=NOW),  # noqa: DTZ001 - a naive datetime is the point
        request(start=NOW, end=NOW),
        request(categories=()),
        request(categories=("emails",)),
        request(targets=0),
    ],
)
def test_malformed_input_is_an_error(default: PolicySet, bad: PlanInput) -> None:
    with pytest.raises(PlanInputError):
        evaluate(bad, default, now=NOW)


def test_naive_now_is_an_error(default: PolicySet) -> None:
    with pytest.raises(PlanInputError):
        evaluate(request(), default, now=datetime(2026, 11, 25))  # noqa: DTZ001


def test_offsets_do_not_matter(default: PolicySet) -> None:
    east = timezone(timedelta(hours=5))
    a = evaluate(request(categories=("location",)), default, now=NOW)
    b = evaluate(request(categories=("location",)), default, now=NOW.astimezone(east))
    assert a.decisions[0].window is not None and b.decisions[0].window is not None
    assert a.decisions[0].window.start == b.decisions[0].window.start


def test_plan_is_json_and_round_trips(default: PolicySet) -> None:
    plan = evaluate(request(targets=2), default, now=NOW)
    data = msgspec.json.encode(plan)
    assert msgspec.json.decode(data, type=DisclosurePlan) == plan
    assert b'"policy_hash":"' + default.content_hash.encode() + b'"' in data


def test_explain_reads_rule_by_rule(default: PolicySet) -> None:
    text = explain(evaluate(request(start=NOW - timedelta(days=30)), default, now=NOW))
    assert "Rule b8.kidnapping:" in text
    assert "Location history: ALLOWED IN PART" in text
    assert "this policy looks back at most 7 days for location history" in text
    assert "Replaced by consistent pseudonyms: the other party's account" in text
    assert "Approvals required before release: 2 (two different reviewers)." in text


# ------------------------------------------------------------------------------------------------ narrow_plan
def test_reviewer_can_approve_less(default: PolicySet) -> None:
    plan = evaluate(request(targets=2), default, now=NOW)
    window = Window(start=NOW - timedelta(days=1), end=NOW)
    narrowed = narrow_plan(
        plan, ["location", "messages"], window=window, fields={"messages": ["timestamp", "body"]}, targets=[0]
    )
    assert narrowed.narrowed_by_review
    assert plan_is_within(narrowed, plan)
    assert narrowed.approvals_required == plan.approvals_required
    messages = narrowed.decision(0, "messages")
    assert messages is not None
    assert messages.fields == ("timestamp", "body")
    assert messages.redact_fields == ("body",)
    assert messages.pseudonymise_fields == ()
    assert messages.window == window
    assert narrowed.decision(0, "subscriber_info").outcome == "refuse"  # type: ignore[union-attr]
    assert not any(d.released for d in narrowed.decisions if d.target_index == 1)
    assert "approved less than the policy allows" in explain(narrowed)


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"categories": ["posts"]}, "posts is not released by the plan"),
        ({"categories": ["location"], "targets": [5]}, "target 6 is not released"),
        ({"categories": ["location"], "fields": {"location": ["altitude"]}}, "altitude are not allowed"),
        ({"categories": ["location"], "fields": {"messages": ["body"]}}, "not approved"),
        (
            {"categories": ["location"], "window": Window(start=NOW - timedelta(days=9), end=NOW)},
            "outside the plan's window",
        ),
        ({"categories": []}, "no categories approved"),
    ],
)
def test_reviewer_cannot_approve_more(default: PolicySet, kwargs: dict[str, object], words: str) -> None:
    plan = evaluate(request(), default, now=NOW)
    with pytest.raises(WiderThanPlanError) as raised:
        narrow_plan(plan, **kwargs)  # type: ignore[arg-type]
    assert any(words in r for r in raised.value.reasons)


def test_c4_content_cannot_be_approved(default: PolicySet) -> None:
    plan = evaluate(request(basis="us_18_2702_c4"), default, now=NOW)
    with pytest.raises(WiderThanPlanError):
        narrow_plan(plan, ["messages"])
