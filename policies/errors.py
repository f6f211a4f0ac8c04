"""The one exception family of the ``policies`` package."""

from __future__ import annotations

from collections.abc import Iterable

import msgspec

__all__ = [
    "AmbiguousPolicyError",
    "PlanInputError",
    "PolicyError",
    "PolicyFileError",
    "Problem",
    "WiderThanPlanError",
]


class Problem(msgspec.Struct, frozen=True, kw_only=True):
    """One thing wrong with a policy file: where (file, line when known) and what, in words."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.message}"


class PolicyError(Exception):
    """Base of every error raised by ``policies``."""


class PolicyFileError(PolicyError):
    """A policy file or set is invalid; ``problems`` lists every problem found (file, line, message)."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in policy files"
        super().__init__("\n".join([head, *(str(p) for p in self.problems)]))


class AmbiguousPolicyError(PolicyError):
    """More than one rule matches a request: refused rather than guessing (only possible for a hand-built set)."""


class PlanInputError(PolicyError):
    """The evaluation input is malformed (naive datetimes, empty window, unknown data category …)."""


class WiderThanPlanError(PolicyError):
    """A reviewer's approval asks for more than the plan allows; ``reasons`` lists each excess."""

    def __init__(self, reasons: Iterable[str]) -> None:
        self.reasons: tuple[str, ...] = tuple(reasons)
        super().__init__("approval is wider than the plan: " + "; ".join(self.reasons))
