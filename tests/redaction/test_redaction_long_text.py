"""Long text: the rules read a very long line as several, and span queries do not scan every span.

Before, each name candidate re-read its whole line (and each model span every other span), so one paragraph of
name-like words took time growing with the square of its length (16,000 characters of "Judy Pope 💍 " took 30 s).
The time itself is measured in ``bench/redaction_scaling.py``; these tests pin the parts that make it linear and
check that nothing is lost at the cuts.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from redaction import Redactor, people
from redaction.analysis import LONG_RUN, RUN_STEP, for_model
from redaction.people import MAX_LINE, NEAR, Spans, _end_after, _lines, _start_before

spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1])), max_size=30
)


@given(spans, st.integers(0, 70), st.integers(0, 10))
def test_spans_answer_as_a_scan_of_every_span_would(
    items: list[tuple[int, int]], start: int, width: int
) -> None:
    end = start + width
    index = Spans(items)
    assert index.overlaps(start, end) == any(a < end and start < b for a, b in items)
    assert index.covers(start, end) == any(a <= start and end <= b for a, b in items)


# texts of words, sentence ends, tabs and line breaks, with lines long enough to be cut (and runs with no space,
# which are cut hard)
pieces = st.sampled_from(["word ", "Kim ", "and ", ". ", "! ", "\t", "\n", "x" * 300, "a" * 1200, "😀"])
long_texts = st.lists(pieces, min_size=1, max_size=400).map("".join)


@settings(max_examples=80)
@given(long_texts)
def test_lines_cut_long_lines_and_lose_nothing(text: str) -> None:
    starts, ends = _lines(text)
    assert starts[0] == 0 and ends[-1] == len(text)
    for a, b in zip(starts, ends, strict=True):
        assert 0 <= b - a <= MAX_LINE and "\n" not in text[a:b]
    for b, a in zip(ends, starts[1:], strict=False):
        # between two lines: a line break, the one space or tab a long line was cut at, or nothing (a hard cut)
        assert a - b in (0, 1) and (a == b or text[b] in "\n \t")
        # a hard cut only where the second half of the line holds no space or tab to cut at
        assert a != b or not set(text[b - MAX_LINE // 2 + 1 : b + 1]) & {" ", "\t"}
    people.clear_caches()


@settings(max_examples=80)
@given(long_texts, st.data())
def test_what_stands_before_and_after_a_position_is_its_real_line(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    a, at_line_start = _start_before(text, pos)
    b, at_line_end = _end_after(text, pos)
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = len(text) if text.find("\n", pos) < 0 else text.find("\n", pos)
    # the real line, cut at NEAR characters either way; a cut is never taken for the line's start or end
    assert a == max(line_start, pos - NEAR) and at_line_start == (a == line_start)
    assert b == min(line_end, pos + NEAR) and at_line_end == (b == line_end)


def test_a_long_line_without_spaces_is_cut_at_a_tab_before_a_hard_cut() -> None:
    text = ("x" * 700 + "\t") * 3
    _, ends = _lines(text)
    assert len(ends) == 3 and all(text[b] == "\t" for b in ends[:-1])
    assert _lines("y" * 2_500) == ([0, 999, 1998], [999, 1998, 2500])  # no tab either: hard cuts
    people.clear_caches()


def test_a_long_line_is_cut_after_a_sentence_end() -> None:
    text = "We waited at the stop for an hour. " * 100
    starts, ends = _lines(text)
    assert len(starts) > 1
    assert all(text[b - 1] == "." for b in ends[:-1])
    people.clear_caches()


def test_every_name_on_one_long_line_is_redacted(redactor: Redactor) -> None:
    text = "Judy Pope 💍 " * 4_000  # 48,000 characters, no line break
    res = redactor.session(b"one-text").redact(text)
    assert not res.failed and res.text is not None
    assert not re.search(r"Judy|Pope", res.text)
    assert res.text.count("💍") == 4_000


def test_a_name_is_found_wherever_a_long_line_is_cut(redactor: Redactor) -> None:
    # an unpunctuated run-on, as speech-to-text writes it: the line is cut at a space, and the cut moves across the
    # name as the text before it grows; a cut must never look like the start of a line
    filler = "we went to the store and "
    for shift in range(0, 60, 2):
        text = "x " * shift + filler * 39 + "and i swear that kid Amber from 3rd period is sending me stuff"
        out = redactor.session(b"one-text").redact(text).text
        assert out is not None and "Amber" not in out, shift
        assert out.count(filler) == 39


def test_names_between_the_sentences_of_a_long_paragraph_are_found(redactor: Redactor) -> None:
    filler = "We waited at the bus stop for an hour and nobody came. "
    names = ("Kelly Dougherty", "Travis Byrd")
    text = (
        "".join(filler * 13 + f"My neighbor {name} said the car was gone. " for name in names) + filler * 13
    )
    assert len(text) > 2 * MAX_LINE
    out = redactor.session(b"one-text").redact(text).text
    assert out is not None
    assert not re.search(r"Kelly|Dougherty|Travis|Byrd", out)
    assert out.count(filler) == 39


def test_windows_line_ends_end_a_line(redactor: Redactor) -> None:
    text = "the hoodie is definitely April's\r\nshe wore it to school\r\nLocation alert\r\nFind My: Kimberly's AirPods"
    out = redactor.session(b"one-text").redact(text).text
    assert out is not None and "April" not in out and "Kimberly" not in out
    assert out.count("\r\n") == 3


@given(
    st.lists(st.sampled_from(["a", "😀", " ", ".", "@", "\n", "x" * 150, "y" * 450]), max_size=80).map(
        "".join
    )
)
def test_the_model_reads_long_runs_broken_and_every_offset_kept(text: str) -> None:
    seen = for_model(text)
    assert len(seen) == len(text)
    assert all(len(run) < LONG_RUN for run in seen.split())
    # only characters of long runs are replaced, and only by spaces, at most one in RUN_STEP
    changed = [i for i, (a, b) in enumerate(zip(text, seen, strict=True)) if a != b]
    assert all(seen[i] == " " and not text[i].isspace() for i in changed)
    assert len(changed) <= len(text) // RUN_STEP
    if all(len(run) < LONG_RUN for run in text.split()):
        assert seen == text


def test_a_run_of_symbols_without_a_space_is_redacted_not_withheld(redactor: Redactor) -> None:
    # spaCy's tokenizer took time growing with the square of such a run; the model now reads it broken up
    text = "call Jane Doe at 555-201-7788 " + "😀" * 20_000 + " bye Jane"
    res = redactor.session(b"one-text").redact(text)
    assert not res.failed and res.text is not None
    assert "Jane" not in res.text and "555-201-7788" not in res.text
    assert res.text.count("😀") == 20_000


def test_the_per_text_caches_are_empty_after_a_batch(redactor: Redactor) -> None:
    redactor.session(b"one-text").redact_many(
        ["Jane Doe: hi\nMike Ross: hey", "Tutor Abigail Carter | Algebra"]
    )
    cached = [f for f in vars(people).values() if callable(f) and hasattr(f, "cache_info")]
    assert len(cached) >= 6
    for f in cached:
        assert f.cache_info().currsize == 0, f.__name__


def test_a_window_ending_exactly_at_a_line_break_reaches_the_line_end() -> None:
    # found by the property test above: NEAR characters on from the position is the line's end itself
    text = "a" * 1_200 + "\n" + "b" * 10
    assert _end_after(text, 1_200 - NEAR) == (1_200, True)
    text = "b" * 10 + "\n" + "a" * 1_200
    assert _start_before(text, 11 + NEAR) == (11, True)
