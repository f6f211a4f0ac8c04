"""Keep lists, pseudonyms per release, manifests, batching, fail-closed behaviour."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from faker import Faker
from presidio_analyzer import EntityRecognizer, RecognizerResult
from redaction_testkit import assert_redacted
from threadpoolctl import threadpool_info, threadpool_limits

from redaction import ConfigurationError, KeepItem, ModelLoadError, RedactionResult, Redactor
from redaction.nlp import default_model_path, load_ner_pipeline

PACKAGE = Path(__file__).resolve().parents[2] / "redaction"


def _check_manifest(res: RedactionResult) -> None:
    assert res.text is not None
    for span in res.manifest.spans:
        assert res.text[span.start : span.end] == span.placeholder
    assert sum(res.manifest.counts.values()) == len(res.manifest.spans) == len(res.entities)


def test_keep_list_keeps_the_target_and_replaces_everyone_else(redactor: Redactor, fake: Faker) -> None:
    target_email, other_email = fake.email(), fake.email()
    target_phone, other_phone = "(415) 555-2671", "628-555-0199"
    text = f"from {target_email} ({target_phone}) to {other_email}, call {other_phone}"
    res = redactor.redact(text, keep=[KeepItem(target_email), KeepItem("4155552671", "PHONE_NUMBER")])
    assert res.text is not None
    assert target_email in res.text and target_phone in res.text
    assert_redacted(text, res, other_email, other_phone)
    assert res.manifest.kept == 2


def test_keep_matches_canonical_forms_and_respects_type(redactor: Redactor) -> None:
    text = "Jane Doe posted as @JaneDoe99 from JANE.DOE@EXAMPLE.COM"
    res = redactor.redact(
        text, keep=["jane doe", "@janedoe99", KeepItem("jane.doe@example.com", "EMAIL_ADDRESS")]
    )
    assert res.text == text
    # a keep item typed as something else does not keep the value
    res = redactor.redact(text, keep=[KeepItem("jane.doe@example.com", "URL")])
    assert_redacted(text, res, "JANE.DOE@EXAMPLE.COM")


def test_keep_is_exact_a_shared_first_name_is_still_redacted(redactor: Redactor) -> None:
    text = "Jane Doe met Jane Roe at the mall"
    res = redactor.redact(text, keep=["Jane Doe"])
    assert res.text is not None
    assert res.text.startswith("Jane Doe met <PERSON_")
    assert "Roe" not in res.text


def test_placeholders_consistent_within_a_release(redactor: Redactor) -> None:
    release = redactor.session(b"release-1")
    a = release.redact("John Smith texted maria@example.com at 10pm")
    b = release.redact("Later Smith emailed MARIA@example.com again, then Tom Baker called")
    assert a.text == "<PERSON_1> texted <EMAIL_1> at 10pm"
    assert b.text == "Later <PERSON_1> emailed <EMAIL_1> again, then <PERSON_2> called"


def test_redact_many_shares_one_release_and_numbers_by_appearance(redactor: Redactor) -> None:
    texts = ["Smith said hi", "John Smith and Ana Ruiz left", "ana ruiz? no, Ana Ruiz"]
    out = [r.text for r in redactor.session(b"rel").redact_many(texts)]
    assert out == ["<PERSON_1> said hi", "<PERSON_1> and <PERSON_2> left", "ana ruiz? no, <PERSON_2>"]


def test_releases_are_unlinkable_and_digest_placeholders_deterministic(redactor: Redactor) -> None:
    text = "contact maria@example.com"
    one = redactor.session(b"release-1", placeholder_style="digest").redact(text).text
    again = redactor.session(b"release-1", placeholder_style="digest").redact(text).text
    other = redactor.session(b"release-2", placeholder_style="digest").redact(text).text
    assert one == again
    assert one != other
    assert one is not None and one.startswith("contact <EMAIL_") and "maria" not in one
    # another server key gives other placeholders for the same release
    with Redactor(b"another-key-0123456789") as r2:
        assert r2.session(b"release-1", placeholder_style="digest").redact(text).text != one


def test_manifest_has_offsets_in_redacted_text_and_no_values(redactor: Redactor, fake: Faker) -> None:
    name, email, ssn = f"{fake.first_name()} {fake.last_name()}", fake.email(), fake.ssn()
    text = f"Name: {name}\nEmail: {email}\nSSN: {ssn}\nOrder #1234567"
    res = redactor.redact(text)
    _check_manifest(res)
    assert res.manifest.counts == {"PERSON": 1, "EMAIL_ADDRESS": 1, "US_SSN": 1}
    dumped = json.dumps(res.manifest.to_dict())
    for value in (name, email, ssn, *name.split()):
        assert value not in dumped
    # entities index the original text
    assert {text[e.start : e.end] for e in res.entities} == {name, email, ssn}


def test_overlapping_detections_become_one_placeholder(redactor: Redactor) -> None:
    text = "email john.smith@example.com now"
    res = redactor.redact(text)
    assert res.text == "email <EMAIL_1> now"


class _Boom(EntityRecognizer):
    """A recognizer that fails on a trigger word: stands in for any analysis error."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["BOOM"], name="Boom")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        if "explode" in text:
            raise RuntimeError(text)
        return []


class _BlasProbe(EntityRecognizer):
    """Records how many threads the BLAS libraries may use while a text is analysed."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PROBE"], name="BlasProbe")
        self.seen: list[int] = []

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        self.seen += [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]
        return []


@pytest.fixture(scope="module")
def blas_probe() -> _BlasProbe:
    return _BlasProbe()


@pytest.fixture(scope="module")
def fragile(blas_probe: _BlasProbe) -> Redactor:
    return Redactor(b"k" * 32, extra_recognizers=[_Boom(), blas_probe], max_chars=500)


def test_analysis_error_withholds_only_that_field(fragile: Redactor) -> None:
    texts = ["Call Ana Ruiz at 628-555-0199", "please explode, Ana Ruiz 628-555-0199", "ok"]
    results = fragile.redact_many(texts)
    assert [r.failed for r in results] == [False, True, False]
    bad = results[1]
    assert bad.text is None and bad.entities == () and bad.manifest.failed
    assert bad.error == "AnalysisError"
    assert results[0].text == "Call <PERSON_1> at <PHONE_1>"


def test_oversize_or_non_text_input_is_withheld(fragile: Redactor) -> None:
    results = fragile.redact_many(["x" * 501, None, b"bytes", "fine"])  # type: ignore[list-item]
    assert [r.failed for r in results] == [True, True, True, False]
    assert all(r.text is None for r in results[:3])


def test_analysis_runs_one_blas_thread_and_restores_the_process_setting(
    fragile: Redactor, blas_probe: _BlasProbe
) -> None:
    # OpenBLAS's own threads, one per core in every pool worker, oversubscribe the machine
    with threadpool_limits(limits=2, user_api="blas"):
        before = [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]
        assert before and set(before) == {2}
        blas_probe.seen.clear()
        fragile.redact_many(["Call Ana Ruiz at 628-555-0199", "Marek Albu, Tulsa"])
        assert blas_probe.seen and set(blas_probe.seen) == {1}
        assert [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"] == before


def test_the_model_on_numpy_blas_finds_the_same_entities(fake: Faker) -> None:
    fast = load_ner_pipeline()
    ops = {
        type(node.ops).__name__ + str(getattr(node.ops, "use_blis", ""))
        for node in fast.get_pipe("ner").model.walk()
    }
    assert ops == {"NumpyOpsFalse"}
    path = default_model_path()
    pipeline = list(spacy.util.load_config(path / "config.cfg")["nlp"]["pipeline"])
    stock = spacy.load(path, exclude=[name for name in pipeline if name != "ner"])
    assert {getattr(node.ops, "use_blis", None) for node in stock.get_pipe("ner").model.walk()} == {True}
    texts = [
        f"{fake.name()} told {fake.first_name()} to meet at {fake.street_address()}, {fake.city()}. "
        f"{fake.sentence()} {fake.company()} paid {fake.name()} on {fake.date()}."
        for _ in range(150)
    ]
    texts += ["  ".join(texts[i : i + 8]) for i in range(0, 150, 8)]  # long texts: larger products
    found = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in fast.pipe(texts)]
    assert sum(map(len, found)) > 600
    assert found == [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in stock.pipe(texts)]


def test_empty_text(redactor: Redactor) -> None:
    res = redactor.redact("")
    assert res.text == "" and not res.failed and res.entities == ()


def test_per_text_keep_lists(redactor: Redactor) -> None:
    texts = ["mail a@example.com", "mail a@example.com"]
    out = redactor.session(b"r").redact_many(texts, keep=[["a@example.com"], []])
    assert [r.text for r in out] == ["mail a@example.com", "mail <EMAIL_1>"]
    with pytest.raises(ConfigurationError):
        redactor.redact_many(texts, keep=[["a@example.com"]])


def test_configuration_errors() -> None:
    with pytest.raises(ConfigurationError):
        Redactor(b"short")
    with pytest.raises(ConfigurationError):
        Redactor(b"k" * 32, score_threshold=1.5)
    with pytest.raises(ConfigurationError):
        Redactor(b"k" * 32, user_id_patterns=["(unclosed"])
    with pytest.raises(ModelLoadError):
        Redactor(b"k" * 32, model="/nonexistent/model")


def test_memory_stays_flat_in_a_long_running_process(
    redactor: Redactor, fake: Faker, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What texts add to the model's vocabulary is freed once the open memory zone has seen ``zone_chars``
    characters: the vocabulary grows within a zone and falls back to where it was, call after call."""
    analyzer = redactor._analyzer
    strings = analyzer.nlp.vocab.strings

    def batch() -> list[str]:  # about 12,000 characters of mostly new words
        return [
            f"{fake.first_name()} {fake.pystr(8, 12)} {fake.uuid4()} at {fake.street_address()}"
            for _ in range(150)
        ]

    redactor.redact_many(batch())
    analyzer.close_zone()
    before = len(strings)
    monkeypatch.setattr(analyzer, "zone_chars", 20_000)  # about 1.7 batches
    redactor.redact_many(batch())
    one_batch = len(strings) - before  # what one batch adds in a fresh zone
    assert one_batch > 1000
    sizes = []
    for _ in range(8):
        redactor.redact_many(batch())
        sizes.append(len(strings))
    # never more than one zone's worth (20,000 characters and the rest of the chunk that reached it), where
    # keeping everything would have reached nine batches' worth
    assert max(sizes) <= before + 2 * one_batch
    assert min(sizes) < max(sizes)  # it did close and start again
    redactor.redact_many(batch())
    redactor.close()  # a Redactor closed (or its process ending) frees the rest
    assert len(strings) == before


def test_an_error_inside_the_memory_zone_closes_it(redactor: Redactor) -> None:
    analyzer = redactor._analyzer
    analyzer.close_zone()
    before = len(analyzer.nlp.vocab.strings)
    with pytest.raises(RuntimeError), analyzer._memory_zone(10):
        analyzer.nlp("Zyxwvut Qponmlk wrote this")  # new words: they enter the vocabulary inside the zone
        assert len(analyzer.nlp.vocab.strings) > before
        raise RuntimeError("the model broke")
    assert analyzer._zone is None and len(analyzer.nlp.vocab.strings) == before


@pytest.mark.slow
def test_process_pool_gives_the_same_results(fake: Faker) -> None:
    texts = [f"{fake.name()} at {fake.phone_number()} / {fake.email()} on {fake.date()}" for _ in range(80)]
    with Redactor(b"k" * 32, processes=2, batch_size=8) as pooled, Redactor(b"k" * 32, processes=1) as single:
        a = [r.text for r in pooled.session(b"x").redact_many(texts)]
        b = [r.text for r in single.session(b"x").redact_many(texts)]
    assert a == b
    assert all(t is not None for t in a)


def test_package_never_imports_the_gateway_or_its_siblings() -> None:
    forbidden = {"gateway", "ledger", "policies"}
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            assert not {n.split(".")[0] for n in names} & forbidden, f"{path} imports {names}"
