"""Presidio recognizers for US third-party PII.

Each recognizer is a Presidio :class:`~presidio_analyzer.EntityRecognizer` built from a few compiled regular
expressions with a validator (checksum, range, context) and a fixed score, so their results need no lemma-based
context enhancement. :func:`build_recognizers` returns the full set the engine registers; Presidio's own
country recognizers are never loaded (UK NHS numbers, for one, match US phone numbers at score 1.0).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction.errors import ConfigurationError
from redaction.people import (
    EMPTY_LEXICON,
    NO_VALUE,
    NOT_NAME,
    PERSON_ROLES,
    Lexicon,
    PersonContextRecognizer,
    field_parts,
    field_word,
    line_parts,
    ner_vetoed,
    title_field,
)
from redaction.validators import base58check_ok, bech32_ok, digits, ip_ok, is_card_number, luhn_ok, ssn_ok

#: The entity types this package detects, with the label used in placeholders (``<PERSON_1>``).
ENTITY_LABELS: dict[str, str] = {
    "PERSON": "PERSON",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "US_SSN": "SSN",
    "CREDIT_CARD": "CARD",
    "IP_ADDRESS": "IP",
    "URL": "URL",
    "STREET_ADDRESS": "ADDRESS",
    "LOCATION": "LOCATION",
    "HANDLE": "HANDLE",
    "USER_ID": "USER_ID",
    "CRYPTO": "WALLET",
    "DATE_OF_BIRTH": "DOB",
}

# When overlapping detections are merged, the type of the highest-priority member names the merged span.
PRIORITY: dict[str, int] = {
    "EMAIL_ADDRESS": 100,
    "CREDIT_CARD": 95,
    "US_SSN": 94,
    "CRYPTO": 93,
    "IP_ADDRESS": 92,
    "PHONE_NUMBER": 90,
    "URL": 85,
    "USER_ID": 80,
    "HANDLE": 78,
    "DATE_OF_BIRTH": 75,
    "STREET_ADDRESS": 70,
    "PERSON": 60,
    "LOCATION": 50,
}


def _words(text: str) -> list[str]:
    return text.split()


Validator = Callable[[str, "re.Match[str]"], bool]

# Keywords that, right before a number, say it is an order/case/reference number (evidence, not PII).
_REFERENCE_BEFORE = re.compile(
    # a word of its own: a name ending so ("Jitrin Polpo", "Makini Oladipupo") is no purchase order
    r"(?i)(?<![a-z])(?:order|case|ref|reference|invoice|tracking|ticket|confirmation|receipt|transaction|txn|"
    r"booking|claim|serial|sku|model|part|report|incident|docket|po|rma|authorization)"
    # "is"/"was" only after an id word: "claim ID is 212-555-0147" ("the number on the order was …" is a phone)
    r"\s*(?:(?:no\.?|number|num|id)\s*[:#.]?\s*(?:is\s+|was\s+)?|[:#.]?\s*)#?\s*$"
)
# A log's key=value pair whose key names a job, build or trace: "job=2553708245", "build_id=5872818084" (the bare
# digits only: "run=(808) 250-8190", "job: 729-752-9359" and "the pid - 5237254158" may be numbers someone wrote)
_LOG_KEY_BEFORE = re.compile(r"(?<![A-Za-z])(?:job|build|batch|run|pid|seq|trace|span)(?:_id)?=$")


def _not_reference(text: str, m: re.Match[str]) -> bool:
    if m.group().isdigit() and _LOG_KEY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return False
    return _REFERENCE_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None


@dataclass(frozen=True, slots=True)
class Pattern:
    """One regular expression for one entity type; ``group`` selects the redacted part of the match."""

    regex: re.Pattern[str]
    score: float
    group: int = 0
    validate: Validator | None = None
    needle: str | None = None  # a substring the text must contain for the regex to be worth running


class RegexRecognizer(EntityRecognizer):
    """A Presidio recognizer running compiled patterns with validators for a single entity type."""

    def __init__(self, entity: str, patterns: Sequence[Pattern], name: str) -> None:
        self.patterns = tuple(patterns)
        super().__init__(supported_entities=[entity], name=name, supported_language="en")

    def load(self) -> None:
        """Nothing to load: the patterns are compiled at construction."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        entity = self.supported_entities[0]
        if entities and entity not in entities:
            return []
        out: list[RecognizerResult] = []
        for p in self.patterns:
            if p.needle is not None and p.needle not in text:
                continue
            for m in p.regex.finditer(text):
                if p.validate is not None and not p.validate(text, m):
                    continue
                start, end = m.span(p.group)
                if start < end:
                    out.append(RecognizerResult(entity, start, end, p.score))
        return out


# Words the model sometimes pulls into a PERSON span: "Call Jane Doe", "Hey Tom", "Jane Doe's".
_LEAD_WORDS = re.compile(
    r"(?:(?:Call|Tell|Ask|Text|Txt|Message|Msg|Email|Meet|Ping|Dm|DM|Hey|Hi|Hello|Yo|Dear|Thanks|Thank|Sorry|"
    r"Congrats|Love|Miss|Met|Saw|Cc|CC|Fwd|Re|With|And|Ok|Okay|Lol|Omg|Btw|Yes|No|So|But)\b[,!]?\s+|"
    r"[a-z][\w']*\s+)+"
)


def _trim_edge(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not (text[start].isalnum() or text[start] in "@#"):  # "• Jennifer Bowman"
        start += 1
    return start, end


def _trim_person(text: str, start: int, end: int, lexicon: Lexicon = EMPTY_LEXICON) -> tuple[int, int]:
    start, end = _trim_edge(text, start, end)
    span = text[start:end]
    m = _LEAD_WORDS.match(span)
    # strip only in front of a capitalised name: an all-lower-case span ("jane doe") stays whole; and not a given
    # name of the tables before one surname ("registered to Ping Du", "Love Nguyen": "Ping" and "Love" lead a message
    # elsewhere, but here they are the name's own first word)
    if (
        m
        and m.end() < len(span)
        and span[m.end()].isupper()
        and not _given_before_surname(span, m.end(), lexicon)
    ):
        start += m.end()
    span = text[start:end]
    if span.endswith(("'s", "’s")):
        end -= 2
    while end > start and text[end - 1] in " ,.;:!?'\"":
        end -= 1
    return start, end


# Words of NOT_NAME that are also people's names, from many origins: a month's abbreviation ("Jan", "Jun") and a
# network reading's label ("Ping: 45 ms") are the same word as "Jan" (Dutch, Czech, Polish), "Jun" (Chinese,
# Japanese, Korean, Filipino) and "Ping" (Chinese)
_NAMES_AMONG_LABELS = frozenset({"Jan", "Jun", "Ping"})
# what makes such a word a month or a label: a figure or a label's colon after it, a preposition of time before it
_MONTH_AFTER = re.compile(r"[ \t]*(?:[,.]?[ \t]*['’]?\d|:)")
_MONTH_BEFORE = re.compile(
    r"(?i:\b(?:in|on|of|since|until|till|til|from|by|through|thru|last|next|early|late|mid|end|this|every|each|"
    r"before|after|during|around|due|exp|expires|expiring|starting|ending|\d+(?:st|nd|rd|th)?)[ \t]*[-–]?[ \t]*)$"
)


def _name_not_month(text: str, start: int, end: int) -> bool:
    """The model's person is one of _NAMES_AMONG_LABELS where it is no month or label: no figure or colon after it,
    no preposition of time or figure before it ("Jun said she is scared", "ask for Jun"; not "Jun 12", "in Jun",
    "Ping: 45ms")."""
    word = text[start:end].rstrip(".,!?")
    return (
        word in _NAMES_AMONG_LABELS
        and _MONTH_AFTER.match(text, start + len(word)) is None
        and _MONTH_BEFORE.search(text, max(0, start - 20), start) is None
    )


def _given_before_surname(span: str, cut: int, lexicon: Lexicon) -> bool:
    lead, rest = span[:cut].split(), span[cut:].split()
    return (
        len(lead) == 1
        and len(rest) == 1
        and lead[0].isalpha()
        and lead[0][:1].isupper()
        and lexicon.tabled_given(lead[0])
        and not lexicon.kin_word(lead[0])
        and lexicon.surname(rest[0].removesuffix("'s").removesuffix("’s").rstrip(" ,.;:!?'\""))
    )


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n])[ \t\"'(•▪◦*-]*$")
_BULLET_MARK = re.compile(r"[•▪◦*-]")


def _sentence_verb(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """A "place" that is one verb form opening a sentence or list item before lower-case words ("Spoke with …",
    "Drove to …"), or an adjective or adverb opening a list item ("• Dark mode now follows …"): chat drops the
    subject, and the capital comes from the position."""
    word = text[start:end]
    opening = _SENTENCE_START.search(text, max(0, start - 4), start)
    return (
        word.isalpha()
        and opening is not None
        # an adjective only as a list item's first word: "Golden is where he lives now" names a town
        and (
            lexicon.verb_form(word)
            or (lexicon.plain_words([word]) and _BULLET_MARK.search(opening.group()) is not None)
        )
        and re.match(r"[ \t]+[a-z]", text[end:]) is not None
    )


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Common nouns of buildings, rooms and landscape: a model place made only of these ("the Front Desk", "our Help
# Center", "The River") names no address or town.
_GENERIC_PLACE = _word_set(
    """
    the a an our your my this that front back main help service services customer guest visitor desk center centre
    office room lobby entrance exit river lake park hall library store shop gym field court building floor station
    counter kitchen area zone section wing dock gate terminal parking lot garage school church hospital clinic
    pharmacy market mall playground cafeteria classroom pool beach woods forest mountain hill valley yard garden
    """
)


# Countries, by their common English names: a country alone points at no one ("| Germany | Bundeskriminalamt |",
# "US-MX, $1.00"), and investigators need to read it. One that is also a common given name ("Jordan", "Chad",
# "Georgia") is left to the other checks: the model calls such a person a place at times.
_COUNTRIES = frozenset(
    line.strip().lower().rstrip(".")
    for line in """
    Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|Azerbaijan|
    Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|
    Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cabo Verde|Cape Verde|Cambodia|Cameroon|Canada|
    Central African Republic|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czechia|
    Czech Republic|Denmark|Djibouti|Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|
    Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|
    Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|Indonesia|Iran|Iraq|Ireland|Italy|Ivory Coast|Japan|
    Kazakhstan|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|
    Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|
    Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|
    New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|
    Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saint Kitts and Nevis|
    Saint Lucia|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|
    Solomon Islands|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|
    Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Timor-Leste|Togo|Tonga|Trinidad and Tobago|Tunisia|
    Turkey|Turkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|
    United States of America|Uruguay|Uzbekistan|Vanuatu|Vatican City|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|
    US|U.S.|USA|U.S.A.|UK|U.K.|UAE|Great Britain|Britain|England|Scotland|Wales|Northern Ireland|Puerto Rico|
    Hong Kong|Korea|India|Israel|Jamaica|Kenya|Jordan|Chad|Georgia|Dominica|Saint Vincent and the Grenadines|
    Sao Tome and Principe|Holland
    """.replace("\n", "").split("|")
)


def _country(span: str, lexicon: Lexicon) -> bool:
    """The span is a country (``_COUNTRIES``), "the" before it or not, and no common given name ("Jordan")."""
    name = span.strip(".,;:!?'\"()").removeprefix("the ").removeprefix("The ")
    return name.lower().rstrip(".") in _COUNTRIES and not lexicon.given_name(name, common=True)


def _generic_place(span: str) -> bool:
    words = [w.strip(".,;:!?'\"()").lower() for w in span.split()]
    return bool(words) and all(w in _GENERIC_PLACE for w in words if w)


def _place_cue(text: str, start: int, end: int) -> bool:
    """Something says the span is a place: a state (or ZIP code) after it, a house number before it, or the span
    is a state."""
    return (
        _PLACE_AFTER.match(text, end) is not None
        or _NUMBER_BEFORE.search(text, max(0, start - 12), start) is not None
        or _STATE_SPAN.fullmatch(text, start, end) is not None
    )


def _acronym(word: str, lexicon: Lexicon) -> bool:
    w = word.strip(".,:;!?")
    return 2 <= len(w) <= 5 and w.isalpha() and w.isupper() and lexicon.has_names and not lexicon.name_word(w)


# The keywords a text-message service answers to (the carriers' opt-out and help words), written in capitals
SMS_KEYWORDS = frozenset(
    [
        "STOP",
        "STOPALL",
        "END",
        "CANCEL",
        "UNSUBSCRIBE",
        "QUIT",
        "UNSTOP",
        "START",
        "HELP",
        "INFO",
        "YES",
        "NO",
        "Y",
        "N",
    ]
)


_SIGN_OFF = re.compile(r"[A-Z][a-z]+ly")


def _sign_off(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """A letter's closing adverb ("Warmly,", "Sincerely,"), no name of the tables ("Beverly," may be a place)."""
    word = text[start:end]
    return (
        _SIGN_OFF.fullmatch(word) is not None
        and text[end : end + 1] in (",", "!")
        and lexicon.descriptive(word)
        and not lexicon.name_word(word)
    )


# a record key's abbreviations no dictionary lists
_KEY_PARTS = frozenset(_words("id dob ssn ip url num no dt ts utc iso raw str val"))


def _snake_key(word: str, lexicon: Lexicon) -> bool:
    parts = word.split("_")
    return len(parts) > 1 and all(p and (p.lower() in _KEY_PARTS or lexicon.known(p)) for p in parts)


class NerRecognizer(EntityRecognizer):
    """People and places from the spaCy NER model (labels already mapped by the NLP engine)."""

    def __init__(self, score: float = 0.85, lexicon: Lexicon = EMPTY_LEXICON) -> None:
        self.score = score
        self.lexicon = lexicon
        super().__init__(supported_entities=["PERSON", "LOCATION"], name="NerRecognizer")

    def load(self) -> None:
        """The model is loaded by the NLP engine."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        if nlp_artifacts is None:
            return []
        out: list[RecognizerResult] = []
        spans = []
        for ent in nlp_artifacts.entities:
            label = ent.label_
            if label not in self.supported_entities or (entities and label not in entities):
                continue
            if label == "PERSON":  # a line at a time (see line_parts)
                spans += [(label, a, b) for a, b in line_parts(text, ent.start_char, ent.end_char)]
            else:  # a field at a time (see field_parts), without the bullet spaCy may read into it ("• Dark")
                spans += [
                    (label, *_trim_edge(text, a, b))
                    for a, b in field_parts(text, ent.start_char, ent.end_char)
                ]
        for label, start, end in spans:
            if label == "PERSON":
                start, end = _trim_person(text, start, end, self.lexicon)
                words = text[start:end].split()
                # "Not you? Reply NO.": function words, and the keywords of text-message services
                if any(c.isdigit() for c in text[start:end]) or (
                    all(w.strip(".,") in NOT_NAME or w.strip(".,!") in SMS_KEYWORDS for w in words)
                    and not _name_not_month(text, start, end)
                ):
                    continue
                if all(w.lower() in NO_VALUE for w in words):  # "display_name: null"
                    continue
                # "ya llegaste", "w sobotę": words in lower case of a language the model does not read, no name of
                # the tables among them ("tell jessica" is one)
                if all(w.isalpha() and w.islower() and not self.lexicon.name_word(w) for w in words):
                    continue
                # "order_id", "deliver_to": a record's key of dictionary words (a handle, "jane_doe", stays)
                if len(words) == 1 and _snake_key(words[0], self.lexicon):
                    continue
                # "Attached is the lease": one word the lexicon knows only as a verb or adjective
                if len(words) == 1 and self.lexicon.descriptive(words[0]):
                    continue
                # "RSVP to Bruce", "PTA President": an acronym, not a name of the tables
                if len(words) == 1 and (
                    _acronym(words[0], self.lexicon) or field_word(text, start, end, self.lexicon)
                ):
                    continue
                # "Flash Sale!": a title-case phrase of dictionary words, with no cue that it is a person
                if ner_vetoed(text, start, end, self.lexicon):
                    continue
            elif (
                not any(c.isalpha() for c in text[start:end])
                or any(c.isdigit() for c in text[start:end])
                or _sentence_verb(text, start, end, self.lexicon)
                or _generic_place(text[start:end])
                or _country(text[start:end], self.lexicon)
                or self.lexicon.kin_word(text[start:end])  # "[6pm] Abuela: gracias": a relation, no place
                or _snake_key(text[start:end], self.lexicon)  # "trip_id"
                or (title_field(text, start, end) and not _place_cue(text, start, end))
                or _sign_off(text, start, end, self.lexicon)
            ):
                continue
            if start < end:
                out.append(RecognizerResult(label, start, end, self.score))
        return out


# ---------------------------------------------------------------------------------------------------------------
# Patterns

EMAIL = RegexRecognizer(
    "EMAIL_ADDRESS",
    [
        Pattern(
            re.compile(
                r"(?<![\w.+%-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w-])"
            ),
            1.0,
            needle="@",
        ),
        # Obfuscated: "jane [at] example [dot] com", "jane at example dot com".
        Pattern(
            re.compile(
                # it starts where a run of address characters starts, so a long run is read once, not once per
                # "-" or "+" in it
                r"(?i)(?<![\w.%+-])[._%+-]*[a-z0-9][a-z0-9._%+-]*\s*(?:\[at\]|\(at\)|\{at\}|\sat\s)\s*"
                r"[a-z0-9-]+(?:\s*(?:\[dot\]|\(dot\)|\{dot\}|\sdot\s|\.)\s*[a-z0-9-]+)*"
                r"\s*(?:\[dot\]|\(dot\)|\{dot\}|\sdot\s)\s*(?:com|net|org|edu|gov|io|co|us|me|info)\b"
            ),
            0.8,
        ),
    ],
    "EmailRecognizer",
)

_PHONE = re.compile(
    r"(?<![\w+#/.-])"
    r"(?:(?:\+\s?1|001|1)[\s.-]?)?"
    r"(?:\(\s*[2-9]\d{2}\s*\)\s?|[2-9]\d{2}(?P<sep>[\s.-]?))"
    r"[2-9]\d{2}[\s.-]?\d{4}"
    r"(?:\s*(?:x|ext\.?|extension|\#)\s*\d{1,6})?"
    r"(?![\w-]|\.\d)"
)

PHONE = RegexRecognizer(
    "PHONE_NUMBER",
    [Pattern(_PHONE, 0.75, validate=_not_reference)],
    "UsPhoneRecognizer",
)

_SSN_CONTEXT = re.compile(r"(?i)(?:ssn|social\s*security|soc\.?\s*sec|ss#|ss\s*no)\W{0,20}$")


def _ssn_valid(text: str, m: re.Match[str]) -> bool:
    return ssn_ok(m.group(0))


def _ssn_bare_valid(text: str, m: re.Match[str]) -> bool:
    return ssn_ok(m.group(0)) and _SSN_CONTEXT.search(text, max(0, m.start() - 40), m.start()) is not None


SSN = RegexRecognizer(
    "US_SSN",
    [
        Pattern(re.compile(r"(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-])"), 0.85, validate=_ssn_valid),
        Pattern(re.compile(r"(?<![\w-])\d{3}\.\d{2}\.\d{4}(?![\w-])"), 0.6, validate=_ssn_valid),
        Pattern(re.compile(r"(?<![\w-])\d{9}(?![\w-])"), 0.85, validate=_ssn_bare_valid),
    ],
    "UsSsnRecognizer",
)


def _card_valid(text: str, m: re.Match[str]) -> bool:
    if not is_card_number(m.group(0)):
        return False
    # Maestro's old UK ranges start like timestamps and reference numbers ("Incident 060420241535"): a card only
    # after card words ("Payment instrument on file: 060496393772")
    if digits(m.group(0)).startswith(("0604", "6390")):
        return _not_reference(text, m) and _after_card_words(text, m)
    return True


# card words before the number, up to three words between ("card ko 6390…", "card used for verification 0604…")
_CARD_CONTEXT = re.compile(
    r"(?i)(?:card|cc|visa|mastercard|amex|debit|credit|number|no\.?|#|payment[ \t]+(?:instrument|method)(?:[ \t]+on"
    r"[ \t]+file)?)(?:\W{1,3}[a-z]{1,12}){0,3}\W{0,12}$"
)
# or its expiry or security code right after it ("6390… exp 09/27", "…, CVV 123")
_CARD_AFTER = re.compile(
    r"(?i)\W{1,6}(?:exp(?:ires|iry|iration)?|valid[ \t]+thru|cvv2?|cvc|security[ \t]+code)\b"
)


def _after_card_words(text: str, m: re.Match[str]) -> bool:
    return (
        _CARD_CONTEXT.search(text, max(0, m.start() - 40), m.start()) is not None
        or _CARD_AFTER.match(text, m.end()) is not None
    )


def _card_other_valid(text: str, m: re.Match[str]) -> bool:
    """A Luhn-valid 13–19 digit number of no known issuer: a card when it follows card words or has 15–16 digits."""
    number = digits(m.group(0))
    if not luhn_ok(number) or len(set(number)) < 3 or not _not_reference(text, m):
        return False
    return len(number) in (15, 16) or _after_card_words(text, m)


# Card numbers as written: one run of 12-19 digits, or groups of four (16/19 digits, also 13-15 with a short
# last group), or Amex/Diners 4-6-5 / 4-6-4. Free-form digit runs would swallow a neighbouring number.
_CARD_RE = re.compile(
    r"(?<![\w.:/-])(?:\d{12,19}|\d{4}(?P<s>[ -])\d{4}(?P=s)\d{4}(?P=s)\d{1,4}(?:(?P=s)\d{3})?|"
    r"\d{4}(?P<t>[ -])\d{6}(?P=t)\d{4,5})(?![\w-]|\.\d)"
)
CARD = RegexRecognizer(
    "CREDIT_CARD",
    [Pattern(_CARD_RE, 0.9, validate=_card_valid), Pattern(_CARD_RE, 0.6, validate=_card_other_valid)],
    "CardRecognizer",
)


def _ip_valid(text: str, m: re.Match[str]) -> bool:
    return ip_ok(m.group(0))


_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IP = RegexRecognizer(
    "IP_ADDRESS",
    [
        Pattern(
            re.compile(rf"(?<![\w.]){_OCTET}(?:\.{_OCTET}){{3}}(?:/\d{{1,2}})?(?![\w]|\.\d)"),
            0.9,
            validate=_ip_valid,
            needle=".",
        ),
        Pattern(
            re.compile(
                r"(?<![\w:.])(?=[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:]{2,39}"
                r"(?:(?<=:)\d{1,3}(?:\.\d{1,3}){3})?(?:%[A-Za-z0-9]+)?(?:/\d{1,3})?(?<!:(?=:))(?![\w:])"
            ),
            0.9,
            validate=_ip_valid,
            needle=":",
        ),
    ],
    "IpRecognizer",
)

_TLDS = (
    "com|net|org|edu|gov|io|co|us|me|info|biz|app|dev|ly|tv|gg|xyz|site|online|blog|link|page|live|"
    "social|chat|uk|ca|de|fr|au|in|ru|cn|jp|br"
)
_URL_TRAIL = ".,;:!?)]}'\""


def _url_valid(text: str, m: re.Match[str]) -> bool:
    return m.end() - m.start() > 4


URL = RegexRecognizer(
    "URL",
    [
        Pattern(
            re.compile(r"(?i)(?<![\w@])(?:https?://|ftp://|www\.)[^\s<>\"'`{}|\\^\[\]]+(?<![.,;:!?)\]}'\"])"),
            0.9,
            validate=_url_valid,
        ),
        Pattern(
            re.compile(
                rf"(?i)(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]{{0,61}}[a-z0-9])?\.)+(?:{_TLDS})"
                r"(?::\d{2,5})?(?:/[^\s<>\"'`{}|\\^\[\]]*)?(?<![.,;:!?)\]}'\"])(?![\w@-])"
            ),
            0.6,
            needle=".",
        ),
    ],
    "UrlRecognizer",
)

_HANDLE_TIME = re.compile(r"@\d{1,2}(?::\d\d)?(?:am|pm)?$", re.IGNORECASE)


# the mentions chat apps reserve for a whole channel (Slack, Discord, Teams, Mattermost): no one's handle
_BROADCAST_MENTIONS = frozenset({"here", "channel", "everyone", "all"})


def _handle_valid(text: str, m: re.Match[str]) -> bool:
    h = m.group(0)
    return not _HANDLE_TIME.match(h) and not h[1:].isdigit() and h[1:] not in _BROADCAST_MENTIONS


HANDLE = RegexRecognizer(
    "HANDLE",
    [
        Pattern(
            re.compile(r"(?<![\w@.+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])"),
            0.8,
            validate=_handle_valid,
            needle="@",
        )
    ],
    "HandleRecognizer",
)

_TAG_PART = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{2,}(?![a-z])")
_TAG_DECORATION = re.compile(r"^(?:xX|Xx|x)_|_(?:Xx|xX|x)$")
_MONTH_WORDS = frozenset(
    {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    }
)


def gamertag_recognizer(lexicon: Lexicon) -> RegexRecognizer:
    """A screen name joined by underscores around a name of the tables ("xX_Jones_Xx", "Big_Mike_77"), as a
    gaming friend list shows it without an "@"; an identifier in code ("full_name", "LedgerWorker.run") has no
    capitalised name between underscores."""

    def name_part(part: str) -> bool:
        return (
            lexicon.given_name(part, common=True)
            and not lexicon.plain_words([part])
            and part not in _MONTH_WORDS
        ) or (lexicon.surname(part) and not lexicon.known(part))

    def valid(text: str, m: re.Match[str]) -> bool:
        # "TXN_Chase_80985", "Case_Burke_63541", "Report_May_2021_Final" are identifiers: "chase", "burke" and
        # "may" are English words; a gamer's "xX_…_Xx" says screen name whatever the word
        parts = [p.group() for p in _TAG_PART.finditer(text, m.start(), m.end())]
        decorated = _TAG_DECORATION.search(m.group()) is not None
        return lexicon.has_names and any(name_part(p) or (decorated and lexicon.name_word(p)) for p in parts)

    return RegexRecognizer(
        "HANDLE",
        [
            Pattern(
                re.compile(r"(?<![\w@#./:\\-])_*[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+_*(?![\w@#(\\-]|[./:]\w)"),
                0.75,
                validate=valid,
                needle="_",
            )
        ],
        "GamertagRecognizer",
    )


#: Default platform user-id pattern: the id after "user id", "uid", "profile id", "account id".
DEFAULT_USER_ID_PATTERNS: tuple[str, ...] = (
    (
        r"(?i)\b(?:user[ _-]?id|uid|profile[ _-]?id|account[ _-]?id|member[ _-]?id)\s*(?:is\s*)?[:#=]?\s*"
        r"(?P<id>[A-Za-z0-9][A-Za-z0-9_-]{3,63})\b"
    ),
)


def user_id_recognizer(patterns: Iterable[str]) -> RegexRecognizer:
    """Platform user ids: each pattern either has a named group ``id`` (the part to redact) or is redacted whole."""
    compiled: list[Pattern] = []
    for source in patterns:
        try:
            rx = re.compile(source)
        except re.error as exc:
            raise ConfigurationError(f"invalid user-id pattern: {exc}") from None
        group = rx.groupindex.get("id", 0)
        compiled.append(Pattern(rx, 0.85, group=group))
    return RegexRecognizer("USER_ID", compiled, "UserIdRecognizer")


def _btc_valid(text: str, m: re.Match[str]) -> bool:
    return base58check_ok(m.group(0))


def _bech32_valid(text: str, m: re.Match[str]) -> bool:
    return bech32_ok(m.group(0))


CRYPTO = RegexRecognizer(
    "CRYPTO",
    [
        Pattern(re.compile(r"(?<![\w])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![\w])"), 1.0, validate=_btc_valid),
        Pattern(
            re.compile(r"(?i)(?<![\w])(?:bc|tb)1[02-9ac-hj-np-z]{11,71}(?![\w])"), 1.0, validate=_bech32_valid
        ),
        Pattern(re.compile(r"(?<![\w])0x[0-9a-fA-F]{40}(?![\w])"), 0.9, needle="0x"),
    ],
    "CryptoWalletRecognizer",
)

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE = (
    rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)?\d{{2}}|(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}|"
    rf"{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\.?,?\s+(?:19|20)\d{{2}})"
)
DOB = RegexRecognizer(
    "DATE_OF_BIRTH",
    [
        Pattern(
            re.compile(
                # also a record's key: "birth_dt_raw: '08/22/1933'", "\"dob\": \"1990-01-02\"", "date_of_birth=…"
                # (and as OCR misreads them, "D.0.B", "B0rn"; in Spanish, "nacida el", "fecha de nacimiento";
                # a birthday cake before it, "🎂 June 13, 1926")
                # the key may lead with whose it is ("user_dob", "guardian_date_of_birth")
                rf"(?i)(?:(?<![a-z0-9])(?:d\.?[o0]\.?b\.?|date[\s_-]+of[\s_-]+birth|birth[\s_-]*+(?:date|dt|day)|birthday|b[o0]rn|b-?day"
                rf"|nacid[oa]|fecha[\s_-]+de[\s_-]+nacimiento|f\.?[\s_-]?nac\.?|cumplea[ñn]os)|🎂)"
                # a key's suffix that still says "the date of birth" ("dob_verified: 2024-06-04" is another date)
                rf"(?:_(?:raw|str|string|text|value|val|iso|fmt|formatted|display|entered|provided|stated|given))?+"
                rf"['\"]?+"
                # what the form says of it in brackets before the value's ":" ("Date of birth (user-supplied): …";
                # not "my bday (September 28, 1950)")
                rf"(?:[ \t]*+\([^()\n]{{1,30}}\)(?=[ \t]*[:=]))?+"
                # possessive quantifiers: a run of spaces is read once, not once per way to split it
                # (or an XML element's: "<birthDate>1975-03-02</birthDate>"; "her bday es …", "nacida el …")
                rf"(?:\s++(?:is|was|on|in|es|era|fue|el)\b)*+\s*+(?:[:=>\-]\s*+)?+['\"(]?+"
                # asked and answered: "What is your daughter's date of birth?\nCaller: 9/18/24."
                rf"(?:\?[ \t]*+\n[ \t]*+(?:[A-Z][\w ]{{0,20}}:[ \t]*+)?)?(?P<d>{_DATE})"
            ),
            0.9,
            group=1,
        )
    ],
    "DateOfBirthRecognizer",
)

# --- tables ----------------------------------------------------------------------------------------------------

# A header row names its columns; the values under a name or a date-of-birth column are those, whatever they look
# like ("user_id,display_name,email,phone,dob" then one row per account).
_PERSON_COLUMN = re.compile(
    r"(?i)(?:(?:full|first|last|given|family|middle|legal|display|real|"
    rf"{PERSON_ROLES})[ _-]?)?name|first|last|given|family|surname|forename|firstname|lastname|fname|lname"
)
# a column named for a person's role ("guardian", "emergency_contact") holds that person's name, beside a column
# about a person ("guardian_phone")
# ("account" and "holder" alone more often hold an account's label or number)
# ("parent_or_guardian", "Parent/Guardian": either role)
_ROLE_COLUMN = re.compile(
    rf"(?i)(?!(?:account|holder|cardholder)$)(?:{PERSON_ROLES})(?:(?:[ _-]?or[ _-]?|[ \t]*/[ \t]*)(?:{PERSON_ROLES}))?"
)
_DOB_COLUMN = re.compile(
    r"(?i)dob|d\.o\.b\.?|birth[ _-]?date|date[ _-]?of[ _-]?birth|birthday|bday|born(?:[ _-]?on)?"
)
# "name" alone heads a product's name as often, and "first, last" may be words of a sentence: such a column is a
# person's beside a column about a person; "display_name", "Last Name" always are
_QUALIFIED_NAME = re.compile(r"(?i).+name")
_ABOUT_A_PERSON = re.compile(
    r"(?i)(?:(?:[a-z]+[ _-])?(?:e?mail|email[ _-]?address|phone|tel|telephone|mobile|cell|address|addr)|"
    r"birth[ _-]?date|dob|ip|ip[ _-]?address|signup[ _-]?ip|ssn|user|user[ _-]?id|account|sender|recipient|contact|"
    r"age|gender|handle)"
)
_COLUMN_KEY = re.compile(r"[A-Za-z][\w .()/#-]{0,40}")
# a header's word for a person's column: a name, a date of birth, or a role ("trip_id,rider,rider_phone,driver")
_TABLE_HINT = re.compile(rf"(?i)name|dob|birth|born|bday|{PERSON_ROLES}")
# columns of a fixed-width export or a screen read as text, two or more spaces apart ("STUDENT    GUARDIAN    CELL")
_FIXED = "  "
_DELIMITERS = ("\t", ",", "|", ";", _FIXED)
_FIXED_CELL = re.compile(r"\S+(?: \S+)*")
# unquoted commas inside a row's values ("April 03, 1931"), read by aligning the row from both ends
_MAX_EXTRA = 2


def _split(line: str, start: int, delimiter: str) -> list[tuple[int, int]]:
    """The fields of one delimited line as spans of the text (double quotes protect delimiters), trimmed of space
    and quotes."""
    spans: list[tuple[int, int]] = []
    quoted = False
    lo = 0
    for i, c in enumerate(line):
        if c == '"':
            quoted = not quoted
        elif c == delimiter and not quoted:
            spans.append((lo, i))
            lo = i + 1
    spans.append((lo, len(line)))
    out = []
    for a, b in spans:
        while a < b and line[a] in ' \t"':
            a += 1
        while b > a and line[b - 1] in ' \t"':
            b -= 1
        out.append((start + a, start + b))
    return out


# A Markdown table's rule under its header: "|---|:---:|"
_RULE_ROW = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*")


def _cells(line: str, start: int, delimiter: str) -> list[tuple[int, int]]:
    """:func:`_split`, with a Markdown row's outer pipes ("| Name | DOB |") taken off first; a fixed-width line's
    cells are its runs of words one space apart."""
    if delimiter == _FIXED:
        return [(start + m.start(), start + m.end()) for m in _FIXED_CELL.finditer(line)]
    if delimiter == "|":
        stripped = line.strip(" \t")
        if len(stripped) > 1 and stripped[0] == "|" and stripped[-1] == "|":
            lo = line.index("|") + 1
            hi = line.rindex("|")
            return _split(line[lo:hi], start + lo, delimiter)
    return _split(line, start, delimiter)


# values that hold an unquoted comma: a date ("Dec 09, 1977 00:46") and an amount ("$2,964.32")
_BEFORE_YEAR = re.compile(r"(?i)[a-z]{3,9}\.?[ \t]+\d{1,2}")
_YEAR_ON = re.compile(r"(?:1[89]|20)\d\d\b.*")
_BEFORE_THOUSANDS = re.compile(r"[$€£]\d{1,3}(?:,\d{3})*")
_THOUSANDS_ON = re.compile(r"\d{3}(?:\.\d{1,2})?\b.*")


def _rejoined(text: str, fields: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Comma-separated fields with the values split at their own commas joined again: a row
    "REF7,Dec 09, 1977 00:46,Gulab Tahaw-wur,$2,964.32" holds four values, not six, and the names stay under
    their columns."""
    out = [fields[0]]
    for a, b in fields[1:]:
        pa, pb = out[-1]
        prev, cur = text[pa:pb], text[a:b]
        # only a bare comma between (a quoted field is whole already)
        if text[pb:a].strip(" \t") == "," and (
            (_BEFORE_YEAR.fullmatch(prev) and _YEAR_ON.fullmatch(cur))
            or (_BEFORE_THOUSANDS.fullmatch(prev) and _THOUSANDS_ON.fullmatch(cur))
        ):
            out[-1] = (pa, b)
        else:
            out.append((a, b))
    return out


class TableRecognizer(EntityRecognizer):
    """Names and dates of birth in delimited records (CSV, TSV, "|"- or ";"-separated) under a header row that names
    the column: the header, not the value's shape, says what the value is."""

    def __init__(self, lexicon: Lexicon = EMPTY_LEXICON) -> None:
        self.lexicon = lexicon
        super().__init__(
            supported_entities=["PERSON", "DATE_OF_BIRTH"], name="TableRecognizer", supported_language="en"
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        if _TABLE_HINT.search(text) is None:
            return []
        lines: list[tuple[int, str]] = []
        pos = 0
        for line in text.split("\n"):
            lines.append((pos, line))
            pos += len(line) + 1
        out: list[RecognizerResult] = []
        i = 0
        while i < len(lines):
            header = self._header(*lines[i])
            if header is None:
                i += 1
                continue
            delimiter, columns = header
            i += 1
            while i < len(lines) and lines[i][1].strip() and self._header(*lines[i]) is None:
                if delimiter == "|" and _RULE_ROW.fullmatch(lines[i][1]):
                    i += 1
                    continue
                fields = _cells(lines[i][1], lines[i][0], delimiter)
                if delimiter == "," and len(fields) > len(columns):
                    fields = _rejoined(text, fields)
                # a line of another width: the table has ended (a fixed-width row has no extra cells to align,
                # and one with an empty cell is not read)
                if not 0 <= len(fields) - len(columns) <= (0 if delimiter == _FIXED else _MAX_EXTRA):
                    break
                out += self._row(text, fields, columns, self.lexicon)
                i += 1
        return [r for r in out if not entities or r.entity_type in entities]

    @staticmethod
    def _header(start: int, line: str) -> tuple[str, list[str | None]] | None:
        for delimiter in _DELIMITERS:
            if line.count(delimiter) < 2:
                continue
            keys = [line[a - start : b - start] for a, b in _cells(line, start, delimiter)]
            if delimiter == _FIXED and len(keys) < 2:
                return None
            if not all(_COLUMN_KEY.fullmatch(k) for k in keys):
                return None
            personal = any(_ABOUT_A_PERSON.fullmatch(k) for k in keys)
            columns: list[str | None] = [
                "PERSON"
                if (_PERSON_COLUMN.fullmatch(k) and (personal or _QUALIFIED_NAME.fullmatch(k)))
                or (_ROLE_COLUMN.fullmatch(k) and personal)
                else "DATE_OF_BIRTH"
                if _DOB_COLUMN.fullmatch(k)
                else None
                for k in keys
            ]
            return (delimiter, columns) if any(columns) else None
        return None

    @staticmethod
    def _row(
        text: str, fields: list[tuple[int, int]], columns: list[str | None], lexicon: Lexicon
    ) -> list[RecognizerResult]:
        extra = len(fields) - len(columns)  # 0 to _MAX_EXTRA: analyze() ends the table at any other width
        out = []
        for k, entity in enumerate(columns):
            if entity is None:
                continue
            # unquoted delimiters in a row's values: the value is its field counted from the left or from the right
            # (both are taken), or runs from one to the other ("April 03, 1931" is one date)
            a, b = fields[k][0], fields[k + extra][1]
            if extra and entity == "DATE_OF_BIRTH" and _DATE_VALUE.fullmatch(text, a, b):
                candidates = [(a, b)]
            else:
                candidates = list(dict.fromkeys([fields[k], fields[k + extra]]))
            for a, b in candidates:
                value = text[a:b]
                if not value or value.lower() in NO_VALUE:
                    continue
                if entity == "PERSON" and (not any(c.isalpha() for c in value) or "@" in value):
                    continue
                # "I told him, again, that …": prose under a header; a name holds a name word or a word no
                # dictionary knows
                if entity == "PERSON" and lexicon.dictionary_only(
                    [w.strip("()[]\"'.,;:") for w in value.split()]
                ):
                    continue
                if entity == "DATE_OF_BIRTH" and not any(c.isdigit() for c in value):
                    continue
                out.append(RecognizerResult(entity, a, b, 0.8))
        return out


_DATE_VALUE = re.compile(_DATE, re.IGNORECASE)

# --- addresses -------------------------------------------------------------------------------------------------

# USPS Publication 28, appendix C1: primary street suffix names and their standard abbreviations.
_SUFFIXES = _words(
    "Alley Aly Annex Anx Arcade Arc Avenue Ave Av Bayou Byu Beach Bch Bend Bnd Bluff Blf Bluffs Blfs Bottom Btm "
    "Boulevard Blvd Branch Br Bridge Brg Brook Brk Brooks Brks Burg Bg Burgs Bgs Bypass Byp Camp Cp Canyon Cyn "
    "Cape Cpe Causeway Cswy Center Ctr Centers Ctrs Circle Cir Circles Cirs Cliff Clf Cliffs Clfs Club Clb Common "
    "Cmn Commons Cmns Corner Cor Corners Cors Course Crse Court Ct Courts Cts Cove Cv Coves Cvs Creek Crk "
    "Crescent Cres Crest Crst Crossing Xing Crossroad Xrd Crossroads Xrds Curve Curv Dale Dl Dam Dm Divide Dv "
    "Drive Dr Drives Drs Estate Est Estates Ests Expressway Expy Extension Ext Extensions Exts Fall Falls Fls "
    "Ferry Fry Field Fld Fields Flds Flat Flt Flats Flts Ford Frd Fords Frds Forest Frst Forge Frg Forges Frgs "
    "Fork Frk Forks Frks Fort Ft Freeway Fwy Garden Gdn Gardens Gdns Gateway Gtwy Glen Gln Glens Glns Green Grn "
    "Greens Grns Grove Grv Groves Grvs Harbor Hbr Harbors Hbrs Haven Hvn Heights Hts Highway Hwy Hill Hl Hills "
    "Hls Hollow Holw Inlet Inlt Island Is Islands Iss Isle Junction Jct Junctions Jcts Key Ky Keys Kys Knoll "
    "Knl Knolls Knls Lake Lk Lakes Lks Land Landing Lndg Lane Ln Light Lgt Lights Lgts Loaf Lf Lock Lck Locks "
    "Lcks Lodge Ldg Loop Mall Manor Mnr Manors Mnrs Meadow Mdw Meadows Mdws Mews Mill Ml Mills Mls Mission Msn "
    "Motorway Mtwy Mount Mt Mountain Mtn Mountains Mtns Neck Nck Orchard Orch Oval Overpass Opas Park Parks "
    "Parkway Pkwy Parkways Pass Passage Psge Path Pike Pine Pne Pines Pnes Place Pl Plain Pln Plains Plns Plaza "
    "Plz Point Pt Points Pts Port Prt Ports Prts Prairie Pr Radial Radl Ramp Ranch Rnch Rapid Rpd Rapids Rpds "
    "Rest Rst Ridge Rdg Ridges Rdgs River Riv Road Rd Roads Rds Route Rte Row Rue Run Shoal Shl Shoals Shls "
    "Shore Shr Shores Shrs Skyway Skwy Spring Spg Springs Spgs Spur Spurs Square Sq Squares Sqs Station Sta "
    "Stravenue Stra Stream Strm Street St Streets Sts Summit Smt Terrace Ter Throughway Trwy Trace Trce Track "
    "Trak Trafficway Trfy Trail Trl Trailer Trlr Tunnel Tunl Turnpike Tpke Underpass Upas Union Un Unions Uns "
    "Valley Vly Valleys Vlys Viaduct Via Vw View Views Vws Village Vlg Villages Vlgs Ville Vl Vista Vis Walk "
    "Walks Wall Way Ways Well Wl Wells Wls"
)
_SUFFIX_RE = "(?:" + "|".join(sorted(set(_SUFFIXES), key=len, reverse=True)) + r")\b\.?"
_STATES = _words(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR "
    "PA RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR VI FM MH PW AA AE AP"
)
_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|"
    "Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|"
    "Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|"
    "Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|"
    "Virginia|Washington|West Virginia|Wisconsin|Wyoming"
)
_STATE_RE = "(?:" + "|".join(_STATES) + "|" + _STATE_NAMES + r")\b"
# A place the model finds in a title-case field ("Team Lunch at Golden Corral", "Yield to Pedestrians in Crosswalk")
# is a business, a sign or a heading unless one of these says it is a place (see _place_cue).
_PLACE_AFTER = re.compile(rf",?[ \t]+(?:{_STATE_RE}|\d{{5}}(?:-\d{{4}})?(?!\d))")
_NUMBER_BEFORE = re.compile(r"(?<![\w.,$])\d{1,6}[A-Za-z]?[ \t]+$")
_STATE_SPAN = re.compile(rf"(?:{_STATE_NAMES})")
_DIR = r"(?:[NSEW]\.?|N\.?[EW]\.?|S\.?[EW]\.?|North|South|East|West|Northeast|Northwest|Southeast|Southwest)"
_STREET_WORD = r"(?:[A-Z][A-Za-z'.-]*|\d{1,3}(?:st|nd|rd|th))"
_UNIT = (
    r"(?:,?[ \t]*(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Fl\.?|Floor|Rm\.?|Room|Bldg\.?|Building|Lot|\#)"
    r"[ \t]*\#?[ \t]*[A-Za-z0-9-]{1,6}\b)?"
)
_CITY = r"[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){0,3}"
_ZIP = r"\d{5}(?:-\d{4})?(?!\d)"
_CITY_STATE_ZIP = rf"(?:,?\s+{_CITY},?[ \t]+{_STATE_RE}(?:[ \t]+{_ZIP})?|,?[ \t]+{_ZIP})?"
_LOWER_SUFFIX = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|circle|cir|"
    r"highway|hwy|parkway|pkwy|terrace|trail)\b\.?"
)

STREET_ADDRESS = RegexRecognizer(
    "STREET_ADDRESS",
    [
        Pattern(
            re.compile(
                # after a comma only as a field of a record ("…,6224,0613 Hunt Lake Apt. 548,…"), not as the
                # thousands of an amount ("$1,200 Main")
                rf"(?:(?<![\w#$.,-])|(?<=[^\d$\s],)|(?<=\d,)(?!\d{{3}}(?!\d)))"
                rf"\d{{1,6}}[A-Za-z]?(?:-\d{{1,4}})?[ \t]+(?:{_DIR}[ \t]+)?"
                rf"{_STREET_WORD}(?:[ \t]+{_STREET_WORD}){{0,3}}?[ \t]+{_SUFFIX_RE}(?:[ \t]+{_DIR}\b)?"
                rf"{_UNIT}{_CITY_STATE_ZIP}"
            ),
            0.85,
        ),
        # lower-case chat spelling: "123 oak st", "45 w main street"
        Pattern(
            re.compile(
                # not "goin 2 the st patricks parade": "2"/"4" for "to"/"for", a function word, then "st" for a saint
                rf"(?<![\w#$.,-])(?![24][ \t]+(?:the|my|ur|da)[ \t]+st[ \t]+[a-z])\d{{1,6}}[ \t]+"
                rf"(?:[nsew]\.?[ \t]+)?(?:[a-z]+[ \t]+){{1,3}}?{_LOWER_SUFFIX}"
                rf"(?:,?[ \t]*(?:apt|suite|unit|\#)\.?[ \t]*\#?[a-z0-9-]{{1,6}}\b)?"
            ),
            0.7,
        ),
        Pattern(
            re.compile(rf"(?i)\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box)[ \t]+\d{{1,6}}\b{_CITY_STATE_ZIP}"),
            0.85,
        ),
        Pattern(
            re.compile(
                rf"\b(?:PSC|CMR|Unit)[ \t]+\d{{3,5}},?[ \t]+Box[ \t]+\d{{1,5}}"
                rf"(?:\s+(?:APO|FPO|DPO)[ \t]+(?:AA|AE|AP)(?:[ \t]+{_ZIP})?)?"
            ),
            0.85,
        ),
        Pattern(
            re.compile(
                rf"\b(?:(?:USS|USNS|USNV|USCGC)[ \t]+[A-Z][A-Za-z'-]+(?:[ \t]+[A-Z][A-Za-z'-]+)?,?\s+)?"
                rf"(?:APO|FPO|DPO)[ \t]+(?:AA|AE|AP)(?:[ \t]+{_ZIP})?"
            ),
            0.85,
        ),
    ],
    "StreetAddressRecognizer",
)

# "Springfield, IL", "Lake Jamesville, NV 12345", "Portland, Oregon": a city with its state is a place.
_CITY_WORDS = {
    "North",
    "South",
    "East",
    "West",
    "New",
    "Old",
    "Little",
    "Big",
    "Lake",
    "Port",
    "Fort",
    "Mount",
}
_STOP = frozenset(
    _words(
        "a an and as at but by for from go he hi hey i if in is it me my no not of oh ok on or so the to up us we"
        " yes you thanks sure well yeah okay"
    )
)
_AMBIGUOUS_STATES = {"IN", "ME", "OR", "OK", "HI", "OH", "DE", "PA", "MA", "LA", "AL", "CO", "ID", "AS", "MS"}
_NOT_CITY = {
    "Hi",
    "Hey",
    "Hello",
    "Thanks",
    "Thank",
    "Yes",
    "No",
    "Ok",
    "Okay",
    "Sure",
    "Well",
    "So",
    "And",
    "But",
    "Or",
    "Yeah",
    "Yep",
    "Nope",
    "Please",
    "Sorry",
    "Bye",
    "Dear",
    "Love",
    "Also",
    "Then",
    "Now",
    "Oh",
    "Wow",
    "Lol",
}


def _city_state_valid(text: str, m: re.Match[str]) -> bool:
    city = m.group("city").split()
    if city[0] in _NOT_CITY or any(w in NOT_NAME and w not in _CITY_WORDS for w in city):
        return False
    # "Sure, OK" / "Thanks, ME": an ambiguous state code needs a ZIP or a city that is not a common word
    return (
        m.group("st") not in _AMBIGUOUS_STATES or m.group("zip") is not None or city[0].lower() not in _STOP
    )


CITY_STATE = RegexRecognizer(
    "LOCATION",
    [
        Pattern(
            re.compile(
                # a city starts where a run of its characters starts ("A-A-A-…" is read once)
                rf"(?<![\w.'-])(?P<city>{_CITY}),[ \t]+(?P<st>{'|'.join(_STATES)}|{_STATE_NAMES})\b"
                rf"(?:[ \t]+(?P<zip>{_ZIP}))?"
            ),
            0.7,
            validate=_city_state_valid,
            needle=",",
        ),
    ],
    "CityStateRecognizer",
)


def _has_letter(text: str, m: re.Match[str]) -> bool:
    return any(c.isalpha() for c in m.group(1))


# A contact card (vCard, RFC 6350) names its person in fields: "FN:Daniel Davis", and "N:" as family;given;additional
# names;prefixes;suffixes ("N:Harrell;Daniel;;;"), a structure neither the model nor the name rules read.
_VCARD_FIELD = r"(?im)^{}(?:;[^:\n]*)?:"
VCARD = RegexRecognizer(
    "PERSON",
    [
        Pattern(
            re.compile(_VCARD_FIELD.format("(?:FN|NICKNAME)") + r"[ \t]*([^\n]*[^\s])"),
            0.85,
            1,
            _has_letter,
            "VCARD",
        ),
        *(
            Pattern(
                re.compile(_VCARD_FIELD.format("N") + rf"(?:[^;\n]*;){{{i}}}[ \t]*([^;\n]*[^;\s])"),
                0.85,
                1,
                _has_letter,
                "VCARD",
            )
            for i in range(3)  # family, given and additional names
        ),
    ],
    "VCardRecognizer",
)


def build_recognizers(
    user_id_patterns: Iterable[str] = DEFAULT_USER_ID_PATTERNS,
    lexicon: Lexicon = EMPTY_LEXICON,
    *,
    name_pairs: bool = True,
) -> list[EntityRecognizer]:
    """Every recognizer the engine registers, NER included."""
    return [
        EMAIL,
        PHONE,
        SSN,
        CARD,
        IP,
        URL,
        HANDLE,
        gamertag_recognizer(lexicon),
        user_id_recognizer(user_id_patterns),
        CRYPTO,
        DOB,
        VCARD,
        TableRecognizer(lexicon),
        STREET_ADDRESS,
        CITY_STATE,
        PersonContextRecognizer(lexicon, name_pairs=name_pairs),
        NerRecognizer(lexicon=lexicon),
    ]
