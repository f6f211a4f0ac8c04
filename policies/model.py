"""The validated policy model: what a loaded policy set is, and its canonical form and hash."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Final, Literal

import msgspec

__all__ = ["CANONICAL_FORMAT", "DEFAULT_POLICY_DIR", "CategoryRule", "PolicySet", "Rule"]

#: Where the shipped default policy set lives.
DEFAULT_POLICY_DIR: Final = Path(__file__).resolve().parent / "default"

#: Bumped whenever the meaning of the canonical form changes, so old and new hashes never collide.
CANONICAL_FORMAT: Final = "disclosure-gateway/policy-set/v1"

Approvals = Literal[1, 2]


class CategoryRule(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """What one rule says about one data category."""

    category: str
    allowed: bool
    look_back_hours: int | None = None  # None for snapshot categories and for refused ones
    fields: tuple[str, ...] = ()
    redact_free_text: bool = True
    keep_target_identifiers: bool = False
    approvals: Approvals = 1
    note: str = ""


class Rule(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One rule: for a legal basis and some emergency categories, what each data category may release."""

    id: str
    legal_basis: str
    emergency_categories: tuple[str, ...]
    approvals: Approvals
    max_targets: int
    summary: str
    categories: tuple[CategoryRule, ...]
    # Where the rule was written (file name and line); not part of the canonical form.
    source: str = ""

    def category_rule(self, category: str) -> CategoryRule | None:
        for c in self.categories:
            if c.category == category:
                return c
        return None


class PolicySet(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A validated, immutable policy set. Build it with :func:`policies.load_policy_set`."""

    id: str
    version: str
    description: str
    rules: tuple[Rule, ...]

    @staticmethod
    def default_path() -> Path:
        """The directory of the shipped default policy set (:data:`DEFAULT_POLICY_DIR`)."""
        return DEFAULT_POLICY_DIR

    def rules_for(self, legal_basis: str, emergency_category: str) -> tuple[Rule, ...]:
        return tuple(
            r
            for r in self.rules
            if r.legal_basis == legal_basis and emergency_category in r.emergency_categories
        )

    def to_canonical_bytes(self) -> bytes:
        """One fixed encoding: sorted keys and lists, no whitespace, no file layout, no comments."""
        rules = sorted(
            (
                {
                    "id": r.id,
                    "legal_basis": r.legal_basis,
                    "emergency_categories": sorted(r.emergency_categories),
                    "approvals": r.approvals,
                    "max_targets": r.max_targets,
                    "summary": r.summary,
                    "categories": {
                        c.category: {
                            "allowed": c.allowed,
                            "look_back_hours": c.look_back_hours,
                            "fields": sorted(c.fields),
                            "redact_free_text": c.redact_free_text,
                            "keep_target_identifiers": c.keep_target_identifiers,
                            "approvals": c.approvals,
                            "note": c.note,
                        }
                        for c in r.categories
                    },
                }
                for r in self.rules
            ),
            key=lambda d: str(d["id"]),
        )
        doc = {
            "format": CANONICAL_FORMAT,
            "id": self.id,
            "version": self.version,
            "description": self.description,
            "rules": rules,
        }
        return msgspec.json.encode(doc, order="sorted")

    @property
    def content_hash(self) -> str:
        """Hex SHA-256 of :meth:`to_canonical_bytes`: names exactly what was applied."""
        return hashlib.sha256(self.to_canonical_bytes()).hexdigest()
