"""Properties over generated text: planted values never survive, output and manifest always agree."""

from __future__ import annotations

import random

from faker import Faker
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from redaction_testkit import assert_redacted, luhn_complete

from redaction import Redactor

_fake = Faker("en_US")
_FILLER = st.sampled_from(
    [
        "hey",
        "call",
        "me",
        "at",
        "or",
        "tomorrow",
        "10:30",
        "$45",
        "order #88123",
        "ok",
        "lol",
        "the",
        "see",
        "\n",
        ",",
    ]
)


def _value(kind: str, seed: int) -> str:
    _fake.seed_instance(seed)
    rng = random.Random(seed)
    return {
        "email": _fake.email,
        "phone": _fake.phone_number,
        "ssn": _fake.ssn,
        "card": lambda: luhn_complete(rng.choice(["4", "51", "2221", "2720", "37", "6011"]), 16, rng),
        "ip": _fake.ipv4,
    }[kind]()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    parts=st.lists(
        st.one_of(
            _FILLER,
            st.tuples(st.sampled_from(["email", "phone", "ssn", "card", "ip"]), st.integers(0, 10**6)),
        ),
        min_size=1,
        max_size=14,
    )
)
def test_structured_values_never_survive(redactor: Redactor, parts: list[object]) -> None:
    words: list[str] = []
    planted: list[str] = []
    for p in parts:
        if isinstance(p, tuple):
            v = _value(*p)
            planted.append(v)
            words.append(v)
        else:
            words.append(str(p))
    text = " ".join(words)
    assert_redacted(text, redactor.redact(text), *planted)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_any_text_gives_a_consistent_result(redactor: Redactor, text: str) -> None:
    res = redactor.redact(text)
    assert not res.failed
    assert res.text is not None
    # splicing the placeholders back over the original spans rebuilds the output exactly
    rebuilt, pos = [], 0
    for e, span in zip(res.entities, res.manifest.spans, strict=True):
        assert 0 <= pos <= e.start < e.end <= len(text)
        rebuilt += [text[pos : e.start], span.placeholder]
        pos = e.end
    rebuilt.append(text[pos:])
    assert "".join(rebuilt) == res.text
    for span in res.manifest.spans:
        assert res.text[span.start : span.end] == span.placeholder
