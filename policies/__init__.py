"""Data-minimisation policies for emergency data requests: declarative, versioned, explainable.

Load a policy set with :func:`load_policy_set` (invalid sets never load), turn a request into a
:class:`DisclosurePlan` with :func:`evaluate`, read it with :func:`explain`, and apply a reviewer's narrower
approval with :func:`narrow_plan`. This package never imports ``gateway``, ``ledger`` or ``redaction``.
"""

from policies.errors import (
    AmbiguousPolicyError,
    PlanInputError,
    PolicyError,
    PolicyFileError,
    Problem,
    WiderThanPlanError,
)
from policies.evaluate import (
    CategoryDecision,
    DisclosurePlan,
    Outcome,
    PlanInput,
    Reason,
    TargetRef,
    TargetsOutcome,
    Window,
    evaluate,
    narrow_plan,
    plan_is_within,
)
from policies.explain import explain
from policies.loader import check_paths, load_policy_set
from policies.model import DEFAULT_POLICY_DIR, CategoryRule, PolicySet, Rule
from policies.schema import (
    CONTENT_CATEGORIES,
    DATA_CATEGORIES,
    EMERGENCY_CATEGORIES,
    LEGAL_BASES,
    RECORD_SCHEMA,
    CategorySpec,
    FieldKind,
    FieldSpec,
)

__all__ = [
    "CONTENT_CATEGORIES",
    "DATA_CATEGORIES",
    "DEFAULT_POLICY_DIR",
    "EMERGENCY_CATEGORIES",
    "LEGAL_BASES",
    "RECORD_SCHEMA",
    "AmbiguousPolicyError",
    "CategoryDecision",
    "CategoryRule",
    "CategorySpec",
    "DisclosurePlan",
    "FieldKind",
    "FieldSpec",
    "Outcome",
    "PlanInput",
    "PlanInputError",
    "PolicyError",
    "PolicyFileError",
    "PolicySet",
    "Problem",
    "Reason",
    "Rule",
    "TargetRef",
    "TargetsOutcome",
    "WiderThanPlanError",
    "Window",
    "check_paths",
    "evaluate",
    "explain",
    "load_policy_set",
    "narrow_plan",
    "plan_is_within",
]
