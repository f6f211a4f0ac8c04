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
    results = release.redact_many(texts, keep=...)     # nlp.pipe batches; a process pool with processes > 1

Pseudonyms: inside one session the same third party always gets the same placeholder (``<PERSON_1>``,
``<EMAIL_2>`` …; "Smith" after "John Smith" is the same person), across all the fields redacted through it.
The session key is ``HMAC(pseudonym_key, release_key)`` and each value is looked up by its keyed HMAC, so a
session holds no raw values in its pseudonym table and two releases are unlinkable. ``placeholder_style="digest"``
gives stateless placeholders (``<PERSON_3fa9c1d2>``, a truncated HMAC) that agree across workers of one release.

Keep list: the caller passes the target's own identifiers for this text; a detection equal to one of them in
canonical form stays, everything else detected is replaced. Times, dates, amounts and order/case numbers stay;
a date of birth is redacted.

Fail closed: if analysing a text raises, that result has ``failed=True`` and ``text=None``; raw text is never
returned.
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
