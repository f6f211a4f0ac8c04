"""Building a release: read only what was approved, project it, redact free text, count what was removed.

Used twice with the same code: by the reviewers' preview (before anyone approves) and by sealing (after the final
approval), so the preview is exactly what would be sealed.

- Records come from the record source for the approved categories, inside each category's approved window, for the
  request's targets, projected to the approved fields (the source never returns anything else).
- Free-text fields are redacted in one release-wide session: the same third party gets the same placeholder in
  every field (``<PERSON_1>``), and two releases are unlinkable (per-release key).
- Third parties' account ids (``counterparty_id``) are replaced by pseudonyms from the same session.
- The target's own identifiers stay in free text only where the plan says ``keep_target_identifiers``.
- A redaction error withholds the field (``null``, listed under ``withheld``): raw text is never released.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.intake.schemas import EmergencyRequest
from gateway.records.source import RecordSource
from policies import RECORD_SCHEMA, DisclosurePlan
from redaction import KeepItem, RedactionResult

_KEEP_FIELDS = ("username", "email", "phone", "display_name")


class RedactionSessionLike(Protocol):
    def redact_many(self, texts: Sequence[str], keep: Any = None) -> list[RedactionResult]: ...

    def placeholder(self, entity_type: str, value: str) -> str: ...


@dataclass
class BuiltRelease:
    """The package body (records and redaction summary) and counts for the ledger (no values)."""

    records: list[dict[str, Any]]
    redaction: dict[str, Any]
    categories: list[str]
    counts: dict[str, int] = field(default_factory=dict)
    manifests: list[dict[str, Any]] = field(default_factory=list)


def free_text_fields(category: str) -> frozenset[str]:
    return frozenset(f.name for f in RECORD_SCHEMA[category].fields if f.kind == "free_text")


async def build_release(
    conn: AsyncConnection,
    source: RecordSource,
    req: EmergencyRequest,
    plan: DisclosurePlan,
    session: RedactionSessionLike,
    redaction_lock: threading.Lock,
) -> BuiltRelease:
    targets: list[dict[str, Any]] = []
    texts: list[str] = []
    keeps: list[list[KeepItem]] = []
    slots: list[tuple[dict[str, Any], str]] = []  # (row, field) awaiting its redacted text
    counts: Counter[str] = Counter()
    for index, target in enumerate(req.targets):
        decisions = [d for d in plan.decisions if d.target_index == index and d.released]
        entry: dict[str, Any] = {
            "target": index + 1,
            "type": target.type,
            "value": target.value,
            "role": target.role,
            "found": False,
            "categories": {},
        }
        targets.append(entry)
        if not decisions:
            continue
        account = await source.resolve_target(conn, target.type, target.value)
        if account is None:
            continue
        entry["found"] = True
        own = await source.fetch(conn, account, "subscriber_info", None, None, list(_KEEP_FIELDS))
        own_values = [str(v) for row in own for v in row.values() if v]
        for decision in decisions:
            window = decision.window
            rows = await source.fetch(
                conn,
                account,
                decision.category,
                window.start if window else None,
                window.end if window else None,
                list(decision.fields),
            )
            free = free_text_fields(decision.category) & set(decision.fields)
            keep = [KeepItem(v) for v in own_values] if decision.keep_target_identifiers else []
            for row in rows:
                for name in decision.pseudonymise_fields:
                    if row.get(name) is not None:
                        row[name] = session.placeholder("USER_ID", str(row[name]))
                for name in sorted(free):
                    value = row.get(name)
                    if isinstance(value, str) and value:
                        texts.append(value)
                        keeps.append(keep)
                        slots.append((row, name))
            entry["categories"][decision.category] = rows
            counts[f"records.{decision.category}"] += len(rows)
    results = await asyncio.to_thread(_redact, session, texts, keeps, redaction_lock) if texts else []
    manifests: list[dict[str, Any]] = []
    entity_counts: Counter[str] = Counter()
    withheld = 0
    for (row, name), result in zip(slots, results, strict=True):
        if result.failed or result.text is None:
            row[name] = None
            withheld_fields: list[dict[str, str]] = row.setdefault("withheld", [])  # type: ignore[assignment]
            withheld_fields.append({"field": name, "reason": "redaction_failed"})
            withheld += 1
            manifests.append({"field": name, "failed": True})
            continue
        row[name] = result.text
        entity_counts.update(result.manifest.counts)
        manifests.append({"field": name, **result.manifest.to_dict()})
    counts.update({f"redacted.{k}": v for k, v in entity_counts.items()})
    counts["fields_withheld"] = withheld
    counts["texts_redacted"] = len(texts)
    return BuiltRelease(
        records=targets,
        redaction={
            "texts": len(texts),
            "withheld": withheld,
            "entities": dict(sorted(entity_counts.items())),
            "placeholders": "consistent within this release; unlinkable across releases",
        },
        categories=list(plan.released_categories()),
        counts=dict(sorted(counts.items())),
        manifests=manifests,
    )


def _redact(
    session: RedactionSessionLike, texts: list[str], keeps: list[list[KeepItem]], lock: threading.Lock
) -> list[RedactionResult]:
    with lock:  # a Redactor is not thread-safe
        return session.redact_many(texts, keep=keeps)
