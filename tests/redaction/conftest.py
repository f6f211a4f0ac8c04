"""Fixtures for the redaction tests: the engine loads once per session (the spaCy model takes seconds)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from faker import Faker

from redaction import Redactor

KEY = b"test-pseudonym-key-0123456789abcdef"


@pytest.fixture(scope="session")
def redactor() -> Iterator[Redactor]:
    with Redactor(KEY) as r:
        yield r


@pytest.fixture
def fake() -> Faker:
    f = Faker("en_US")
    f.seed_instance(1234)
    return f
