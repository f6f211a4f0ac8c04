"""Each kind of third-party PII is found and removed; evidence (times, dates, amounts, order numbers) stays."""

from __future__ import annotations

import random
import re

import pytest
from faker import Faker
from redaction_testkit import assert_redacted, btc_address, luhn_complete

from redaction import Redactor
from redaction.recognizers import TableRecognizer
from redaction.validators import is_card_number, luhn_ok


def _types(r: Redactor, text: str) -> set[str]:
    return {e.type for e in r.redact(text).entities}


@pytest.mark.parametrize(
    "fmt",
    [
        "{a}-{e}-{l}",
        "({a}){e}-{l}",
        "({a}) {e}-{l}",
        "{a}.{e}.{l}",
        "{a} {e} {l}",
        "{a}{e}{l}",
        "+1-{a}-{e}-{l}",
        "+1 ({a}) {e}-{l}",
        "1-{a}-{e}-{l}",
        "001-{a}-{e}-{l}",
        "{a}-{e}-{l}x123",
        "({a}){e}-{l}x15300",
        "{a}.{e}.{l} ext. 12",
    ],
)
def test_us_phone_numbers_in_every_common_format(redactor: Redactor, fmt: str) -> None:
    rng = random.Random(fmt)
    # NANP: area code and exchange start with 2-9
    number = fmt.format(a=rng.randint(200, 999), e=rng.randint(200, 999), l=f"{rng.randint(0, 9999):04d}")
    text = f"hey text me at {number} tonight"
    res = redactor.redact(text)
    assert_redacted(text, res, number)
    assert {e.type for e in res.entities} == {"PHONE_NUMBER"}


def test_faker_phone_numbers_never_leak(redactor: Redactor, fake: Faker) -> None:
    numbers = [fake.phone_number() for _ in range(60)]
    texts = [f"my new number is {n}, save it" for n in numbers]
    for text, n, res in zip(texts, numbers, redactor.redact_many(texts), strict=True):
        assert_redacted(text, res, n)


def test_email_ssn_ip_url_handle(redactor: Redactor, fake: Faker) -> None:
    values = {
        "EMAIL_ADDRESS": fake.email(),
        "US_SSN": fake.ssn(),
        "IP_ADDRESS": fake.ipv4_public(),
        "URL": fake.url() + "profile/42",
        "HANDLE": "@" + fake.user_name(),
    }
    for kind, value in values.items():
        text = f"found this: {value} - what do you think?"
        res = redactor.redact(text)
        assert_redacted(text, res, value)
        assert kind in {e.type for e in res.entities}


def test_a_whole_channel_mention_is_no_handle_but_a_user_beside_it_is(redactor: Redactor) -> None:
    text = "#ts-oncall PagerBot: @here Sev2 opened; @channel see runbook; @everyone @all cc @dana_r"
    res = redactor.redact(text)
    assert_redacted(text, res, "@dana_r")
    assert [text[e.start : e.end] for e in res.entities] == ["@dana_r"]


def test_ipv6_in_compressed_and_full_forms(redactor: Redactor, fake: Faker) -> None:
    full = ":".join(f"{random.Random(i).randrange(1, 0xFFFF):x}" for i in range(8))
    for value in (fake.ipv6(), "2001:db8::8a2e:370:7334", full, "::ffff:192.0.2.128"):
        text = f"login from {value} at 10:42"
        res = redactor.redact(text)
        assert_redacted(text, res, value)
        assert "10:42" in (res.text or "")


def test_the_loopback_and_unspecified_addresses_point_at_no_one(redactor: Redactor) -> None:
    text = "INFO cache warmed on 0.0.0.0:8080; health check from 127.0.0.1 and ::1 ok"
    assert redactor.redact(text).text == text
    # a private address is still someone's on their network, and stays redacted
    text = "login from 192.168.1.23 and 10.0.0.7 then 127.0.0.1"
    assert_redacted(text, redactor.redact(text), "192.168.1.23", "10.0.0.7")


@pytest.mark.parametrize(
    ("prefix", "length"),
    [
        ("4", 16),
        ("4", 13),
        ("51", 16),
        ("55", 16),
        ("2221", 16),
        ("2500", 16),
        ("2720", 16),
        ("34", 15),
        ("37", 15),
        ("6011", 16),
        ("65", 16),
        ("3530", 16),
        ("36", 14),
        ("6759", 16),
    ],
)
def test_payment_cards_including_mastercard_2_series(redactor: Redactor, prefix: str, length: int) -> None:
    number = luhn_complete(prefix, length, random.Random(prefix + str(length)))
    grouped = " ".join(number[i : i + 4] for i in range(0, len(number), 4))
    for value in (number, grouped, grouped.replace(" ", "-")):
        text = f"use my card {value} for the tickets"
        res = redactor.redact(text)
        assert_redacted(text, res, value)
        assert {e.type for e in res.entities} == {"CREDIT_CARD"}


@pytest.mark.parametrize(("prefix", "length"), [("0604", 12), ("6390", 16), ("5018", 12)])
def test_maestro_cards_of_twelve_digits_and_the_uk_ranges(
    redactor: Redactor, prefix: str, length: int
) -> None:
    number = luhn_complete(prefix, length, random.Random(prefix))
    for text in (
        f"A-3  Payment instrument on file: {number}\nA-4  Linked wallet on file",
        f"my card number is {number}",  # short words between the card word and the number
        f"ok eto yung card ko {number} exp 09/27",  # a word of another language between; the expiry after
        f"{number}, CVV 123",
    ):
        res = redactor.redact(text)
        assert_redacted(text, res, number)
        assert "CREDIT_CARD" in {e.type for e in res.entities}


def test_mastercard_2_series_is_a_card_and_luhn_failures_are_not(redactor: Redactor) -> None:
    good = luhn_complete("2221", 16, random.Random(7))
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    assert is_card_number(good) and not luhn_ok(bad)
    assert _types(redactor, f"card {bad} please") == set()


def test_crypto_wallets(redactor: Redactor) -> None:
    rng = random.Random(3)
    wallets = [
        btc_address(rng),
        "0x" + rng.randbytes(20).hex(),
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",  # BIP-173 test vector
    ]
    for w in wallets:
        text = f"send it to {w} by friday"
        res = redactor.redact(text)
        assert_redacted(text, res, w)
        assert {e.type for e in res.entities} == {"CRYPTO"}
    # a base58 string with a broken checksum is not a wallet
    broken = wallets[0][:-1] + ("2" if wallets[0][-1] != "2" else "3")
    assert _types(redactor, f"code {broken} ok") == set()


def test_street_addresses_and_places(redactor: Redactor, fake: Faker) -> None:
    for _ in range(15):
        address = fake.address()
        text = f"new address:\n{address}\nsee you there"
        assert_redacted(text, redactor.redact(text), address)
        street = fake.street_address()
        text = f"meet me at {street} at 5pm"
        res = redactor.redact(text)
        assert_redacted(text, res, street)
        assert "5pm" in (res.text or "")
    for value in ("Springfield, IL", "Lake Jamesville, NV 89012", "Portland, Oregon", "123 oak st apt 4"):
        text = f"she moved to {value} last year"
        assert_redacted(text, redactor.redact(text), value)


def test_person_names(redactor: Redactor, fake: Faker) -> None:
    for _ in range(20):
        name = f"{fake.first_name()} {fake.last_name()}"
        for template in (
            "Did {} ever pay you back?",
            "Emergency contact: {}, call anytime",
            "{} owes me $20",
        ):
            text = template.format(name)
            assert_redacted(text, redactor.redact(text), name)


def test_platform_user_ids_default_and_configured(redactor: Redactor) -> None:
    text = "reported user id: 88412931 and uid=ab_77x9 yesterday"
    assert_redacted(text, redactor.redact(text), "88412931", "ab_77x9")
    custom = Redactor(b"k" * 32, user_id_patterns=[r"\bU(?P<id>\d{9})\b"])
    text = "account U123456789 posted it"
    res = custom.redact(text)
    assert_redacted(text, res, "123456789")
    assert res.text == "account U<USER_ID_1> posted it"


def test_evidence_stays(redactor: Redactor) -> None:
    text = (
        "Order #5551234567 shipped on 03/14/2025 at 10:30 PM, total $1,249.99. Case 2024-CR-0042, "
        "ticket T-884213, next Tuesday, version 2.3.14, 45 minutes, invoice INV-220931."
    )
    res = redactor.redact(text)
    assert res.text == text
    assert res.entities == ()


def test_date_of_birth_is_redacted_other_dates_stay(redactor: Redactor) -> None:
    text = "DOB: 04/12/1988. Incident on 05/01/2025, she was born on March 3, 1990."
    res = redactor.redact(text)
    assert_redacted(text, res, "04/12/1988", "March 3, 1990")
    assert "05/01/2025" in (res.text or "")


def test_uk_nhs_recognizer_is_not_loaded(redactor: Redactor) -> None:
    # Presidio's UK NHS recognizer scores US phone numbers 1.0; this engine only has US/generic recognizers.
    names = {r.name for r in redactor._analyzer.engine.registry.recognizers}
    assert "NhsRecognizer" not in names
    assert _types(redactor, "call 212 555 0142 now") == {"PHONE_NUMBER"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mail jane-doe [at] example [dot] com tonight", "jane-doe [at] example [dot] com"),
        ("reach me: j.doe (at) mail (dot) org", "j.doe (at) mail (dot) org"),
        ("--jane at example dot com", "jane at example dot com"),  # a run that opens with punctuation
    ],
)
def test_obfuscated_emails(redactor: Redactor, text: str, value: str) -> None:
    res = redactor.session(b"one-text").redact(text)
    assert res.text is not None and value not in res.text
    assert "EMAIL_ADDRESS" in {e.type for e in res.entities}


@pytest.mark.parametrize("city", ["Winston-Salem, NC", "St. Louis, MO", "O'Fallon, MO"])
def test_cities_with_hyphens_dots_and_apostrophes(redactor: Redactor, city: str) -> None:
    # the whole city and state in one span (the model may call "Winston-Salem" a person: redacted either way)
    res = redactor.session(b"one-text").redact(f"we moved to {city} last year")
    assert re.fullmatch(r"we moved to <(LOCATION|PERSON)_1> last year", res.text or ""), res.text


def test_a_table_header_says_which_values_are_names_and_dates_of_birth(redactor: Redactor) -> None:
    text = (
        "user_id,display_name,email,phone,signup_ip,dob,status\n"
        "REF27558282,Alison Martinez,am@example.net,+1-721-555-0101,203.0.113.7,April 03, 1931,suspended\n"
        "REF10000001,Ashley Carr-Gardner,ac@example.org,555-0101,203.0.113.8,02/20/1975,active"
    )
    res = redactor.session(b"one-text").redact(text)
    assert_redacted(text, res, "Alison Martinez", "Ashley Carr-Gardner", "April 03, 1931", "02/20/1975")
    assert res.text is not None
    # evidence in the other columns stays; the unquoted comma inside a date made one date, not two columns
    assert "REF27558282" in res.text and "suspended" in res.text and "active" in res.text
    assert [e.type for e in res.entities].count("DATE_OF_BIRTH") == 2


def test_a_product_table_name_column_is_no_person(redactor: Redactor) -> None:
    text = "name | qty | price\nWidget Deluxe | 2 | $5.00\nGift Wrap | 1 | $2.00"
    assert redactor.session(b"one-text").redact(text).text == text
    # quoted values keep their delimiters; a row of the wrong width is read from both ends
    text = 'name,email,phone\n"Doe, Jane",jd@example.com,555-0100'
    out = redactor.session(b"one-text").redact(text).text
    assert out is not None and "Doe" not in out and "Jane" not in out


def test_dates_of_birth_after_bday_and_asked_then_answered(redactor: Redactor) -> None:
    res = redactor.session(b"one-text").redact("DM for collabs\nbday 7/13/21 🎂")
    assert res.text is not None and "7/13/21" not in res.text
    res = redactor.session(b"one-text").redact(
        "Operator: What is your daughter's date of birth?\nCaller: 1968-03-28."
    )
    assert res.text is not None and "1968-03-28" not in res.text
    assert [e.type for e in res.entities] == ["DATE_OF_BIRTH"]


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("pin for shared acct is NOT my bday (September 28, 1950) anymore", "September 28, 1950"),
        ("account_export:\n  birth_dt_raw: '08/22/1933'\n  flags: [minor_suspected]", "08/22/1933"),
        ('{"user": 7, "dob": "1990-01-02", "tz": "UTC"}', "1990-01-02"),
        ("first=ana&date_of_birth=1/2/90&state=ok", "1/2/90"),
        # as OCR misreads the key, in Spanish, after a birthday cake, with a note in brackets
        ("Narne: Lisa Holland\nD.0.B January 03, 1951    S5N on file", "January 03, 1951"),
        ("Profi1e\nB0rn 03/17/1926\nLives in town", "03/17/1926"),
        ("she said she's 14, her bday es 10/09/2011, no le digas a nadie", "10/09/2011"),
        ("ultima vez vista a las 13:41. nacida el 01/07/2012. cualquier info", "01/07/2012"),
        ("fecha de nacimiento: 12/03/1990", "12/03/1990"),
        ("BIO: 🌸 | 16 | 🎂 June 13, 2009 | 📍 somewhere", "June 13, 2009"),
        ("Subscriber name: on file\nDate of birth (user-supplied): 1948-03-06\nVerified", "1948-03-06"),
    ],
)
def test_dates_of_birth_in_brackets_and_under_record_keys(redactor: Redactor, text: str, dob: str) -> None:
    res = redactor.session(b"one-text").redact(text)
    assert_redacted(text, res, dob)
    assert "DATE_OF_BIRTH" in {e.type for e in res.entities}


@pytest.mark.parametrize(
    "text",
    [
        "Incident 060420241535 logged by dispatch",  # Maestro's UK ranges need card words before them
        "Case No. 060424000101 - hearing set for 7/1",
        "Order #6390123456781 shipped",
        '{"dob_verified": "2024-06-04", "by": "agent 7"}',  # a date under a key about a date of birth, not one
    ],
)
def test_references_and_verification_dates_stay(redactor: Redactor, text: str) -> None:
    assert redactor.session(b"one-text").redact(text).text == text


def test_a_contact_card_names_its_person_in_its_fields(redactor: Redactor) -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Daniel Davis\r\nN:Harrell;Daniel;Lee;;\r\nNICKNAME:Danny D\r\n"
        "TEL;TYPE=CELL:692-308-6254\r\nNOTE:met at the bus station\r\nEND:VCARD"
    )
    res = redactor.session(b"one-text").redact(text)
    assert_redacted(text, res, "Daniel Davis", "Harrell", "Lee", "Danny D", "692-308-6254")
    assert res.text is not None and "NOTE:met at the bus station" in res.text and "VERSION:3.0" in res.text
    # "N:" outside a contact card is no name field
    assert redactor.redact("N: 40.7128, W: 74.0060").text == "N: 40.7128, W: 74.0060"


def test_numbers_after_a_claim_id_or_rma_are_references(redactor: Redactor) -> None:
    # phone-shaped reference numbers are evidence; an SSN-shaped one stays redacted (fail closed on the rarer kind)
    text = "Your claim ID is 212-555-0147 and RMA 401-22-7733 expires Friday."
    res = redactor.session(b"one-text").redact(text)
    assert res.text is not None and "212-555-0147" in res.text
    assert "401-22-7733" not in res.text


@pytest.mark.parametrize(
    "text",
    [
        "The phone number on the order was 718-555-0143, it's her cell.",
        "Her number in the police report is 646-555-0198.",
        "Tracking was 917-555-0166",
    ],
)
def test_is_or_was_after_a_reference_word_without_an_id_word_is_still_a_phone(
    redactor: Redactor, text: str
) -> None:
    assert "<PHONE_1>" in (redactor.session(b"one-text").redact(text).text or "")


def test_a_table_ends_at_a_line_of_another_width_and_prose_under_it_is_no_name(redactor: Redactor) -> None:
    text = "user,name,phone\nu1,Amy King,555-0100\nI told him, again, that it was over"
    out = redactor.session(b"one-text").redact(text).text
    assert out is not None and "Amy King" not in out and out.endswith("I told him, again, that it was over")
    # a column whose name only contains "ip" or "age" says nothing about a person: the table gives no name
    table = TableRecognizer(redactor._analyzer.lexicon)
    for header in ("id,name,description,price", "sku,name,image_url,qty", "date,name,shipping,tip"):
        assert table.analyze(header + "\n1001,Summer Mist Diffuser,Calming,20", []) == []
    assert table.analyze("id,name,email,price\n1001,Summer Mist,sm@example.com,20", [])


def test_runs_of_spaces_after_a_cue_take_linear_time(redactor: Redactor) -> None:
    # the date-of-birth and relation patterns once split a run of spaces every way (16,000 spaces: 24 s); the
    # result is checked, not the time: a regression shows as a suite that does not finish
    for text in ("Where was he born" + " " * 16_000 + "?", "Hi my friend" + " " * 32_000 + "x"):
        res = redactor.session(b"one-text").redact(text)
        assert not res.failed and res.text == text


def test_a_markdown_table_is_read_like_any_other(redactor: Redactor) -> None:
    text = (
        "| Name | Email | DOB |\n|---|:---:|---|\n"
        "| Amy King | ak@example.com | 1/2/1990 |\n| Bo Stone | b@example.org | 3/4/1985 |"
    )
    res = redactor.session(b"one-text").redact(text)
    assert_redacted(text, res, "Amy King", "Bo Stone", "1/2/1990", "3/4/1985")
    assert res.text is not None
    assert res.text.splitlines()[1] == "|---|:---:|---|"  # the rule row is no record
    assert [e.type for e in res.entities].count("DATE_OF_BIRTH") == 2


def test_a_table_of_roles_with_commas_inside_its_values(redactor: Redactor) -> None:
    # no "name" in the header: the rider and driver columns say who; the date and the amount hold unquoted commas,
    # which once put the rider's column on the date and the driver's on the car, and left both names
    text = (
        "trip_id,requested_at,rider,rider_phone,driver,vehicle,fare\n"
        "REF71619723,Dec 09, 1977 00:46,Gulab Tahaw-wur,(720)279-1539x4765,Asuka Suzuki,Silver sedan,$2,964.32"
    )
    res = redactor.session(b"one-text").redact(text)
    assert_redacted(text, res, "Gulab Tahaw-wur", "Asuka Suzuki")
    assert res.text is not None and "Silver sedan,$2,964.32" in res.text and "Dec 09, 1977 00:46" in res.text


def test_a_column_for_either_of_two_roles_holds_a_name(redactor: Redactor) -> None:
    text = (
        "camper,dob,parent_or_guardian,parent_cell,allergies\n"
        "August Stroh,02/20/2014,Malcolm Yirenkyi,891-821-6231,peanuts\n"
        "Yong Fang,2015-07-26,Carlos Rios,(441)895-2602,none"
    )
    res = redactor.session(b"one-text").redact(text)
    assert_redacted(text, res, "August Stroh", "Malcolm Yirenkyi", "Yong Fang", "Carlos Rios")
    table = TableRecognizer(redactor._analyzer.lexicon)
    text = "id,Parent / Guardian,phone\n1,Amy King,555-0100"
    found = [(r.entity_type, text[r.start : r.end]) for r in table.analyze(text, [])]
    assert found == [("PERSON", "Amy King")]


def test_a_fixed_width_table_is_read_by_its_columns(redactor: Redactor) -> None:
    # no delimiter: the columns are two or more spaces apart, and a name's own single spaces stay inside its cell
    text = (
        "STUDENT              GUARDIAN                    CELL\n"
        "Benoît Marie         Juan Carlos Orozco Casas    (590)355-5555\n"
        "Obianuju Anyanwu     Adriana Mesa                741.740.7375\n"
        "Tolulope Oyeniyi     (same as above)             741.740.7375\n"
        "Pickup at 3 PM  bring water"
    )
    res = redactor.session(b"one-text").redact(text)
    assert_redacted(text, res, "Benoît Marie", "Juan Carlos Orozco Casas", "Obianuju Anyanwu", "Adriana Mesa")
    assert res.text is not None and res.text.endswith("Pickup at 3 PM  bring water")
    table = TableRecognizer(redactor._analyzer.lexicon)
    names = [text[r.start : r.end] for r in table.analyze(text, [])]
    # "(same as above)" is no one's name
    assert names == [
        "Benoît Marie",
        "Juan Carlos Orozco Casas",
        "Obianuju Anyanwu",
        "Adriana Mesa",
        "Tolulope Oyeniyi",
    ]
    # a header of one column, or a row with an empty cell, is not read
    assert table.analyze("NAME\nAmy King", []) == []
    assert table.analyze("STUDENT     GUARDIAN     CELL\nAmy King     555-0100", []) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        # a name ending like a reference word ("po", "part") is no purchase order: the phone after it once stayed
        ("Jitrin Polpo              (567)464-8829x3527", "(567)464-8829x3527"),
        ("Makini Oladipupo\t+1-606-568-8471x0037\t$2,528.80", "+1-606-568-8471x0037"),
        ("Ask Lempart 555-212-3344", "555-212-3344"),
    ],
)
def test_a_name_ending_like_a_reference_word_does_not_hide_a_phone(
    redactor: Redactor, text: str, phone: str
) -> None:
    assert_redacted(text, redactor.session(b"one-text").redact(text), phone)


def test_a_reference_word_still_marks_its_number() -> None:
    from redaction.recognizers import PHONE

    assert PHONE.analyze("PO: 555-212-3344", []) == [] and PHONE.analyze("Order # 555-212-3344", []) == []


def test_a_record_key_of_dictionary_words_is_no_person(redactor: Redactor) -> None:
    text = "order_id\tplaced\tcustomer\nA27623\t1974-04-12\tBrandon Dunn"
    assert (
        redactor.session(b"one-text").redact(text).text
        == "order_id\tplaced\tcustomer\nA27623\t1974-04-12\t<PERSON_1>"
    )


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a form's name key on its own line, the value on the next
        (
            (
                "Part 2. Information About the Beneficiary\n1.a. Family Name (Last Name)\nKisakurek\n"
                "1.b. Given Name (First Name)\nHans-Henning\n2. Date of Birth (mm/dd/yyyy): 01/28/1968"
            ),
            ["Kisakurek", "Hans-Henning", "01/28/1968"],
        ),
        # a date-of-birth key that says whose it is
        ("minor_account_review\nuser_full_name: Jeannine Benard\nuser_dob: 02/05/1947", ["02/05/1947"]),
        # a device list names its owners
        (
            (
                "device_name             model        os\nSorawut's iPhone        iPhone13,2   iOS 8.14.2\n"
                "Yan's iPad        iPad8,1      iPadOS 5.14.22"
            ),
            ["Sorawut", "Yan"],
        ),
        # an insurance export's roles
        (
            (
                "policy_no,insured,insured_ssn,beneficiary,relationship,beneficiary_phone,face_amount\n"
                "REF70113912,Dominic Gopal-Chacko,095-58-5829,Luminita Mazilescu-Stanescu,daughter,(910)825-0048,$1,203.90"
            ),
            ["Dominic Gopal-Chacko", "Luminita Mazilescu-Stanescu"],
        ),
    ],
)
def test_records_of_a_multicultural_user_base(redactor: Redactor, text: str, values: list[str]) -> None:
    assert_redacted(text, redactor.session(b"one-text").redact(text), *values)


def test_a_key_above_a_label_is_no_name(redactor: Redactor) -> None:
    text = "Display Name\nDate of Birth\nNone"
    res = redactor.session(b"one-text").redact(text)
    assert res.text is not None and "Date of Birth" in res.text and "<PERSON" not in res.text


def test_a_street_address_as_a_field_of_a_record(redactor: Redactor) -> None:
    text = (
        "trip_id,requested,rider,rider_phone,driver,vehicle_plate_last4,pickup,dropoff,fare\n"
        "REF38323640,February 09,Nicușor Tabacu,001-929-331-3758x584,Phillip Yawson,6224,0613 Hunt Lake Apt. 548,"
        "West Ginaport, HI,$1,239.77"
    )
    res = redactor.session(b"one-text").redact(text)
    assert_redacted(text, res, "0613 Hunt Lake Apt. 548", "Nicușor Tabacu", "Phillip Yawson")
    # the header's keys and the amount stay
    assert (
        res.text is not None and res.text.startswith("trip_id,requested,") and res.text.endswith(",$1,239.77")
    )
