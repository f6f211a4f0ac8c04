"""Detection: Presidio's analyzer over spaCy batches, with per-text fail-closed error capture.

This module finds spans; it never changes text. A text whose analysis raised comes back as ``None`` so the
caller withholds it.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from threadpoolctl import ThreadpoolController

from redaction.errors import ConfigurationError
from redaction.nlp import PreloadedSpacyNlpEngine, load_lexicon, load_ner_pipeline
from redaction.people import (
    NOT_NAME,
    Spans,
    brand_spans,
    branded,
    clear_caches,
    coordinated,
    not_people,
    particle_tail,
    surname_tail,
)
from redaction.recognizers import DEFAULT_USER_ID_PATTERNS, PRIORITY, build_recognizers

_NAMES_OF = ("PERSON", "LOCATION")
# words for relatives that only their accent tells from a given name ("Tía" is an aunt, "Tia" a name)
_MARKED_KIN = frozenset({"tía", "tío", "tías", "tíos", "mamá", "papá"})
# Words that make a name a place ("Whitaker Ave", "Washington County", "Kennedy Memorial Bridge"); not the ones that
# are common surnames too (Park, Lane, Hall, Field, Church …)
_PLACE_WORD = (
    r"(?:Ave|Avenue|St|Street|Blvd|Boulevard|Rd|Road|Pkwy|Parkway|Hwy|Highway|County|Counties|Parish|Township|"
    r"Square|Plaza|Center|Centre|Bridge|Library|Memorial|Heights|Garage|Academy|Elementary|Stadium|Arena|Airport|"
    r"Station)"
)
_PLACE_AT_END = re.compile(rf"[ \t]{_PLACE_WORD}\.?$")
_PLACE_AFTER = re.compile(rf"[ \t]+{_PLACE_WORD}\b\.?")


def _as_place(text: str, d: Detection) -> Detection:
    """A person found before a word that makes the name a place is that place, redacted as one: a reviewer reads
    "<LOCATION_2> reduced to one lane", not a person, for "Pierce Ave reduced to one lane". A person's span runs on
    over a family name of particles after it (:func:`particle_tail`)."""
    if d.type != "PERSON":
        return d
    # "Emilly da Mota": the family name of particles goes with the name
    if (tail := particle_tail(text, d.end)) > d.end:
        d = Detection(d.type, d.start, tail, d.score)
    if _PLACE_AT_END.search(text, d.start, d.end):
        return Detection("LOCATION", d.start, d.end, d.score)
    m = _PLACE_AFTER.match(text, d.end)
    return d if m is None else Detection("LOCATION", d.start, m.end(), d.score)


class Detection(NamedTuple):
    """One detected span in the original text."""

    type: str
    start: int
    end: int
    score: float


@dataclass(frozen=True, slots=True)
class EngineConfig:
    """Everything needed to build an identical analyzer in another process."""

    model: str | None = None
    score_threshold: float = 0.5
    user_id_patterns: tuple[str, ...] = DEFAULT_USER_ID_PATTERNS
    max_chars: int = 200_000
    extra_recognizers: tuple[Any, ...] = ()
    name_pairs: bool = True

    def __post_init__(self) -> None:
        if not 0.0 <= self.score_threshold <= 1.0:
            raise ConfigurationError("score_threshold must be between 0 and 1")
        if self.max_chars <= 0:
            raise ConfigurationError("max_chars must be positive")


class _NoContextEnhancer(ContextAwareEnhancer):
    """The recognizers score their own context; skip Presidio's lemma-based pass (there are no lemmas)."""

    def __init__(self) -> None:
        super().__init__(0.0, 0.0, 0, 0)

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[Any],
        nlp_artifacts: Any,
        recognizers: list[Any],
        context: Any = None,
    ) -> list[Any]:
        return raw_results


_TOKEN = re.compile(r"[A-Z][A-Za-z'-]+")
_CAP_WORD = re.compile(r"(?<![\w@.])[A-Z][A-Za-z'-]*[A-Za-z]")


def name_words(names: Iterable[str]) -> set[str]:
    """The capitalised parts of person names that identify them on their own ("Smith" of "John Smith")."""
    words: set[str] = set()
    for name in names:
        for tok in _TOKEN.findall(name):
            tok = tok.removesuffix("'s").removesuffix("'")
            if len(tok) >= 2 and tok not in NOT_NAME:
                words.add(tok)
    return words


def propagate_names(text: str, words: AbstractSet[str], found: list[Detection]) -> list[Detection]:
    """Add PERSON spans for every other occurrence of a known name part; linear in the text, not in ``words``."""
    if not words:
        return found
    extra: list[Detection] = []
    covered = Spans((d.start, d.end) for d in found)
    for m in _CAP_WORD.finditer(text):
        word = m.group()
        end = m.end()
        if word.endswith("'s"):
            word, end = word[:-2], end - 2
        if word in words and not covered.covers(m.start(), end):
            extra.append(Detection("PERSON", m.start(), end, 0.75))
    return found + extra


# spaCy's tokenizer peels affixes off a token one at a time, searching what is left each time: a token of n symbols
# ("😀" * 20_000, no space) costs n² (39 s for 20,000 characters; bare Presidio the same). No name or place is that
# long, so the model reads such runs with a space every RUN_STEP characters, in place of the character there: the
# text keeps its length and every offset, and the pattern recognizers and rules read the original.
LONG_RUN = 200
RUN_STEP = 100
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN},}}")


_QUOTE_MARKS = re.compile(r"(?m)^(?:[ \t]*>)+")


def line_ends(text: str) -> str:
    """``text`` with a Windows line end ("\\r\\n") as a space and a line break and a lone "\\r" as a line break, so
    every rule that looks for a line's end finds it. Same length, same offsets."""
    return text.replace("\r\n", " \n").replace("\r", "\n") if "\r" in text else text


def _ascii_letters() -> dict[int, str]:
    """Latin letters with marks → the letter without them, one character for one ("é" → "e", "Ş" → "S", "ı" → "i");
    letters that decompose to no single ASCII letter (and every other script) are left alone."""
    table = {ord(c): b for c, b in zip("ıłŁøØđĐħŦŧ", "ilLoOdDhTt", strict=True)}
    for block in (range(0xC0, 0x250), range(0x1E00, 0x1F00)):
        for cp in block:
            base = unicodedata.normalize("NFD", chr(cp))[0]
            if cp not in table and chr(cp).isalpha() and base.isascii() and base.isalpha():
                table[cp] = base
    return table


_ASCII_LETTERS = _ascii_letters()


def for_rules(text: str) -> str:
    """``text`` as the recognizers and rules read it: :func:`line_ends`; the ">" marks quoting an e-mail's lines as
    spaces, so a quoted sign-off or greeting reads as one ("> Thanks,\\n> Amber"); and Latin letters without their
    marks, so a name the rules read letter by letter ("Sebastián Núñez", "Görgünay Ergül") is a name, not a name cut
    at its first "á", and the name tables know it. The model reads the marks and the letters as written
    (``for_model(line_ends(text))``): without the marks it reads a quoted line differently. Same length, same
    offsets."""
    text = line_ends(text)
    if ">" in text:
        text = _QUOTE_MARKS.sub(lambda m: " " * len(m.group()), text)
    if not text.isascii():
        text = text.translate(_ASCII_LETTERS)
    return text


def for_model(text: str) -> str:
    """``text`` as the NER model reads it: runs of ``LONG_RUN`` or more non-space characters broken by spaces."""
    if len(text) < LONG_RUN or _LONG_RUN.search(text) is None:
        return text

    def cut(m: re.Match[str]) -> str:
        chars = list(m.group())
        chars[RUN_STEP::RUN_STEP] = " " * len(chars[RUN_STEP::RUN_STEP])
        return "".join(chars)

    return _LONG_RUN.sub(cut, text)


class Analyzer:
    """The Presidio analyzer with this package's recognizers over a NER-only spaCy pipeline."""

    # spaCy's memory zone frees what texts added to the vocabulary (lexemes, strings, the tokenizer's cache) when it
    # closes, so a long-running process stays flat. Closed after every call, it made every text re-create the lexemes
    # of its words; one zone stays open across calls and closes once it has seen ZONE_CHARS characters (or on any
    # error), which bounds what the process holds for past texts instead.
    zone_chars = 500_000

    def __init__(self, config: EngineConfig) -> None:
        self.config = config
        self._zone: contextlib.ExitStack | None = None
        self._zone_seen = 0
        self.nlp = load_ner_pipeline(config.model if config.model is None else Path(config.model))
        # The model's matrix products run on numpy's BLAS (see ``use_numpy_blas``), which OpenBLAS spreads over every
        # core: in a pool of one worker per core that oversubscribes the machine (the pool measured half as fast),
        # and one text's products are too small to gain from threads. One BLAS thread while analysing, then the
        # process's own setting again.
        self._blas = ThreadpoolController()
        self.nlp_engine = PreloadedSpacyNlpEngine(self.nlp)
        self.lexicon = lexicon = load_lexicon(config.model)
        recognizers = [
            *build_recognizers(config.user_id_patterns, lexicon, name_pairs=config.name_pairs),
            *config.extra_recognizers,
        ]
        registry = RecognizerRegistry(recognizers=recognizers, supported_languages=["en"])
        self.engine = AnalyzerEngine(
            registry=registry,
            nlp_engine=self.nlp_engine,
            supported_languages=["en"],
            default_score_threshold=config.score_threshold,
            context_aware_enhancer=_NoContextEnhancer(),
        )

    def _detections(self, text: str, artifacts: Any, written: str) -> list[Detection]:
        """``text`` as the rules read it (:func:`for_rules`), ``written`` as it came (same offsets)."""
        results = self.engine.analyze(text=text, language="en", nlp_artifacts=artifacts)
        found = [Detection(r.entity_type, r.start, r.end, float(r.score)) for r in results]
        if not written.isascii():
            # "Tía", "Tío": the rules read them without the mark, as the given name "Tia"; written so, a relation
            found = [d for d in found if written[d.start : d.end].lower() not in _MARKED_KIN]
        people = [(d.start, d.end) for d in found if d.type == "PERSON"]
        # "Kelly, Nathan and April were there": the model may call a given name that is no English word a place;
        # it still joins the names listed with it
        given_places = [
            (d.start, d.end)
            for d in found
            if d.type == "LOCATION"
            and self.lexicon.given_name(text[d.start : d.end], common=True)
            and not self.lexicon.known(text[d.start : d.end])
        ]
        if people or given_places:
            found += [
                Detection("PERSON", a, b, 0.6)
                for a, b in coordinated(text, people + given_places, self.lexicon)
            ]
        # firms named after people, "Hope" the verb, a form's labels: whichever recognizer (or list) found a name
        if any(d.type in _NAMES_OF for d in found):
            vetoed = not_people(text, self.lexicon)
            found = [d for d in found if d.type not in _NAMES_OF or not vetoed.covers(d.start, d.end)]
            brands = brand_spans(text, self.lexicon)
            if brands:
                found = [
                    d
                    for d in found
                    if d.type not in _NAMES_OF or not branded(text, d.start, d.end, brands, self.lexicon)
                ]
        found = [_as_place(text, self._with_surname(text, d)) for d in found]
        outranking = Spans((o.start, o.end) for o in found if PRIORITY.get(o.type, 0) > PRIORITY["PERSON"])
        names = {
            text[d.start : d.end]
            for d in found
            if d.type == "PERSON" and not outranking.overlaps(d.start, d.end)
        }
        return propagate_names(text, name_words(names), found) if names else found

    def _with_surname(self, text: str, d: Detection) -> Detection:
        """A person's span with the surname after it that is a common word too (:func:`surname_tail`)."""
        if d.type != "PERSON" or (tail := surname_tail(text, d.start, d.end, self.lexicon)) == d.end:
            return d
        return Detection(d.type, d.start, tail, d.score)

    def analyze_many(self, texts: Sequence[str], batch_size: int = 32) -> list[list[Detection] | None]:
        """Detections per text; ``None`` where analysis failed (the caller must withhold that text)."""
        try:
            with self._blas.limit(limits=1, user_api="blas"):
                return self._analyze_many(texts, batch_size)
        finally:
            clear_caches()

    def _analyze_many(self, texts: Sequence[str], batch_size: int) -> list[list[Detection] | None]:
        out: list[list[Detection] | None] = [None] * len(texts)
        todo = [i for i, t in enumerate(texts) if isinstance(t, str) and len(t) <= self.config.max_chars]
        for lo in range(0, len(todo), max(1, batch_size)):
            chunk = todo[lo : lo + max(1, batch_size)]
            try:
                with self._memory_zone(sum(len(texts[i]) for i in chunk)):
                    seen = {i: for_rules(texts[i]) for i in chunk}
                    docs = self.nlp_engine.process_batch(
                        [for_model(line_ends(texts[i])) for i in chunk], "en", batch_size=batch_size
                    )
                    for i, item in zip(chunk, docs, strict=True):
                        try:
                            out[i] = self._detections(seen[i], item[1], texts[i])
                        except Exception:  # noqa: BLE001 - fail closed: this text is withheld
                            out[i] = None
            except Exception:  # noqa: BLE001 - the batch itself broke: retry each text alone
                for i in chunk:
                    out[i] = self._analyze_one(texts[i])
        return out

    @contextlib.contextmanager
    def _memory_zone(self, chars: int) -> Iterator[None]:
        """The open memory zone (opened if there is none) for ``chars`` more characters of text; closed afterwards
        once it has seen ``zone_chars``, and at once if the work inside it raised."""
        if self._zone is None:
            zone = contextlib.ExitStack()
            zone.enter_context(self.nlp.memory_zone())
            self._zone, self._zone_seen = zone, 0
        try:
            yield
        except BaseException:
            self.close_zone()
            raise
        self._zone_seen += chars
        if self._zone_seen >= self.zone_chars:
            self.close_zone()

    def close_zone(self) -> None:
        """Free everything the texts analysed since the zone opened added to the vocabulary."""
        zone, self._zone = self._zone, None
        if zone is not None:
            zone.close()

    def _analyze_one(self, text: str) -> list[Detection] | None:
        try:
            with self._memory_zone(len(text)):
                seen = for_rules(text)
                artifacts = self.nlp_engine.process_text(for_model(line_ends(text)), "en")
                return self._detections(seen, artifacts, text)
        except Exception:  # noqa: BLE001 - fail closed: the caller withholds the text
            return None


# --- process pool workers --------------------------------------------------------------------------------------

_WORKER: Analyzer | None = None


def init_worker(config: EngineConfig) -> None:
    """Pool initializer: one analyzer (one model load) per worker process."""
    global _WORKER
    if _WORKER is None or _WORKER.config != config:
        _WORKER = Analyzer(config)


def worker_analyze(texts: list[str], batch_size: int) -> list[list[Detection] | None]:
    if _WORKER is None:  # pragma: no cover - the initializer always ran
        return [None] * len(texts)
    return _WORKER.analyze_many(texts, batch_size)
