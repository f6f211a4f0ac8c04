"""Factored alternations find exactly what the plain ones find, in the same order of preference."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from redaction import people
from redaction.alternation import factored

# Pieces an alternative is made of: letters in both cases (under (?i) and without), escapes, quantified atoms,
# groups and classes, the things that make naive factoring wrong.
_PIECES = st.sampled_from(
    ["a", "b", "A", "ab", "ed", "\\s+", "\\.", "s?", "-?", " ", "[ \\t]", "[ab]", "(?:x|ab)", "b+", "'"]
)
_ALTERNATIVE = st.lists(_PIECES, min_size=0, max_size=4).map("".join)
# texts made of the same pieces, so that alternatives often match and compete (random letters rarely do)
_TEXT = st.lists(
    st.sampled_from(["a", "A", "b", "B", "ab", "ed", "aed", "x", " ", "\t", ".", "'", "-", "s"]), max_size=12
).map("".join)


def _matches(pattern: str, text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.group("tail")) for m in re.finditer(pattern, text)]


@settings(max_examples=400, deadline=None)
# under (?i) "aed" may not jump over "A": "A" then "d*" must win on "aed"
@example(alternatives=["ab", "A", "aed"], texts=["aed"])
# a quantified lead is never taken out: "b+[ab]" backtracks to "b" + "b" on "bb " before "b+\\s+" is tried
@example(alternatives=["b+[ab]", "b+\\s+"], texts=["bb "])
@given(
    alternatives=st.lists(_ALTERNATIVE, min_size=1, max_size=7), texts=st.lists(_TEXT, min_size=1, max_size=5)
)
def test_factored_alternation_matches_like_the_plain_one(alternatives: list[str], texts: list[str]) -> None:
    plain = "(?:" + "|".join(alternatives) + ")"
    fact = factored(plain)
    # what follows the alternation decides which alternative wins: a later one must not be preferred
    for flags, after in (("", "(?P<tail>b|[ \\t]+x)"), ("(?i)", "(?P<tail>\\b)"), ("(?i)", "(?P<tail>d*)")):
        for text in texts:
            assert _matches(flags + fact + after, text) == _matches(flags + plain + after, text), (
                plain,
                fact,
                text,
            )


def test_shared_leads_are_taken_out_and_the_order_kept() -> None:
    assert factored("(?:reach|reached|tell|told)") == "(?:reach(?:|ed)|t(?:ell|old))"
    # "b" may not jump over a group that could match where it does
    assert factored("(?:bat|(?:b|c)at|bit)") == "(?:bat|(?:b|c)at|bit)"
    # a quantified lead is never taken out: backtracking into it would try the alternatives in another order
    assert factored("(?:\\s+a|\\s+b)") == "(?:\\s+a|\\s+b)"
    with pytest.raises(ValueError, match="non-capturing"):
        factored("reach|reached")


def test_the_cue_lists_are_factored() -> None:
    """The rules use the factored lists (the speed of long texts depends on it), and they still say the same."""
    relation = people._RELATION
    assert relation.startswith("(?:f(?:riend|ather|iance(?:|e))|")
    rule = re.compile(rf"(?i:\b{relation})[ \t]+(?P<name>[A-Z][a-z]+)")
    text = "my stepdaughter Ana, her grandmother June, a fiancee Lea and my bff Tom; the sister-in-law"
    assert [m.group("name") for m in rule.finditer(text)] == ["Ana", "June", "Lea", "Tom"]
