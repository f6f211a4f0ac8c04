"""Redactor, release sessions, keep lists, pseudonyms and manifests."""

from __future__ import annotations

import hashlib
import hmac
import multiprocessing
import os
import secrets
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Self

from redaction.analysis import (
    Analyzer,
    Detection,
    EngineConfig,
    init_worker,
    name_words,
    propagate_names,
    worker_analyze,
)
from redaction.errors import ConfigurationError, RedactionError
from redaction.people import Spans
from redaction.recognizers import DEFAULT_USER_ID_PATTERNS, ENTITY_LABELS, PRIORITY
from redaction.validators import normalize

PlaceholderStyle = Literal["counter", "digest"]


@dataclass(frozen=True, slots=True)
class KeepItem:
    """An identifier of the request's target that may stay in this text.

    ``value`` is compared with each detection in canonical form (case, phone and card formatting, ``@`` of
    handles, scheme of URLs do not matter). With ``entity_type`` set, only detections of that type match.
    """

    value: str
    entity_type: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A redacted span: ``start``/``end`` index the ORIGINAL text."""

    type: str
    start: int
    end: int
    score: float


@dataclass(frozen=True, slots=True)
class ManifestSpan:
    """A placeholder in the redacted text: ``start``/``end`` index the REDACTED text."""

    type: str
    start: int
    end: int
    placeholder: str


@dataclass(frozen=True, slots=True)
class Manifest:
    """What was removed from one field, without any original value."""

    counts: Mapping[str, int]
    spans: tuple[ManifestSpan, ...]
    kept: int = 0
    failed: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "failed": self.failed,
            "counts": dict(sorted(self.counts.items())),
            "kept": self.kept,
            "spans": [
                {"type": s.type, "start": s.start, "end": s.end, "placeholder": s.placeholder}
                for s in self.spans
            ],
        }


@dataclass(frozen=True, slots=True)
class RedactionResult:
    """The outcome for one text. When ``failed`` the text is withheld: ``text`` is ``None``."""

    text: str | None
    entities: tuple[Entity, ...] = ()
    manifest: Manifest = field(default_factory=lambda: Manifest({}, ()))
    failed: bool = False
    error: str | None = None  # the exception class name only: messages may quote the text

    @staticmethod
    def withheld(error: str) -> RedactionResult:
        return RedactionResult(text=None, manifest=Manifest({}, (), failed=True), failed=True, error=error)


KeepLike = KeepItem | str


def _keep_items(keep: Iterable[KeepLike] | None) -> tuple[KeepItem, ...]:
    if keep is None:
        return ()
    items: list[KeepItem] = []
    for k in keep:
        if isinstance(k, KeepItem):
            items.append(k)
        elif isinstance(k, str):
            items.append(KeepItem(k))
        else:
            raise ConfigurationError("keep items must be KeepItem or str")
    return tuple(i for i in items if i.value.strip())


def _is_kept(d: Detection, text: str, keep: Sequence[KeepItem]) -> bool:
    if not keep:
        return False
    value = normalize(d.type, text[d.start : d.end])
    return any(
        (k.entity_type is None or k.entity_type == d.type) and normalize(d.type, k.value) == value
        for k in keep
    )


def _outranking_people(found: Sequence[Detection]) -> Spans:
    """The detections that outrank a person: a "name" inside one is part of an address, an email …"""
    return Spans((o.start, o.end) for o in found if PRIORITY.get(o.type, 0) > PRIORITY["PERSON"])


def _merge(found: Sequence[Detection]) -> list[Detection]:
    """Overlapping detections become one span covering all of them, typed by the highest-priority member."""
    ordered = sorted(found, key=lambda d: (d.start, -d.end))
    merged: list[Detection] = []
    group: list[Detection] = []
    end = -1
    for d in ordered:
        if group and d.start < end:
            group.append(d)
            end = max(end, d.end)
            continue
        if group:
            merged.append(_one(group))
        group, end = [d], d.end
    if group:
        merged.append(_one(group))
    return merged


def _one(group: list[Detection]) -> Detection:
    best = max(group, key=lambda d: (PRIORITY.get(d.type, 0), d.end - d.start, d.score))
    return Detection(
        best.type, min(d.start for d in group), max(d.end for d in group), max(d.score for d in group)
    )


class RedactionSession:
    """One release: the same third party gets the same placeholder in every text redacted through it.

    Placeholders are keyed by ``HMAC(release key, type ‖ canonical value)``; the session keeps those digests, the
    per-type counters and (in memory only, for finding a known name again in later fields) the names seen.
    Two sessions with different release keys share nothing.
    """

    def __init__(self, redactor: Redactor, session_key: bytes, style: PlaceholderStyle = "counter") -> None:
        self._redactor = redactor
        self._key = session_key
        self._style = style
        self._index: dict[bytes, str] = {}
        self._counters: Counter[str] = Counter()
        self._person_tokens: dict[bytes, set[str]] = {}
        self._names: dict[str, None] = {}  # insertion-ordered set
        self._name_words: set[str] = set()

    # -- pseudonyms --
    def _digest(self, kind: str, value: str) -> bytes:
        return hmac.new(self._key, kind.encode() + b"\x00" + value.encode(), hashlib.sha256).digest()

    def _new_placeholder(self, label: str, digest: bytes) -> str:
        if self._style == "digest":
            return f"<{label}_{digest[:4].hex()}>"
        self._counters[label] += 1
        return f"<{label}_{self._counters[label]}>"

    def placeholder(self, entity_type: str, value: str) -> str:
        """The placeholder for ``value`` of ``entity_type`` in this release, created on first sight.

        Also for structured fields the caller pseudonymises itself (``placeholder("USER_ID", uid)``): they then
        agree with the placeholders in redacted text.
        """
        label = ENTITY_LABELS.get(entity_type, entity_type)
        canon = normalize(entity_type, value)
        digest = self._digest(label, canon)
        found = self._index.get(digest)
        if found is not None:
            return found
        if entity_type == "PERSON":
            parts = canon.split()
            if len(parts) == 1:
                owners = self._person_tokens.get(self._digest("PERSON-TOKEN", parts[0]), set())
                if len(owners) == 1:  # "Smith" after "John Smith": the same person
                    self._index[digest] = next(iter(owners))
                    return self._index[digest]
            ph = self._new_placeholder(label, digest)
            if len(parts) > 1:
                for p in parts:
                    self._person_tokens.setdefault(self._digest("PERSON-TOKEN", p), set()).add(ph)
        else:
            ph = self._new_placeholder(label, digest)
        self._index[digest] = ph
        return ph

    # -- redaction --
    def redact(self, text: str, keep: Iterable[KeepLike] | None = None) -> RedactionResult:
        """Redact one text; on any error the result is withheld (``failed=True``, ``text=None``)."""
        return self.redact_many([text], keep=keep)[0]

    def redact_many(
        self,
        texts: Sequence[str],
        keep: Iterable[KeepLike] | Sequence[Iterable[KeepLike] | None] | None = None,
        *,
        batch_size: int | None = None,
    ) -> list[RedactionResult]:
        """Redact many texts in batches (and in the redactor's process pool, when it has one).

        ``keep`` is either one keep list for every text or one per text (a sequence of lists, same length).
        """
        keeps = _per_text_keep(keep, len(texts))
        all_keep = tuple(k for ks in keeps if ks for k in ks)
        try:
            detections = self._redactor._analyze(texts, batch_size)
        except Exception:  # noqa: BLE001 - fail closed: nothing analysed, nothing released
            detections = [None] * len(texts)
        # Register full names first, so "Smith" in an earlier text maps to "John Smith" found later.
        new_names: dict[str, None] = {}
        for text, found in zip(texts, detections, strict=True):
            outranking = _outranking_people(found or ())
            for d in sorted(found or (), key=lambda d: d.start):
                name = text[d.start : d.end]
                if (
                    d.type == "PERSON"
                    and name.strip()
                    and name not in self._names
                    and not outranking.overlaps(d.start, d.end)
                ):
                    new_names.setdefault(name, None)
        self._names.update(new_names)
        self._name_words |= name_words(new_names)
        for name in new_names:
            if len(normalize("PERSON", name).split()) > 1 and not _is_kept(
                Detection("PERSON", 0, len(name), 1.0), name, all_keep
            ):
                self.placeholder("PERSON", name)
        results: list[RedactionResult] = []
        for text, found, kept_items in zip(texts, detections, keeps, strict=True):
            if found is None or kept_items is None:
                results.append(
                    RedactionResult.withheld("AnalysisError" if found is None else "ConfigurationError")
                )
                continue
            try:
                results.append(self._apply(text, found, kept_items))
            except Exception as exc:  # noqa: BLE001 - fail closed: the field is withheld
                results.append(RedactionResult.withheld(type(exc).__name__))
        return results

    def _apply(self, text: str, found: list[Detection], keep: tuple[KeepItem, ...]) -> RedactionResult:
        if self._name_words:
            found = propagate_names(text, self._name_words, found)
        kept = [d for d in found if _is_kept(d, text, keep)]
        # a detection lying inside a kept value is part of it (the model may call a kept email a place)
        rest = [
            d for d in found if d not in kept and not any(k.start <= d.start and d.end <= k.end for k in kept)
        ]
        spans = _merge(rest)
        # a kept value inside a redacted span is redacted with it
        kept_count = sum(
            1 for k in _merge(kept) if not any(s.start < k.end and k.start < s.end for s in spans)
        )
        pieces: list[str] = []
        manifest: list[ManifestSpan] = []
        entities: list[Entity] = []
        pos = 0
        out_len = 0
        for d in spans:
            ph = self.placeholder(d.type, text[d.start : d.end])
            chunk = text[pos : d.start]
            pieces.append(chunk)
            out_len += len(chunk)
            pieces.append(ph)
            manifest.append(ManifestSpan(d.type, out_len, out_len + len(ph), ph))
            out_len += len(ph)
            entities.append(Entity(d.type, d.start, d.end, round(d.score, 4)))
            pos = d.end
        pieces.append(text[pos:])
        counts = Counter(d.type for d in spans)
        return RedactionResult(
            text="".join(pieces),
            entities=tuple(entities),
            manifest=Manifest(dict(counts), tuple(manifest), kept=kept_count),
        )


def _per_text_keep(
    keep: Iterable[KeepLike] | Sequence[Iterable[KeepLike] | None] | None, n: int
) -> list[tuple[KeepItem, ...] | None]:
    """Expand ``keep`` to one tuple per text; ``None`` marks a malformed entry (that text is withheld)."""
    if keep is None:
        return [()] * n
    keep_list = list(keep)
    per_text = bool(keep_list) and all(isinstance(k, list | tuple | type(None)) for k in keep_list)
    if not per_text:
        try:
            items = _keep_items(keep_list)  # type: ignore[arg-type]
        except ConfigurationError:
            return [None] * n
        return [items] * n
    if len(keep_list) != n:
        raise ConfigurationError("per-text keep lists must match the number of texts")
    out: list[tuple[KeepItem, ...] | None] = []
    for k in keep_list:
        try:
            out.append(_keep_items(k))  # type: ignore[arg-type]
        except ConfigurationError:
            out.append(None)
    return out


class Redactor:
    """Third-party PII redaction on Presidio. The model loads once, at construction.

    ``pseudonym_key`` (≥ 16 bytes, secret) derives every release's placeholder key. ``processes`` > 1 (or
    ``None`` for one per core) runs analysis for :meth:`redact_many` in a process pool of that size, each worker
    loading the model once. ``extra_recognizers`` are Presidio ``EntityRecognizer`` objects added to the
    registry (their entity types are redacted too). ``name_pairs`` (default on) also takes any two or three
    capitalised name-like words ("Kelly Dougherty") as a person: it catches names the small NER model misses in
    chat text; title-case phrases of dictionary words ("Weekly Digest", "Kitchen Essentials") need the model's
    agreement, but some notification text may still be over-redacted. Not thread-safe: one Redactor
    per thread, or a lock.
    """

    def __init__(
        self,
        pseudonym_key: bytes,
        *,
        score_threshold: float = 0.5,
        model: str | Path | None = None,
        user_id_patterns: Sequence[str] = DEFAULT_USER_ID_PATTERNS,
        processes: int | None = 1,
        batch_size: int = 32,
        max_chars: int = 200_000,
        placeholder_style: PlaceholderStyle = "counter",
        extra_recognizers: Sequence[Any] = (),
        name_pairs: bool = True,
    ) -> None:
        if not isinstance(pseudonym_key, bytes) or len(pseudonym_key) < 16:
            raise ConfigurationError("pseudonym_key must be at least 16 bytes")
        if batch_size < 1:
            raise ConfigurationError("batch_size must be at least 1")
        if placeholder_style not in ("counter", "digest"):
            raise ConfigurationError("placeholder_style must be 'counter' or 'digest'")
        n = (os.cpu_count() or 1) if processes is None else processes
        if n < 1:
            raise ConfigurationError("processes must be at least 1")
        self._key = pseudonym_key
        self._style: PlaceholderStyle = placeholder_style
        self.batch_size = batch_size
        self.processes = n
        self.config = EngineConfig(
            model=None if model is None else str(model),
            score_threshold=score_threshold,
            user_id_patterns=tuple(user_id_patterns),
            max_chars=max_chars,
            extra_recognizers=tuple(extra_recognizers),
            name_pairs=name_pairs,
        )
        self._analyzer = Analyzer(self.config)
        self._pool: ProcessPoolExecutor | None = None

    # -- sessions --
    def session(
        self, release_key: bytes, *, placeholder_style: PlaceholderStyle | None = None
    ) -> RedactionSession:
        """A release context: consistent placeholders within it, unlinkable across release keys."""
        if not isinstance(release_key, bytes) or not release_key:
            raise ConfigurationError("release_key must be non-empty bytes")
        session_key = hmac.new(self._key, b"redaction/release\x00" + release_key, hashlib.sha256).digest()
        return RedactionSession(self, session_key, placeholder_style or self._style)

    def redact(self, text: str, keep: Iterable[KeepLike] | None = None) -> RedactionResult:
        """Redact one text in a fresh one-off session."""
        return self.session(secrets.token_bytes(32)).redact(text, keep=keep)

    def redact_many(
        self,
        texts: Sequence[str],
        keep: Iterable[KeepLike] | Sequence[Iterable[KeepLike] | None] | None = None,
        *,
        batch_size: int | None = None,
    ) -> list[RedactionResult]:
        """Redact many texts in one fresh session (placeholders consistent across them)."""
        return self.session(secrets.token_bytes(32)).redact_many(texts, keep=keep, batch_size=batch_size)

    # -- analysis (in process or in the pool) --
    def _analyze(self, texts: Sequence[str], batch_size: int | None) -> list[list[Detection] | None]:
        bs = batch_size or self.batch_size
        if self.processes <= 1 or len(texts) < 2 * bs:
            return self._analyzer.analyze_many(texts, bs)
        pool = self._get_pool()
        chunks = [list(texts[i : i + bs]) for i in range(0, len(texts), bs)]
        out: list[list[Detection] | None] = []
        futures = [pool.submit(worker_analyze, c, bs) for c in chunks]
        for chunk, fut in zip(chunks, futures, strict=True):
            try:
                out.extend(fut.result())
            except Exception:  # noqa: BLE001 - a worker died: analyse here instead; failures still withhold
                out.extend(self._analyzer.analyze_many(chunk, bs))
        return out

    def _get_pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # never fork the caller: a web server has threads, and forking a threaded process can deadlock
            methods = multiprocessing.get_all_start_methods()
            ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
            self._pool = ProcessPoolExecutor(
                max_workers=self.processes, mp_context=ctx, initializer=init_worker, initargs=(self.config,)
            )
        return self._pool

    def close(self) -> None:
        """Stop the process pool, if one was started, and free what past texts added to the model's vocabulary."""
        self._analyzer.close_zone()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


__all__ = [
    "Entity",
    "KeepItem",
    "Manifest",
    "ManifestSpan",
    "RedactionError",
    "RedactionResult",
    "RedactionSession",
    "Redactor",
]
