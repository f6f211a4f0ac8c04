"""Third-party PII redaction for disclosure packages, on Presidio.

Removes the personal data of people other than a request's target from free text (messages, posts, bios,
profile fields) before release. Knows nothing of HTTP or requests.

Usage::

    from redaction import Redactor, KeepItem

    redactor = Redactor(pseudonym_key)                 # the spaCy model loads once, here
    release = redactor.session(release_id.encode())    # one session per released package
    res = release.redact(text, keep=[KeepItem("jane.doe@example.com"), "Jane Doe"])
    res.text                  # "Ask <PERSON_1> at <PHONE_1> …", or None when res.failed
    res.manifest.to_dict()    # types, counts and offsets in the redacted text; never original values
    res.entities              # (type, start, end, score), offsets into the ORIGINAL text
    results = release.redact_many(texts, keep=[[...], ...])  # one keep list for all, or one per text
    release.placeholder("USER_ID", "48213")           # pseudonymise a structured value the same way

Pseudonyms: inside one session the same third party always gets the same placeholder (``<PERSON_1>``,
``<EMAIL_2>`` …; "Smith" after "John Smith" is the same person), across all the fields redacted through it.
The session key is ``HMAC(pseudonym_key, release_key)`` and each value is looked up by its keyed HMAC, so the
pseudonym table holds no raw values (the session does keep the person names it has seen, in memory only, to find
them again in later fields) and two releases are unlinkable. ``placeholder_style="digest"`` gives stateless
placeholders (``<PERSON_3fa9c1d2>``, a truncated HMAC) that agree across workers of one release.

Keep list: the caller passes the target's own identifiers for this text; a detection equal to one of them in
canonical form stays, everything else detected is replaced. Times, dates, amounts and order/case numbers stay;
a date of birth is redacted.

Fail closed: if analysing a text raises, that result has ``failed=True`` and ``text=None``; raw text is never
returned. Texts longer than ``max_chars`` and non-strings are withheld the same way.

Engine: Presidio's ``AnalyzerEngine`` over spaCy ``en_core_web_sm`` 3.8.0 loaded from the installed package
directory (nothing downloads), running only its NER component, with this package's recognizers (US phones in
every common format, SSN, cards with Luhn incl. Mastercard 2221-2720, IPv4/IPv6, email, URL, street addresses,
city/state, @handles, platform user ids, crypto wallets, dates of birth, person-name cues and the 1990 US Census
name tables in ``redaction/data``) instead of Presidio's defaults (no other countries' recognizers; DATE_TIME is
not redacted). ``redact_many`` batches with ``nlp.pipe`` inside a spaCy ``memory_zone`` that is closed (what the
texts added to the vocabulary freed) every 500,000 characters, so a long-running process stays bounded;
``Redactor(processes=N)`` analyses in a pool of N worker processes (started with forkserver, never by forking the
caller), each loading the model once. A Redactor is not thread-safe.
"""

from redaction.engine import (
    Entity,
    KeepItem,
    Manifest,
    ManifestSpan,
    RedactionResult,
    RedactionSession,
    Redactor,
)
from redaction.errors import ConfigurationError, ModelLoadError, RedactionError
from redaction.recognizers import ENTITY_LABELS

__all__ = [
    "ENTITY_LABELS",
    "ConfigurationError",
    "Entity",
    "KeepItem",
    "Manifest",
    "ManifestSpan",
    "ModelLoadError",
    "RedactionError",
    "RedactionResult",
    "RedactionSession",
    "Redactor",
]
