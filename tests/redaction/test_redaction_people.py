"""Title-case phrases of notifications and headers are not people; names next to cues still are."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.nlp import load_lexicon
from redaction.people import Lexicon


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def test_phrase_like_is_a_modifier_and_dictionary_nouns(lexicon: Lexicon) -> None:
    assert lexicon.phrase_like(["Quick", "Tip"])
    assert lexicon.phrase_like(["Unread", "Messages"]) or lexicon.phrase_like(["Open", "Tasks"])
    assert not lexicon.phrase_like(["Robert", "Little"])  # a given name leads
    assert not lexicon.phrase_like(["Quick"])  # one word: the single-word checks decide
    assert lexicon.dictionary_words(["Garden", "Supplies"])
    assert not lexicon.dictionary_words(["Garden", "Okonkwo"])
    assert Lexicon().phrase_like(["Quick", "Tip"]) is False  # no tables: no opinion


@pytest.mark.parametrize(
    "text",
    [
        "Quick Tip: try the new editor shortcuts",
        "Unusual Activity Detected On Your Account",
        "Sign In From New Browser",
        "Monthly Recap: 3 new badges earned",
        "Daily Challenge Complete: 5 of 5 solved",
    ],
)
def test_notification_headers_stay_untouched(redactor: Redactor, text: str) -> None:
    assert redactor.redact_many([text])[0].text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Witness: Jack Price, phone on file", "Jack Price"),
        ("Amber Lee: are you up?\nJohn Doe: yes", "Amber Lee"),
        ("talked to Sean about it, he has the receipts", "Sean"),
        ("Delivered to the front desk, signed by Martin", "Martin"),
        ("Mark Baker's new number is on the card", "Mark Baker"),
    ],
)
def test_names_with_cues_are_still_people(redactor: Redactor, text: str, name: str) -> None:
    out = redactor.redact_many([text])[0].text
    assert out is not None and name not in out and "<PERSON_" in out
