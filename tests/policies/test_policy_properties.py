"""Properties over generated requests and policy sets: never wider, content never under c4, narrowing never widens.

The generated policy sets are built directly, bypassing the loader, and include what the loader would reject
(c4 rules that "allow" content, free text without redaction): the invariants must hold in code whatever a file says.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import msgspec
import pytest
from hypothesis import assume, event, given, settings
from hypothesis import strategies as st

from policies import (
    CONTENT_CATEGORIES,
    DATA_CATEGORIES,
    EMERGENCY_CATEGORIES,
    LEGAL_BASES,
    RECORD_SCHEMA,
    CategoryRule,
    DisclosurePlan,
    PlanInput,
    PolicySet,
    Rule,
    TargetRef,
    WiderThanPlanError,
    Window,
    evaluate,
    explain,
    narrow_plan,
    plan_is_within,
)

EPOCH = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
BASES = [*LEGAL_BASES, "us_unknown"]
EMERGENCIES = [*EMERGENCY_CATEGORIES, "unknown"]


@st.composite
def category_rules(draw: st.DrawFn, category: str, generous: bool = False) -> CategoryRule:
    spec = RECORD_SCHEMA[category]
    allowed = True if generous else draw(st.booleans())
    fields = draw(st.lists(st.sampled_from(spec.field_names), unique=True, min_size=1 if generous else 0))
    hours = st.integers(24 * 300, 24 * 365) if generous else st.none() | st.integers(1, 24 * 365)
    look_back = None if spec.time_field is None else draw(hours)
    return CategoryRule(
        category=category,
        allowed=allowed,
        look_back_hours=look_back,
        fields=tuple(fields),
        redact_free_text=draw(st.booleans()),
        keep_target_identifiers=draw(st.booleans()),
        approvals=draw(st.sampled_from([1, 2])),
    )


@st.composite
def policy_sets(draw: st.DrawFn, generous: bool = False) -> PolicySet:
    """Random policy sets; ``generous`` ones cover every emergency and allow most things, so plans release."""
    rules: list[Rule] = []
    for basis in LEGAL_BASES:
        emergencies = draw(st.permutations(list(EMERGENCY_CATEGORIES)))
        cuts = sorted(draw(st.lists(st.integers(0, len(emergencies)), max_size=4)))
        groups = [emergencies[a:b] for a, b in zip([0, *cuts], [*cuts, len(emergencies)], strict=True)]
        for n, group in enumerate(g for g in groups if g):
            if not generous and draw(st.booleans()) and draw(st.booleans()):
                continue  # leave these emergencies uncovered
            cats = draw(
                st.lists(st.sampled_from(DATA_CATEGORIES), unique=True, min_size=1 if generous else 0)
            )
            rules.append(
                Rule(
                    id=f"{basis}.{n}",
                    legal_basis=basis,
                    emergency_categories=tuple(group),
                    approvals=draw(st.sampled_from([1, 2])),
                    max_targets=draw(st.integers(1, 25)),
                    summary="generated",
                    categories=tuple(draw(category_rules(c, generous)) for c in cats),
                )
            )
    return PolicySet(id="gen", version="1", description="", rules=tuple(rules))


@st.composite
def plan_inputs(draw: st.DrawFn, basis: str | None = None, known: bool = False) -> PlanInput:
    start = EPOCH + timedelta(minutes=draw(st.integers(-60 * 24 * 400, 60 * 24 * 2)))
    end = start + timedelta(minutes=draw(st.integers(1, 60 * 24 * 400)))
    n = draw(st.integers(1, 25))
    indexes = draw(st.permutations(range(n)))
    return PlanInput(
        legal_basis=basis or draw(st.sampled_from(list(LEGAL_BASES) if known else BASES)),
        category=draw(st.sampled_from(list(EMERGENCY_CATEGORIES) if known else EMERGENCIES)),
        data_categories=frozenset(draw(st.lists(st.sampled_from(DATA_CATEGORIES), min_size=1, unique=True))),
        window_start=start,
        window_end=end,
        targets=tuple(TargetRef(index=i, type="username", role="suspect") for i in indexes),
    )


nows = st.integers(-60 * 24 * 30, 60 * 24 * 30).map(lambda m: EPOCH + timedelta(minutes=m))


def assert_never_wider(inp: PlanInput, policy: PolicySet, plan: DisclosurePlan) -> None:
    requested = Window(start=inp.window_start, end=inp.window_end)
    pairs = {(t.index, c) for t in inp.targets for c in inp.data_categories}
    assert {(d.target_index, d.category) for d in plan.decisions} == pairs
    assert len(plan.decisions) == len(pairs)
    released_targets = {d.target_index for d in plan.decisions if d.released}
    assert len(released_targets) <= plan.targets.allowed <= len(inp.targets)
    for d in plan.decisions:
        if not d.released:
            assert d.fields == () and d.window is None and d.reasons
            continue
        spec = RECORD_SCHEMA[d.category]
        rule = next(r for r in policy.rules if r.id == d.rule_id)
        crule = rule.category_rule(d.category)
        assert crule is not None and crule.allowed
        assert d.fields and set(d.fields) <= set(crule.fields) <= set(spec.field_names)
        assert set(d.redact_fields) == set(d.fields) & spec.names_of_kind("free_text")
        assert set(d.pseudonymise_fields) == set(d.fields) & spec.names_of_kind("third_party_identifier")
        assert d.redact_free_text
        if spec.time_field is None:
            assert d.window is None
        else:
            assert d.window is not None and requested.contains(d.window) and d.window.start < d.window.end
            assert crule.look_back_hours is not None
            assert d.window.start >= plan.planned_at - timedelta(hours=crule.look_back_hours)
        assert plan.approvals_required >= d.approvals
    assert plan.approvals_required in (1, 2)


@settings(max_examples=200, deadline=None)
@given(policy_sets(), plan_inputs(), nows)
def test_plan_is_never_wider_than_request_or_policy(policy: PolicySet, inp: PlanInput, now: datetime) -> None:
    plan = evaluate(inp, policy, now=now)
    assert_never_wider(inp, policy, plan)
    assert evaluate(inp, policy, now=now) == plan  # deterministic
    assert msgspec.json.decode(msgspec.json.encode(plan), type=DisclosurePlan) == plan
    explain(plan)


@settings(max_examples=150, deadline=None)
@given(policy_sets(), plan_inputs(basis="us_18_2702_c4"), nows)
def test_c4_never_releases_content(policy: PolicySet, inp: PlanInput, now: datetime) -> None:
    # Force every c4 rule to "allow" content, as a bad file would, and ask for content.
    forced = tuple(
        msgspec.structs.replace(
            r,
            categories=(
                *(c for c in r.categories if c.category not in CONTENT_CATEGORIES),
                CategoryRule(category="messages", allowed=True, look_back_hours=9999, fields=("body",)),
                CategoryRule(category="posts", allowed=True, look_back_hours=9999, fields=("body",)),
            ),
        )
        for r in policy.rules
    )
    policy = msgspec.structs.replace(policy, rules=forced)
    inp = msgspec.structs.replace(inp, data_categories=inp.data_categories | {"messages"})
    plan = evaluate(inp, policy, now=now)
    for d in plan.decisions:
        if d.category in CONTENT_CATEGORIES:
            assert d.outcome == "refuse"
            assert d.fields == ()


@settings(max_examples=100, deadline=None)
@given(policy_sets(), plan_inputs(), nows, st.data())
def test_narrower_request_gives_narrower_plan(
    policy: PolicySet, inp: PlanInput, now: datetime, data: st.DataObject
) -> None:
    wide = evaluate(inp, policy, now=now)
    cats = data.draw(st.lists(st.sampled_from(sorted(inp.data_categories)), min_size=1, unique=True))
    span = int((inp.window_end - inp.window_start).total_seconds())
    a = data.draw(st.integers(0, span - 1))
    b = data.draw(st.integers(a + 1, span))
    narrower = msgspec.structs.replace(
        inp,
        data_categories=frozenset(cats),
        window_start=inp.window_start + timedelta(seconds=a),
        window_end=inp.window_start + timedelta(seconds=b),
    )
    plan = evaluate(narrower, policy, now=now)
    for d in plan.decisions:
        if d.released:
            w = wide.decision(d.target_index, d.category)
            assert w is not None and w.released
            assert set(d.fields) <= set(w.fields)
            if d.window is not None:
                assert w.window is not None and w.window.contains(d.window)


@st.composite
def within(draw: st.DrawFn, plan: DisclosurePlan) -> dict[str, object]:
    """An approval no wider than the plan: released categories and targets, a window inside, fewer fields."""
    released = sorted({d.category for d in plan.decisions if d.released})
    cats = draw(st.lists(st.sampled_from(released), min_size=1, unique=True))
    kwargs: dict[str, object] = {"categories": cats}
    if draw(st.booleans()):
        targets = sorted({d.target_index for d in plan.decisions if d.released})
        kwargs["targets"] = draw(st.lists(st.sampled_from(targets), min_size=1, unique=True))
    if draw(st.booleans()):
        req = plan.requested_window
        span = int((req.end - req.start).total_seconds())
        a = draw(st.integers(0, span - 1))
        b = draw(st.integers(a + 1, span))
        kwargs["window"] = Window(
            start=req.start + timedelta(seconds=a), end=req.start + timedelta(seconds=b)
        )
    if draw(st.booleans()):
        fields: dict[str, list[str]] = {}
        for c in draw(st.lists(st.sampled_from(cats), unique=True)):
            allowed = sorted({f for d in plan.decisions if d.category == c and d.released for f in d.fields})
            fields[c] = draw(st.lists(st.sampled_from(allowed), min_size=1, unique=True))
        kwargs["fields"] = fields
    return kwargs


def widen(draw: st.DrawFn, plan: DisclosurePlan, kwargs: dict[str, object]) -> dict[str, object]:
    """The same approval with one thing the plan does not allow added."""
    cats = list(kwargs["categories"])  # type: ignore[call-overload]
    refused = sorted(set(DATA_CATEGORIES) - {d.category for d in plan.decisions if d.released})
    extra_fields = {
        c: sorted(
            set(RECORD_SCHEMA[c].field_names)
            - {f for d in plan.decisions if d.category == c and d.released for f in d.fields}
        )
        for c in cats
    }
    options = ["target", "window_before", "window_after"]
    if refused:
        options.append("category")
    if any(extra_fields.values()):
        options.append("field")
    choice = draw(st.sampled_from(options))
    wider = dict(kwargs)
    req = plan.requested_window
    if choice == "category":
        wider["categories"] = [*cats, draw(st.sampled_from(refused))]
    elif choice == "target":
        released = {d.target_index for d in plan.decisions if d.released}
        wider["targets"] = [*(kwargs.get("targets") or sorted(released)), 100]  # type: ignore[misc]
    elif choice == "window_before":
        wider["window"] = Window(
            start=req.start - timedelta(seconds=draw(st.integers(1, 10**6))), end=req.end
        )
    elif choice == "window_after":
        wider["window"] = Window(
            start=req.start, end=req.end + timedelta(seconds=draw(st.integers(1, 10**6)))
        )
    else:
        c = draw(st.sampled_from([c for c in cats if extra_fields[c]]))
        fields = dict(kwargs.get("fields") or {})  # type: ignore[call-overload]
        fields[c] = [*fields.get(c, []), draw(st.sampled_from(extra_fields[c]))]
        wider["fields"] = fields
    return wider


@settings(max_examples=200, deadline=None)
@given(policy_sets(generous=True), plan_inputs(known=True), nows, st.data())
def test_narrowing_never_widens(
    policy: PolicySet, inp: PlanInput, now: datetime, data: st.DataObject
) -> None:
    plan = evaluate(inp, policy, now=now)
    assume(any(d.released for d in plan.decisions))
    kwargs = data.draw(within(plan))
    # Anything wider than the plan is refused, whatever else the approval says.
    with pytest.raises(WiderThanPlanError):
        narrow_plan(plan, **widen(data.draw, plan, kwargs))  # type: ignore[arg-type]
    try:
        narrowed = narrow_plan(plan, **kwargs)  # type: ignore[arg-type]
    except WiderThanPlanError as exc:
        # The only refusal of an approval inside the plan: its window misses some approved category entirely.
        assert all("does not overlap" in r for r in exc.reasons), exc.reasons
        event("approved window misses a category")
        return
    event("narrowed")
    assert plan_is_within(narrowed, plan)
    assert narrowed.approvals_required == plan.approvals_required
    assert narrowed.narrowed_by_review
    assert {d.category for d in narrowed.decisions if d.released} == set(kwargs["categories"])  # type: ignore[call-overload]
    # Narrowing again with the same approval changes nothing further.
    again = narrow_plan(narrowed, **kwargs)  # type: ignore[arg-type]
    assert plan_is_within(again, narrowed) and plan_is_within(narrowed, again)


@settings(max_examples=50, deadline=None)
@given(policy_sets(), st.randoms())
def test_canonical_form_ignores_order(policy: PolicySet, rnd: random.Random) -> None:
    shuffled = msgspec.structs.replace(
        policy,
        rules=tuple(
            msgspec.structs.replace(
                r,
                emergency_categories=tuple(rnd.sample(r.emergency_categories, len(r.emergency_categories))),
                categories=tuple(
                    msgspec.structs.replace(c, fields=tuple(rnd.sample(c.fields, len(c.fields))))
                    for c in rnd.sample(r.categories, len(r.categories))
                ),
            )
            for r in rnd.sample(policy.rules, len(policy.rules))
        ),
    )
    assert shuffled.to_canonical_bytes() == policy.to_canonical_bytes()
    assert shuffled.content_hash == policy.content_hash
