"""The 1990 Census name tables as evidence: names the model misses are found, product phrases are not people, and
names the tables do not know are still redacted."""

from __future__ import annotations

from importlib.resources import files

import pytest
from redaction_testkit import assert_redacted

from redaction import Redactor
from redaction.names import load_name_tables
from redaction.nlp import load_lexicon
from redaction.people import Lexicon


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def test_name_tables_ship_with_the_package_and_name_their_source() -> None:
    given, surnames, rare = load_name_tables()
    assert len(given) == 5163 and given["james"] > 3.0
    assert len(surnames) + len(rare) == 88799 and "smith" in surnames and "obi" in rare
    for name in ("given_names.txt", "surnames.txt", "surnames_rare.txt"):
        header = files("redaction").joinpath("data", name).read_text(encoding="ascii")[:400]
        assert "1990 US Census" in header and "public domain" in header and "names==0.3.0" in header


def test_lexicon_weighs_names(lexicon: Lexicon) -> None:
    assert lexicon.given_name("Travis") and lexicon.given_name("Amber's")
    assert not lexicon.given_name("Soon")  # a rare 1990 entry that is an English adverb
    assert lexicon.surname("O'Connor") and lexicon.surname("Ortiz-Lane") and not lexicon.surname("Crossbody")
    assert lexicon.full_name(["Crystal", "Williams"]) and not lexicon.full_name(["Crossbody", "Bag"])
    assert not lexicon.supported(["Crossbody", "Bag"])
    assert lexicon.supported(["Chukwuemeka", "Obi"])  # a rare surname: the tables do not rule it out
    assert (
        lexicon.finite_verb("bought")
        and lexicon.finite_verb("recommended")
        and lexicon.finite_verb("insists")
    )
    assert not lexicon.finite_verb("shoes") and not lexicon.finite_verb("the")


def test_without_name_tables_the_lexicon_has_no_opinion() -> None:
    lx = load_lexicon(names=False)
    assert not lx.has_names and not lx.given_name("Travis") and lx.supported(["Crossbody", "Bag"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Travis bought the tickets with my card", "Travis"),  # a given name before a verb no rule lists
        ("honestly Trevor snores so loud", "Trevor"),
        ("that kid Marcus from 2nd period keeps messaging me", "Marcus"),  # a given name inside a sentence
        (
            "Driver Crystal Williams dropped you off at 5pm",
            "Crystal Williams",
        ),  # a name inside a role-led run
        ("Amber Green's brother has my bike", "Amber Green"),  # English words, but a given name and surname
        ("Christopher Morales added Zoe Little to the group", "Zoe Little"),
        ("i swear Kevin took my phone, ask Jared she saw it", "Jared"),  # the model says PRODUCT
        ("Asking Heather Daniel to stop. Please.", "Heather Daniel"),
        ("Bonnie won't stop calling me", "Bonnie"),  # also an adjective
    ],
)
def test_names_the_tables_support_are_found(redactor: Redactor, text: str, name: str) -> None:
    assert_redacted(text, redactor.redact_many([text])[0], name)


@pytest.mark.parametrize(
    "text",
    [
        "Almond Milk, Light Ice, Extra Foam",  # the model calls "Almond Milk" a person
        "Cold Brew, Sweet Cream, Extra Ice",
        "Vanilla Latte, Skim Milk, No Foam",
        "I bought a Dell laptop last week",  # a given name after a determiner, before a noun: a thing
        "my Tiffany necklace broke",
        "Crystal Light packets are in the cabinet",
    ],
)
def test_products_and_brands_stay_untouched(redactor: Redactor, text: str) -> None:
    assert redactor.redact_many([text])[0].text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chukwuemeka Obi, room 4", "Chukwuemeka Obi"),  # "Obi" is also a dictionary word (a sash)
        ("Oluwaseun Adeyemi, 12 Elm Street", "Oluwaseun Adeyemi"),
        ("Emergency contact: Ngozi Eze, call after 6", "Ngozi Eze"),
    ],
)
def test_names_unknown_to_the_tables_are_still_redacted(redactor: Redactor, text: str, name: str) -> None:
    assert_redacted(text, redactor.redact_many([text])[0], name)
