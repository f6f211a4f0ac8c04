"""Finding people the NER model misses: names in the places chat and profile text puts them.

The small English NER model misses many names in short informal text ("Did Kelly Dougherty ever pay you back",
"Hi Heather,", "yeah Brent told me"). These patterns look for capitalised names next to cues that mark a person
(titles, greetings, relations, person verbs, chat speakers, "Firstname Lastname" pairs) and skip words that are
common capitalised non-names and spans the model labelled as something else (an organisation, a date, an event).

Title case is no evidence of a name in notification and header text ("Weekly Digest: …", "New Login From Unknown
Device", "Flash Sale!"). So a candidate made only of English dictionary words (the model's own WordNet index) led
by a verb, adjective or adverb, or found where a line capitalises function words mid-sentence, is taken from a
positional cue (a speaker, a preposition, a pair of capitalised words) only when the NER model agrees; and a
model PERSON of that shape heading a line is dropped unless a cue points at it.

The given names and surnames of the 1990 US Census (``redaction/data``) are supporting evidence: a given name
capitalised inside a sentence ("that kid Amber from 3rd period"), a given name (and surname) before a finite verb
("Travis bought …") or owning something ("Amber Green's brother"), a given name and surname inside a longer run
("Driver Crystal Williams") are people, unless a determiner or a noun says they name a thing ("a Dell laptop",
"Crystal Light packets"). The other way, a product-shaped phrase the model calls a person ("Crossbody Bag, Vintage
Leather", "Oat Milk") that the tables do not support is dropped unless a cue points at it.

A line in title case as style guides write it (every word capitalised but short function words: "Yield to
Pedestrians in Crosswalk", "Margherita Pizza, Caesar Salad") is a heading, menu, sign, listing or title. There a
model PERSON is kept only when each of its words may be a name (a given name or surname of the tables, or a word no
dictionary knows) or a cue points at it, and a capitalised cue word inside the line ("Senior Product Manager,
Growth") is part of the heading, not a cue. A given name and surname before a capitalised finite verb ("Jane Doe
Liked Your Photo") is a person even there. A cue that belongs to such a line is no cue when the words after it
cannot all be names: a greeting word opening a heading ("Morning Yoga Flow"), a lower-case function word ("Pancakes
with Blueberry Compote").

Fields and roles: a given name (and surname) that fills a field after a title-case label ending in a colon
("Passenger: Jeanette Reyes", "Cashier: Timothy | Register 4") is a person, as is a surname after a role noun in
sentence text ("- Nurse Morrison", "approved by Manager Hale") and a given name before a short prepositional phrase
and a verb ("Kimberly in support refunded me", "Justin with the blue car keeps parking …"). A label may be in
sentence case and follow a sentence end ("… and Amy King. Shift lead: Gregory"); a role before a given name and
surname is a cue even in a title-case line ("Tutor Abigail Carter | Algebra II"); an item after a list marker or a
label is a person when the tables say it is a full name ("Roster: #12 Kara Kirk, #7 Andrew French"), and the
given names of a list are followed link by link from one known person ("Kelly, Nathan and April").

Smaller cues: a sign-off before a name line ("Best,\nChase West"), a name and an age ("Rose Huff, 82, of …"), a
surname before "family" ("the Lopez family"), "c/o", a demonstrative before a full name ending a clause ("Is this
Scott Rivera?"), a surname that is a common word after a title ("Sgt. West"), a given name owning a noun at a
sentence start ("Reminder: Amanda's rabies booster"), a month that is a given name after a greeting or relation or
before a verb only people do ("thanks April", "roommate April said"). The other way: a rare given name that is an
English word is no name in a heading ("Good Morning America", "Hello Kitty …"), a name-shaped pair that modifies a
capitalised noun in a title-case line is a product ("Hunter Green Throw Pillow"), and a dictionary word no name
table knows, filling or labelling a field, is a label ("Organizer:", "| Realtor |").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from .alternation import factored


def _words(text: str) -> list[str]:
    return text.split()


# Words of texting and abbreviations of reports that no dictionary lists (and some of which the 2020 Census holds as
# someone's name: "Hey", "Bae", "Wanna", "Irl"; "Ave", "Det", "Dispo"): as names they would make chat openers,
# fillers and the fields of a dispatch log people.
TEXTING_WORDS = frozenset(
    _words(
        """
    addy bae bff bro bruh btw cuz dunno fam fyi gimme gonna gotta hbu hey heyy hmu idk ikr imo irl ive kinda lemme
    lmao lmfao lmk lol mic nah ngl omg pls plz rofl sis smh sorta stfu tbh thx tho wanna wbu wtf wya wyd yall yea
    yeah yep yup ave blvd det dispo ems hosp
    """
    )
)
# Brands, services and products that no dictionary knows, written as one word: not names however capitalised
# (see Lexicon.unknown_name).
UNKNOWN_BRANDS = frozenset(
    _words(
        """
    airbnb airpods android binance bluetooth brightline carhartt cashapp cheetos chevrolet chevy chipotle coinbase
    comcast costco discord doordash doritos dropbox dunkin ethereum facebook fedex fortnite gmail grubhub hotmail
    hyundai icloud instacart instagram iphone ipad kroger lenovo lyft macbook mcdonalds minecraft motorola netflix
    nintendo paypal pepsi playstation popeyes publix reddit roblox robux safeway samsung skype snapchat spotify
    starbucks subaru tiktok tmobile toyota twitch venmo verizon walgreens walmart whatsapp wifi xbox xfinity
    youtube zelle
    uber ubereats wayfair etsy ebay hulu shein temu zillow yelp tinder grindr duolingo pinterest linkedin tumblr
    klarna afterpay ulta aldi lidl wegmans arbys chickfila dominos panera vrbo expedia roku gamestop jcpenney kohls
    tjmaxx uniqlo adidas reebok gucci balenciaga lululemon jollibee peloton fitbit garmin logitech nvidia
    crunchyroll waymo rivian amazon hinge bumble nightbot streamelements streamlabs
    """
    )
)
# Words for family members and elders in the other languages a US platform's users write, as a family chat's
# speakers and in address use them ("Tía: traigan pan", "Tonton:", "Babcia:", "Kuya:", "Halmeoni:", "Khala"): a
# relation, not a name, and a cue for the name after it ("Tonton Jean-Marc"). Only words that are no English word
# ("Ate", "Mama", "Imo" are), and none that the tables hold as a given name of note ("Lola", "Mae", "Irma", "Tia") or
# a common surname ("Nieto", "Pepe"): see Lexicon.kin_word. Written without their marks, as the rules read text.
KINSHIP = frozenset(
    _words(
        """
    abuela abuelita abuelito abuelo comadre compadre cunada cunado madrina mami mija mijita mijito mijo
    padrino papi sobrina sobrino suegra suegro irmao madrinha padrinho titia titio vovo granmanman granpapa
    grann kouzen kouzin manman matant oncle papy tante tantine tatie tonton marraine parrain cousine nonna
    nonno zia zio onkel opa oma mutti vati babcia babulya ciocia dziadek dziadzia kuzyn kuzynka mamusia
    siostra wujcio wujek dedushka dyadya tyotya tata inay itay kuya lolo manang manong nanay ninang ninong
    pinsan tatay tita tito appa eomma eonni gomo halmeoni halmoni harabeoji hyung jangnonim jipsanim
    kwonsanim moksanim noona nuna oppa samchon samonim seonsaengnim unnie obaachan obasan ojiichan ojisan
    okaasan oneesan oniisan otousan ayi gege jiejie jiujiu laolao meimei nainai shushu waigong waipo yeye
    abbu amma ammi ammu behen bhai bhaiya bua chacha chachi chachu dadi khala khalu mamu mausi nani
    nanu phupho phuppo amto jeddo jiddo khalo khalti khalto sitto teta yamma abaye emaye mjomba shangazi
    papou pappou thia yiayia doda savta abi abla amca anneanne babaanne dayi dede hala teyze ameh amoo
    khaleh maman iya nna
    """
    )
)
# Capitalised words that are not names: pronouns, function words, days, months, greetings, field labels and
# common title-case words of platform and chat text.
NOT_NAME = frozenset(
    _words(
        """
    The This That There Then They Them These Those He She It We You I My Your His Her Our Their Its Is Was Are
    Were Be Been Being Am And But Or Nor So If When What Who Whom Whose Why How Where Which Yes No Not Ok Okay Hi
    Hey Hello Thanks Thank Please Sorry Just Also Today Tomorrow Yesterday Tonight Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April June July August September October November
    December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Said Says Has Had Have Will Would Can Could Did
    Does Do Shall Should May Might Must Into From With About After Before At On In To For Of By As Off Up Down
    Out Over Under Again Re Fwd Fw Subject Note Notes Update Order Case Ticket Total Amount Date Time Status Reply
    Sent Message Messages Post Posts Bio Name Names Address Email Phone Contact Contacts Emergency Recovery
    Registered Payment Method Donations Works Work Server User Username Account Profile Location Birthday Dob
    Lol Omg Btw Idk Tbh Wtf Lmao Yeah Yep Yup Nope Sure Well Oh Wow Ugh Hmm Haha Dear Love Miss Happy Merry Good
    Great Best Nice Cool New Old Big Little Next Last First Second Third Every Each All Any Some None Nobody
    Everyone Everybody Someone Somebody Anyone Anybody Here Now Soon Later Never Always Still Even Only Very
    Really Maybe Please Welcome Congrats Congratulations Morning Afternoon Evening Night Day Week Month Year
    Christmas Easter Thanksgiving Halloween God Lord Team Guys Folks Friends Family Mom Dad Mum Mother
    Father Brother Sister Son Daughter Wife Husband Baby Sir Madam Ma'am Officer Police Sheriff Detective
    Customer Support Service Services Help Center Privacy Policy Terms Settings Home Page Store Shop App Web
    Online Free Sale Deal Deals Black Cyber Street Avenue Road Drive Lane Court Apt Suite Unit Box Room Floor
    North South East West Version Build Error Code Step Item Sku Invoice Reference Transaction Tracking Number
    Priority High Low Open Closed Deadline Patch Meeting Report Quarter Platform Train Flight Gate Seat Rated
    Stars Reviews Download Upload Speed Ping Total Tax Refund Refunded Chairs Milk Eggs Package Final Score
    See Saw Seen Look Watch Check Let Get Got Go Going Come Coming Take Make Keep Stay Wait
    Game Level Click Tap Call Text Tell Ask Send Meet Pay Paid Visit Follow Like Share Comment Comments Dm
    Rip Shoutout Selling Lost Found Missing Wanted Urgent Important Attention Warning Alert Breaking News
    Mbps Kbps Gbps Mph Kg Lbs Mb Gb Kb Tb Hz Ghz Mhz Usd Eur Gbp
    Admin Administrator Moderator Mod System Bot Vol Vols Pt Ch Ep Pg Fig
    Merry Mr Mrs Ms Dr Prof Jr Sr Ii Iii Iv Usa Us Uk Ai Id Ip Url Ssn Pm Am Est Pst Cst Utc Gmt
    """
    )
)

# "Ortiz", "Baker-Bailey", "O'Collins", "Sa’adatu"; "McKenzie", "DeShawn", "LaToya" (the tables must know these);
# "ObaniJesu", "MaryAnn" (see Lexicon._camel_name)
_NAME = (
    r"(?:[OD]['’]|(?:Ma?c|D[aeiu]|L[ae])(?=[A-Z][a-z]))?[A-Z][a-z]+(?:[A-Z][a-z]{2,})?(?:[-'’][A-Z]?[a-z]+)?"
)
# the particles of Spanish, Portuguese, Italian, Dutch, German and Arabic family names ("Marcos Vinicius das Neves",
# "Gilberto de la Garza"), and a fourth name word ("Miguel Ángel Navarrete Osorio")
_PARTICLE = r"(?:da|das|de|del|della|di|do|dos|du|la|van|von|der|den|bin|binti)"
_FULLNAME = rf"{_NAME}(?:[ \t]+[A-Z]\.)?(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_NAME}){{0,3}}"
_TWO_NAMES = rf"{_NAME}(?:[ \t]+[A-Z]\.)?[ \t]+{_NAME}"
_TITLE = factored(
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Officer|Det|Detective|Sgt|Sergeant|Lt|Capt|Coach|Pastor|Rev|Aunt|Uncle|"
    # and those of a congregation in Spanish ("Hno.", "Hna.": hermano, hermana) and of a mosque ("Ustaz")
    r"Auntie|Grandma|Grandpa|Nana|Papa|Deacon|Imam|Rabbi|Sra|Srta|Hno|Hna|Ustaz|Ustadh)"
)
_RELATION = factored(
    r"(?:friend|bff|bestie|brother|bro|sister|sis|mom|mother|dad|father|stepdad|stepmom|cousin|boyfriend|bf|"
    r"girlfriend|gf|husband|wife|son|daughter|neighbor|neighbour|roommate|coworker|co-worker|colleague|boss|"
    r"manager|teacher|ex|uncle|aunt|partner|fiance|fiancee|nephew|niece|grandson|granddaughter|stepson|"
    r"stepdaughter|stepfather|stepmother|stepbrother|stepsister|grandmother|grandfather|babysitter|landlord|"
    r"tenant|classmate|buddy|pal|client|contact|victim|suspect|witness|"
    # in Spanish, as code-switching writes them ("mi hija April Browning", "mi novio Kevin"), and in the other
    # languages of KINSHIP ("Tonton Jean-Marc", "Kuya Jun")
    r"hija|hijo|hermana|hermano|novia|novio|esposa|esposo|prima|primo|amiga|amigo|vecina|vecino|"
    r"t[ií]a|t[ií]o|mam[aá]|pap[aá]|" + "|".join(sorted(KINSHIP)) + ")"
)
# What only a person has, after a name and "'s" ("Haley's phone", "April's kids")
_PERSONAL_THINGS = (
    r"phone|number|house|place|car|room|account|profile|snap|insta|ig|kid|kids|baby|parents|family"
)
_GREETING = factored(
    r"(?:hi|hey|hello|dear|thanks|thank\s+you|thx|ty|bye|congrats|congratulations|morning|night|love\s+you|"
    r"miss\s+you|welcome|rip|r\.i\.p\.?|rest\s+in\s+peace|shout\s?out\s+to|happy\s+birthday|happy\s+b-?day|hbd|cc|attn)"
)
_VERB_AFTER = factored(
    r"(?:told|tells|said|says|texted|texts|called|calls|asked|asks|owes|owed|wrote|writes|posted|posts|sent|"
    r"sends|lives|lived|knows|knew|took|takes|went|left|came|hit|hits|threatened|threatens|stole|steals|got|"
    r"gets|wants|wanted|needs|needed|is|was|has|had|will|would|and\s+I|and\s+me|ever|never|just|also|still|"
    r"pls|plz|please|u|ur|you|are|r|can|could|where|answer|stop|come|call|text|commented|replied|tagged|shared|"
    r"liked|joined|added|invited|blocked|reported|showed|kept|keeps|won't|wont|can't|cant|didn't|didnt|doesn't|"
    r"stated|states|admitted|admits|advised|explained|yelled|screamed|grabbed|punched|shoved|approached|"
    # and in Spanish (the rules read the text without its accents: "llamó" is "llamo"), what only a person does
    r"dice|dijo|llamo|escribio|mando|contesto|pregunto|respondio|aviso)"
)
_VERB_BEFORE = factored(
    r"(?:reach|reached|tell|told|ask|asked|call|called|text|texted|message|messaged|email|emailed|meet|met|pay|paid|owe|"
    r"give|gave|sent|send|visit|visited|saw|see|seen|contact|contacted|block|blocked|report|reported|know|"
    r"knows|knew|married|marry|dating|date|dated|love|loves|hate|hates|kill|hurt|find|found|help|helped|"
    r"invite|invited|add|added|tag|tagged|follow|followed|unfollow|unfriended|friended|warn|warned|hit|punched|"
    r"slapped|kissed|dumped|pick\s+up|picked\s+up|drop\s+off|dropped\s+off|drove|picked|ignore|ignored|"
    r"trust|trusted|blame|blamed|thank|thanked|remind|reminded|miss|missed|beat|threaten|threatened|stalk|"
    r"stalked|follows|dm|dmed|dm'd|ping|pinged|cc|bcc|(?:talk|talked|talking|spoke|spoken|speak|speaking|"
    r"chat|chatted|chatting|hang|hung|hanging|hangs)[ \t]+(?:to|with))"
)
_AGENT = factored(
    r"(?:signed|sent|posted|written|wrote|reported|shared|uploaded|created|submitted|approved|requested|booked|"
    r"ordered|referred|recommended|invited|received|picked\s+up|accepted|witnessed|filed)"
)
_PREP = factored(
    r"(?:to|with|from|by|for|and|or|about|against|than|like|between|named|called|aka|a\.k\.a\.|via)"
)


def _word_ok(word: str) -> bool:
    return word not in NOT_NAME and len(word) > 1


def _name_ok(name: str) -> bool:
    words = [w for w in re.split(r"[ \t]+", name) if not re.fullmatch(r"[A-Z]\.", w)]
    return bool(words) and all(_word_ok(w) for w in words)


class _Rule:
    __slots__ = ("kind", "min_words", "needs", "regex", "score", "weak")

    def __init__(
        self,
        regex: str,
        score: float,
        min_words: int = 1,
        *,
        weak: bool = False,
        kind: str = "",
        needs: str | None = None,
    ) -> None:
        self.regex = re.compile(regex)
        # a pattern the text must hold for the rule to match at all, searched first: a rule that opens with a name
        # tries the name at every capital, which costs more than one search for its cue word
        self.needs = None if needs is None else re.compile(needs)
        self.score = score
        self.min_words = min_words
        # a weak cue (a position, not a word about a person) needs the NER model's agreement for a phrase-like name
        self.weak = weak or score < 0.7
        self.kind = kind  # "greeting", "speaker", "cue-first" (the cue word comes before the name), or ""


def _name_led(lead: str, name: str, cue: str, score: float, **kw: Any) -> _Rule:
    """A rule whose cue follows the name: ``lead``, the name, then ``cue``, which the text must hold for the name
    to be tried at all (see ``_Rule.needs``)."""
    return _Rule(rf"{lead}(?P<name>{name}){cue}", score, needs=cue, **kw)


# Form and profile fields that hold a person: "Name: …", "Beneficiary: …", "Parent/guardian: …".
_LABEL = factored(
    r"(?:(?:full|first|last|legal|real|display|account|contact)[ \t]+name|name|sender|recipient|buyer|seller|"
    r"owner|(?:account|card|policy)[ \t]*holder|beneficiary|payee|payer|(?:parent/)?guardian|parent|"
    r"(?:emergency[ \t]+)?contact|witness|suspect|victim|tenant|landlord|spouse|next[ \t]+of[ \t]+kin|"
    r"(?:ship|bill|deliver)[ \t]+to)"
)


# Trades a contact list notes in brackets: "Turner (plumber?)"
_TRADES = (
    r"(?:plumber|electrician|contractor|landlord|dentist|doctor|lawyer|attorney|realtor|mechanic|babysitter|nanny|"
    r"tutor|therapist|counselor|counsellor|neighbor|neighbour|coworker|boss|teacher|coach|trainer|barber|stylist|"
    r"cleaner|handyman|roofer|locksmith|sponsor|pastor|caseworker)"
)

# Each rule's group "name" is the person; a name the NER labelled as ORG, DATE, EVENT … is skipped.
_RULES = (
    # a title, in any case: "Mr. Hale", "tell mr Guerra"
    _Rule(rf"\b(?i:{_TITLE})\.?[ \t]+(?P<name>{_FULLNAME})", 0.8, kind="title"),
    # "Sr." before a name is Señor (or Sister): "backup: Sr. Barth". Capitalised only, and not among the titles above,
    # which are read in any case and after a name too: "sr" and "John Smith Sr." are no cue; nor is it before a job
    # ("Sr. Product Manager", see _kind_holds)
    _Rule(rf"\bSr\.?[ \t]+(?P<name>{_FULLNAME})", 0.8, kind="senor"),
    _Rule(
        rf"(?i:\b(?:name\s+is|name's|names\s+is|named|called|call\s+me|ask\s+for|aka|a\.k\.a\.|c/o|care\s+of))[ \t]+(?P<name>{_FULLNAME})",
        0.8,
    ),
    # a form field: "Name: Jane Doe", "Beneficiary: Morgan Hobbs"
    _Rule(rf"(?m)(?:^|(?<=[|;(,]))[ \t]*(?i:{_LABEL})[ \t]*:[ \t]*(?P<name>{_FULLNAME})", 0.8),
    _Rule(rf"(?i:\b{_RELATION})(?:[ \t]*,)?[ \t]+(?P<name>{_FULLNAME})", 0.7),
    # the relation after the name, as South Asian and West African English address elders: "Dary auntie + Koya
    # uncle (parking)", "Sharma ji"
    _name_led(
        r"(?<![\w'’])",
        _NAME,
        r"[ \t]+(?i:auntie|aunty|uncle|ji|didi|bhaiya|sahib|saab)\b",
        0.7,
        kind="postposed",
    ),
    # "pt's stepfather (Lopez)": a name of the tables in brackets after a relation ("my boss (Target)" is none)
    _Rule(
        rf"(?i:\b{_RELATION})[ \t]*\([ \t]*(?P<name>{_FULLNAME})[ \t]*\)",
        0.7,
        kind="bracketed",
        needs=r"\([ \t]*[A-Z]",
    ),
    _Rule(
        rf"(?i:(?<![\w'])(?:{_GREETING}))(?:[ \t]*,)?[ \t]+(?P<name>{_FULLNAME})\b(?![ \t]*[a-z])",
        0.7,
        kind="greeting",
    ),
    _Rule(
        rf"(?i:(?<![\w'])(?:{_GREETING}))(?:[ \t]*,)?[ \t]+(?P<name>{_FULLNAME})(?=[ \t]*[,!.?:;\n]|$)",
        0.7,
        kind="greeting",
    ),
    # a chat speaker: "Jane Doe: hi" (one-word speakers only in a multi-line log, see find_people)
    _Rule(
        rf"(?m)^[ \t]*(?:\[[^\]\n]{{1,40}}\][ \t]*)?(?P<name>{_TWO_NAMES})[ \t]*:[ \t]",
        0.7,
        min_words=2,
        weak=True,
        kind="speaker",
    ),
    # a sign-off and the name on the next line: "Best,\nChase West"
    _Rule(
        r"(?m)^[ \t]*(?i:best|thanks|thank\s+you|regards|best\s+regards|kind\s+regards|warm\s+regards|sincerely|"
        rf"cheers|love|xoxo|respectfully|cordially)[ \t]*[,!.]?[ \t]*\n[ \t]*(?P<name>{_FULLNAME})[ \t]*$",
        0.8,
    ),
    # a family by its surname: "the Lopez family", "Jones household"
    _name_led(
        r"(?<![\w'’@#./-])",
        _NAME,
        r"[ \t]+(?:family|families|household|residence|twins|kids)\b",
        0.65,
        kind="family",
    ),
    # a relation in brackets after the name: "Tiffany (my cousin) has my key", "Amber Jones (mother) 555-…"
    _name_led(
        r"(?<![\w'])",
        _FULLNAME,
        r"[ \t]*\((?i:(?:(?:my|her|his|their|our|the)[ \t]+)?"
        rf"(?:{_RELATION}|respondent|petitioner|plaintiff|defendant|complainant))\)",
        0.8,
    ),
    # a role, then the name between commas: "Your Dasher, Theresa, has picked up …", "my neighbor, Jane Doe, said"
    _Rule(
        rf"(?i:\b(?:your|my|our|her|his|their)[ \t]+[a-z]+),[ \t]*(?P<name>{_FULLNAME}),",
        0.65,
        kind="appositive",
    ),
    # a self-introduction: "It's Scott, save this number", "hey this is Dana!"
    _Rule(
        rf"(?i:\b(?:it'?s|this[ \t]+is|i'?m|i[ \t]+am))[ \t]+(?P<name>{_FULLNAME})(?=[ \t]*(?:[,.!?]|$))",
        0.65,
        kind="introduction",
    ),
    # a name and an age, as news and notices give them: "Rose Huff, 82, of …"
    _name_led(r"(?<![\w'])", _TWO_NAMES, r",[ \t]*\d{1,3}[ \t]*,", 0.7, min_words=2),
    # "Amber, 15, was last seen …", "Bio: 🌸 Lisa | 17 | …": one given name (see find_people) and an age
    _name_led(
        r"(?<![\w'])",
        _NAME,
        r"[ \t]*[,|·•][ \t]*\d{1,3}[ \t]*[,|·•](?![ \t]*(?:[$€£]|\d(?![\d.,]*[ \t]*(?:mi|miles|km)[ \t]+away\b)))",
        0.7,
        kind="given-age",
    ),
    # a reaction count: "Liked by Dustin and 3 others", "Jane Doe + 2 more" (a given name of the tables)
    _name_led(
        r"(?<![\w'])",
        _FULLNAME,
        r"[ \t]+(?:and|&|\+)[ \t]+\d+[ \t]+(?:others|more|other[ \t]+people)\b",
        0.7,
        kind="given-first",
    ),
    # a person by where one knows them from: "Uberto from dad's work", "Ms. Ayodele from church" (a given name)
    _name_led(
        r"(?<![\w'’@#])",
        _FULLNAME,
        r"[ \t]+from[ \t]+(?:(?:my|his|her|our|their|your|the|[a-z]+['’]s)[ \t]+)?"
        r"(?:work|school|church|class|gym|office|college|camp|daycare|practice|next[ \t]+door)\b",
        0.7,
        kind="given-first",
    ),
    # the parties of a police log: "R/P Chao Shen STATED …", "RP: Ana Lima" (the reporting or complaining party)
    _Rule(rf"(?<![\w/])(?:R/P|C/P|RP|COMPL?)[ \t]*:?[ \t]+(?P<name>{_FULLNAME})", 0.8, kind="named"),
    # two given names joined by "&", as a couple's bio or a card signs them: "Antony & Jane forever", "Taro & Aisha"
    # (see _paired; "Ben & Jerry's", "Barnes & Noble" are none)
    _Rule(
        rf"(?<![\w'’@#&+])(?P<name>{_NAME})(?=[ \t]*[&+][ \t]*{_NAME}(?![\w'’@&+-]))",
        0.7,
        kind="paired",
        needs="[&+]",
    ),
    _Rule(rf"(?<=[^\W\d_])[ \t]*[&+][ \t]*(?P<name>{_NAME})(?![\w'’@&+-])", 0.7, kind="paired"),
    # a couple with a ring between them, as an engagement post writes it: "Apisara Pasuk 💍 Andrew Pall"
    _name_led(r"(?<![\w'’@#])", _FULLNAME, r"[ \t]*💍[ \t]*(?=[A-Z])", 0.7, kind="couple"),
    _Rule(rf"💍[ \t]*(?P<name>{_FULLNAME})(?![\w'’@-])", 0.7, kind="couple"),
    # a speaker tag of a role and a name opening a line: "[Agent Brittany] I'm so sorry" (a given name)
    _Rule(rf"(?m)^[ \t]*\[[A-Za-z]+[ \t]+(?P<name>{_FULLNAME})\][ \t]*\S", 0.7, kind="given-first"),
    # a signature: "… - Michael", "~ Jane D." at the end of a line
    _Rule(rf"(?m)(?:^|[ \t])[-–—~][ \t]*(?P<name>{_FULLNAME})[ \t]*[.!]?[ \t]*$", 0.65),
    # "Logan, I've told you three times": a given name addressed before the speaker's "I"
    _Rule(
        rf"(?m)^[ \t]*(?P<name>{_NAME}),[ \t]+(?i:i|i've|ive|i'm|im|i'll|i’ve|i’m|i’ll)\b[^.!?\n]{{0,30}}?"
        r"\b(?i:you|u)\b",
        0.65,
        kind="vocative",  # a given name that is no English word ("Grace, I'm not mad at you" is not sure)
    ),
    # "Jane, can you …" / "Darren pls …": a vocative at the start of a line
    _Rule(
        rf"(?m)^[ \t]*(?P<name>{_NAME})(?:,|!+)[ \t]+(?:pls|plz|please|can|could|are|r|u|you|where|call|answer|stop|come)\b",
        0.65,
    ),
    _Rule(rf"(?<![\w'])(?P<name>{_FULLNAME})(?:'s)?[ \t]+(?:{_VERB_AFTER})\b", 0.65),
    # the agent of a delivery, a post, a signature: "signed by Teresa"; as a field, a name of the tables ("Signed
    # by: Gates", not "Signed by: Recipient")
    _Rule(rf"(?i:\b{_AGENT}\s+by)[ \t]+(?P<name>{_FULLNAME})\b", 0.7),
    _Rule(
        rf"(?i:\b{_AGENT}\s+by)[ \t]*:[ \t]*(?P<name>{_FULLNAME})\b",
        0.7,
        kind="named",
        needs=r"(?i:by)[ \t]*:",
    ),
    # a form's signature line, the name on the line's underscores: "Applicant Signature: __Williams__"
    _Rule(rf"(?i:\bsignature)[ \t]*+:?[ \t]*+_*+(?P<name>{_FULLNAME})_*+(?![\w'’-])", 0.7, kind="named"),
    # "leave it w/ Adrian at the front desk": "with" as texts write it (a full name, a common given name, a surname)
    _Rule(rf"(?i:(?<![\w/])w/)[ \t]*+(?P<name>{_FULLNAME})", 0.65, kind="payee"),
    # an attendance list: "Absent: Gordon", "Late: Bishop (again)"
    _Rule(
        r"(?m)^[ \t]*+(?i:absent|late|tardy|excused|present|sick|injured|no[ \t-]show)[ \t]*+:[ \t]*+"
        rf"(?P<name>{_FULLNAME})(?=[ \t]*+(?:$|[,;(]))",
        0.7,
        kind="named",
    ),
    # "staying with that guy Hopkins", "this girl Kayla": a person pointed at by a word for one
    _Rule(
        r"(?i:\b(?:that|this|some|the)[ \t]+(?:guy|girl|dude|kid|lady|man|woman|boy|chick|bro|homie))[ \t]+"
        rf"(?P<name>{_FULLNAME})",
        0.7,
        kind="named",
    ),
    # "Thanks for riding with Harris and Sons, Bonnie!": thanks, then a given name addressed at the sentence's end
    _Rule(
        r"(?i:\b(?:thanks|thank[ \t]+you|thx|sorry|welcome|congrats|congratulations)\b)[^.!?\n]{0,60}?,[ \t]*+"
        rf"(?P<name>{_NAME})[ \t]*+(?:[!.?]|$)",
        0.65,
        kind="addressed",
        needs=r"(?i:thank|thx|sorry|welcome|congrat)",
    ),
    # a name with a nickname in quotes between its parts: 'Christopher "Boogie" Brown'
    _Rule(
        rf"(?<![\w'’])(?P<name>{_NAME}[ \t]+[\"“][A-Za-z][\w .'’-]{{0,20}}[\"”][ \t]+{_NAME})(?![\w'’-])",
        0.8,
        kind="nicknamed",
        needs='["“]',
    ),
    # "staying at Sarah Wilsons place": a full name's possessive without its apostrophe
    _name_led(
        r"(?<![\w'’])",
        rf"{_NAME}[ \t]+{_NAME}",
        rf"s[ \t]+(?:{_PERSONAL_THINGS}|apartment|apt|crib|mom|dad)\b",
        0.7,
        kind="named",
    ),
    # "a man I know as Jay (last name maybe Sims)": a name said to be someone's, however unsure
    _Rule(
        r"(?i:\b(?:last|first|middle|real|full|family|maiden|sur)[ \t]*name(?:[ \t]+(?:is|was|maybe|might[ \t]+be|"
        rf"could[ \t]+be|probably|possibly|prob|like))?)(?:[ \t]*+:)?[ \t]++(?P<name>{_FULLNAME})",
        0.8,
        needs="(?i:name)",
    ),
    # a scanned ID's fields: "LN Adams", "FN Cindy" (and the AAMVA barcode's DCS/DAC/DAD)
    _Rule(
        rf"(?m)^[ \t]*+(?:LN|FN|MN|DCS|DAC|DAD|DCT)(?:[ \t]*+:)?[ \t]++(?P<name>{_FULLNAME})[ \t]*$",
        0.8,
        kind="named",
    ),
    # a call log or contact list: "✖ Christina work\t…", "Kim mobile"; a name before a guess at a trade in brackets
    # ("Turner (plumber?)")
    _name_led(
        r"(?m)(?<![\w'’])",
        _FULLNAME,
        r"(?m:[ \t]+(?:work|home|mobile|cell|iphone|main|other)(?=[ \t]*(?:\t|$|[|·(])))",
        0.7,
        kind="unworded",
    ),
    _name_led(
        r"(?<![\w'’])",
        _FULLNAME,
        rf"[ \t]*\((?:(?:my|the|our|his|her)[ \t]+)?{_TRADES}\??\)",
        0.7,
        kind="named",
    ),
    # a subtitle's or transcript's speaker in brackets: "[Brianna] He's my brother"
    _Rule(rf"(?m)^[ \t]*+\[(?P<name>{_FULLNAME})\][ \t]+\S", 0.7, kind="unworded"),
    # "Familiar face: Terrance at the door", "Guest: …": a field that holds a person, the value a name of the tables
    _Rule(
        r"(?i:\b(?:familiar[ \t]+face|driver|rider|passenger|guest|visitor|caller|patient|student|attendee))"
        rf"[ \t]*:[ \t]*(?P<name>{_FULLNAME})",
        0.7,
        kind="unworded",
    ),
    # a contact renamed: '~ "Victoria" renamed to "…"'
    _Rule(rf"[\"“](?P<name>{_FULLNAME})[\"”][ \t]+(?i:renamed|was[ \t]+renamed)\b", 0.7, kind="unworded"),
    # a calendar's entry: "Swim — William, carpool w/ …" (a given name that is no English word, between a dash and
    # a comma)
    _Rule(rf"[—–][ \t]+(?P<name>{_NAME}),[ \t]+[a-z]", 0.65, kind="unworded-strict"),
    # a sign-up or list line: "Sara - mac n cheese" (a common given name, a dash, what they bring or do)
    _Rule(rf"(?m)^[ \t]*+(?P<name>{_FULLNAME})[ \t]+[-–—][ \t]+[a-z]", 0.65, kind="unworded-strict"),
    # a family by its name in the plural: "the Galloways - ham", "Dinner at the Davidsons'"
    # (as a list line before a dash, or owning a place after a word of visiting, not "we beat the Packers", "a
    # weekend at the Hamptons")
    _Rule(
        r"(?i:\b(?:at|visit|visiting|from|to|over))[ \t]++(?i:the)[ \t]++(?P<name>[A-Z][a-z]+(?:s|es))['’]"
        r"(?![\w'’-])",
        0.65,
        kind="plural",
    ),
    _Rule(
        r"(?m)^[ \t]*+(?:(?:[-*•]|\[[ xX]\])[ \t]*+)?(?i:the)[ \t]++(?P<name>[A-Z][a-z]+(?:s|es))['’]?"
        r"(?=[ \t]++[-–—])",
        0.65,
        kind="plural",
    ),
    # "2. Marisa aka @mars22": a name before its alias
    _name_led(r"(?<![\w'’])", _FULLNAME, r"[ \t]+(?i:aka|a\.k\.a\.?)[ \t]", 0.8),
    # a payment app's transfer on a statement: "ZELLE TO Daniel Schmidt", "CASH APP*Shirley Jordan"
    _Rule(
        r"(?i:\b(?:zelle|venmo|cash[ \t]?app|paypal|apple[ \t]cash|xfer|wire))"
        rf"(?:[ \t]*\*[ \t]*|[ \t]+(?i:(?:payment[ \t]+|pmt[ \t]+)?(?:to|from))[ \t]+)(?P<name>{_FULLNAME})",
        0.8,
        kind="payee",  # a person's name, not "Chase Checking", "Comcast Cable", "Savings"
    ),
    # "Rodriguez's mom is driving us", "Holden's older brother", "Ingram's house alarm": a name of the tables owning
    # a relative or what only a person has
    _name_led(
        r"(?<![\w'’@#./-])",
        _NAME,
        r"['’]s[ \t]+(?:(?:older|younger|little|big|baby|twin|step|ex|best|new|old|real|other|whole)[ \t]+)?"
        rf"(?i:{_RELATION}|mum|lawyer|attorney|{_PERSONAL_THINGS})\b",
        0.7,
        kind="owner",
    ),
    # whom a missing or taken person was last with: "last seen with Amber Shepherd", "left with Rose Hill" (a given
    # name and a surname, even of plain words)
    _Rule(
        r"(?i:\b(?:(?:last[ \t]+)?seen[ \t]+with|left[ \t]+with|ran[ \t]+off[ \t]+with|went[ \t]+off[ \t]+with|"
        r"taken[ \t]+by|abducted[ \t]+by|picked[ \t]+up[ \t]+by|staying[ \t]+with|living[ \t]+with))"
        rf"[ \t]+(?P<name>{_TWO_NAMES})\b",
        0.7,
        min_words=2,
        kind="accompanied",
    ),
    _Rule(rf"(?i:\b{_VERB_BEFORE})[ \t]+(?P<name>{_FULLNAME})\b", 0.65, kind="cue-first"),
    _Rule(rf"(?i:\b{_PREP})[ \t]+(?P<name>{_TWO_NAMES})\b", 0.65, min_words=2, kind="cue-first"),
)
_SPEAKER_RULE = next(i for i, r in enumerate(_RULES) if r.kind == "speaker")  # "Jane Doe: …"
# Closed-class words: capitalised in the middle of a run of capitalised words, they mark title case
# ("Top Stories This Week", "Rate Your Experience"), where capitals say nothing about names.
_FUNCTION = frozenset(
    _words(
        """
    The An This That These Those Your Our My Their Its His Her Of For From To With On In At By Is Are Was
    Were Be Been Has Have Had Now Here Into Onto Over Off Out Up Down And Or Than Then Until While
    """
    )
)


_MID_FUNCTION = re.compile(r"(?<=[\w,][ \t])(?:" + "|".join(sorted(_FUNCTION)) + r")\b")


def _title_case_line(text: str, start: int, end: int) -> bool:
    """The line around ``start:end`` capitalises a function word mid-sentence ("Pick Up Where You Left Off")."""
    a, b = _line(text, start, end)
    return any(not (x + a < end and start < y + a) for x, y in _mid_functions(text[a:b]))


@functools.lru_cache(maxsize=512)
def _mid_functions(line: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _MID_FUNCTION.finditer(line))


# "tell Amber Branch to call me", "ask Rose Hill if …": a verb only a person is the object of, then a clause that
# goes on about what that person is to do or be told
_ADDRESS_VERBS = frozenset(
    _words(
        "tell told ask asked text texted message messaged remind reminded warn warned thank thanked dm dmed ping pinged"
    )
)
_ADDRESSED_CLAUSE = re.compile(
    r"[ \t]+(?:to[ \t]+[a-z]|that\b|if\b|i\b|i'|you\b|we\b|he\b|she\b|they\b|about\b|when\b|where\b|how\b|not\b)"
    r"|[ \t]*(?:[,.!?;]|$)",
    re.MULTILINE,
)


_INSTITUTIONS = frozenset(
    _words(
        "bank church chapel school academy college hospital clinic center centre library station hall club"
    )
)


def _addressed(text: str, m: re.Match[str], start: int, end: int, lexicon: Lexicon) -> bool:
    """A given name and surname of the tables as the object of a verb of telling, then a clause ("tell Amber Branch
    to call me"): a person, though both words are English words the model may not take for a name."""
    cue = text[m.start() : m.start("name")].split()
    words = _name_words(text[start:end])
    return (
        len(cue) == 1
        and cue[0].lower() in _ADDRESS_VERBS
        and lexicon.has_names
        and lexicon.full_name(words)
        and words[-1].lower() not in _INSTITUTIONS  # "ask Chase Bank if they can …"
        and _ADDRESSED_CLAUSE.match(text, end) is not None
    )


def _headline_cue(text: str, m: re.Match[str]) -> bool:
    """A capitalised cue word in mid-sentence ("New Login From Unknown Device"): the line is in title case."""
    if not text[m.start()].isupper():
        return False
    before = text[_start_before(text, m.start())[0] : m.start()].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:;\"'(-"


# --- title case -------------------------------------------------------------------------------------------------
# Capitals are evidence of a name in sentence text only. A heading or UI string capitalises every word ("Background
# App Refresh Disabled", "Battery Health: Peak Performance Capability"), and the run of capitalised words a line
# opens with may be one phrase ("Low Data Mode is on", "Smart Home Hub Offline since 5pm"). There a name needs a
# cue that is a word about a person, or the NER model's agreement.


# The rules judge a span by its line. A line longer than this is read as several (cut after a sentence end or at
# a space): one paragraph of 200,000 characters would otherwise be scanned again for each name in it, and the time
# to analyse a text would grow with the square of its length.
MAX_LINE = 1_000


@functools.lru_cache(maxsize=16)
def _lines(text: str) -> tuple[list[int], list[int]]:
    """The starts and ends of the lines of ``text``, long lines cut at most :data:`MAX_LINE` characters apart."""
    starts: list[int] = []
    ends: list[int] = []
    a = 0
    n = len(text)
    while a <= n:
        nl = text.find("\n", a)
        b = n if nl < 0 else nl
        while b - a > MAX_LINE:
            lo, hi = a + MAX_LINE // 2, a + MAX_LINE
            cut = max(text.rfind(". ", lo, hi), text.rfind("! ", lo, hi), text.rfind("? ", lo, hi))
            cut = cut + 1 if cut >= 0 else text.rfind(" ", lo, hi)
            if cut < 0:
                tab = text.rfind("\t", lo, hi)
                cut = tab if tab >= 0 else hi - 1  # no space or tab: a hard cut
            starts.append(a)
            ends.append(cut)
            a = cut + 1 if text[cut] in " \t" else cut
        starts.append(a)
        ends.append(b)
        a = b + 1
    return starts, ends


# The checks that look at what stands right before or after a span on its line ("a label opens the line", "a
# lower-case word comes before the name", "the name fills a field") read the real line, but at most NEAR characters
# of it each way: a cut of a long line into virtual lines would look like a line start, and reading the whole line
# again for each name in it is what made long lines slow.
NEAR = 200


def _start_before(text: str, pos: int) -> tuple[int, bool]:
    """Where the text before ``pos`` on its line begins (at most :data:`NEAR` back), and whether that is where the
    line begins."""
    lo = max(0, pos - NEAR)
    nl = text.rfind("\n", lo, pos)
    if nl >= 0:
        return nl + 1, True
    return lo, lo == 0 or text[lo - 1] == "\n"  # the window may end exactly at the line's start


def _end_after(text: str, pos: int) -> tuple[int, bool]:
    """Where the text after ``pos`` on its line ends (at most :data:`NEAR` on), and whether that is the line's end."""
    hi = min(len(text), pos + NEAR)
    nl = text.find("\n", pos, hi)
    if nl >= 0:
        return nl, True
    return hi, hi == len(text) or text[hi] == "\n"  # the window may end exactly at the line's end


def _near(text: str, start: int, end: int) -> tuple[int, int]:
    """The line around ``start:end``, at most :data:`NEAR` characters of it on either side."""
    return _start_before(text, start)[0], _end_after(text, end)[0]


def _line(text: str, start: int, end: int) -> tuple[int, int]:
    """The line holding ``start:end`` (from the line of ``start`` to the end of the line of ``end``)."""
    starts, ends = _lines(text)
    i = bisect.bisect_right(starts, start) - 1
    j = max(i, bisect.bisect_right(starts, max(start, end - 1)) - 1)
    return starts[i], ends[j]


def heading_line(text: str, start: int, end: int) -> bool:
    """The line around ``start:end`` has three or more capitalised words and none in lower case."""
    a, b = _line(text, start, end)
    return _heading(text[a:b])


@functools.lru_cache(maxsize=512)
def _heading(line: str) -> bool:
    capitals = 0
    for token in line.split():
        word = token.lstrip("\"'([{<*#~-–—•")
        if not word or not word[0].isalpha():
            continue
        if word[0].islower():
            return False
        capitals += sum(c.isalpha() for c in word) >= 2
    return capitals >= 3


_CAPS_WORD = re.compile(r"(?<![\w'’])[A-Z]{2,}(?![\w'’])")
_MIXED_WORD = re.compile(r"(?<![\w'’])[A-Z][a-z]")


def shouted(text: str, start: int, end: int) -> bool:
    """The span is in mixed case inside text in capitals: three or more words in capitals around it, at least twice
    as many as mixed-case words ("I KNOW WHERE YOU LIVE Timothy Carter. YOU HAVE UNTIL MONDAY", "DECLARATION OF Cindy
    Hampton IN SUPPORT OF …"), or two and no other word in mixed case ("12/03  ZELLE FROM Joseph Ferrell 929.579.2320
    +$24.86", a bank statement's line). A name typed so stands out from its line; it is no heading word."""
    span = text[start:end]
    if not span[:1].isupper() or not any(c.islower() for c in span):
        return False
    a, b = _near(text, start, end)
    caps = sum(len(_CAPS_WORD.findall(text, lo, hi)) for lo, hi in ((a, start), (end, b)))
    mixed = sum(len(_MIXED_WORD.findall(text, lo, hi)) for lo, hi in ((a, start), (end, b)))
    return (caps >= 3 and caps >= 2 * mixed) or (caps == 2 and mixed == 0)


def _plain_given(word: str, lexicon: Lexicon) -> bool:
    """A common given name of the tables that is no English verb, adjective or adverb ("Todd", not "Rose" or
    "Summer"; WordNet lists many given names as nouns) and no month."""
    return (
        lexicon.given_name(word, common=True) and not lexicon.plain_words([word]) and word not in _MONTH_NAMES
    )


def _name_shaped(words: list[str], lexicon: Lexicon) -> bool:
    """Two or three words each of which may be part of a name, closed by a family name, not all English words ("Chao
    Shen", "Limon Kisakurek"; not "Rose Gold", "Summer Collection"): in mixed case inside capitals, a name however
    rare its given name ("R/P Chao Shen STATED …")."""
    return (
        2 <= len(words) <= 3
        and lexicon.names_only(words)
        and lexicon.family_name(words[-1])
        and not lexicon.plain_words(words)
        and not lexicon.dictionary_words(words)
    )


_EDGE = frozenset(':,;|()[]{}/!?."<>-–—~•·')


# Title case as style guides write it: every word capitalised but the short function words, which may stay in lower
# case ("Yield to Pedestrians in Crosswalk", "Varsity Soccer vs. Riverside Hawks", "Team Lunch at Golden Corral"). A
# heading, menu, sign, listing or title of a work is written so; its capitals say nothing about names or places.
_MINOR = frozenset(
    _words(
        """
    a an the and but or nor for so yet as at by in of on to up via vs v per with from into onto over off out than
    near n
    """
    )
)
_WORD_EDGES = "\"'()[]{}<>*#~-–—•.,;:!?|/&+"


def _title_case_words(segment: str, skip: tuple[int, int] = (0, 0)) -> int:
    """The number of capitalised words in ``segment`` (outside the slice ``skip``) when it is in title case, or
    -1 when a word other than a short function word is in lower case. Numbers, amounts and symbols are ignored."""
    capitals = 0
    number = False
    for m in _WORD.finditer(segment):
        word = m.group().strip(_WORD_EDGES)
        after_number, number = number, bool(word) and word[0].isdigit()
        if not word or not word[0].isalpha():
            continue
        if word[0].islower():
            # a unit after a number ("750 ml", "12 oz") is not a lower-case word of the text
            if word.lower().rstrip(".") not in _MINOR and not (after_number and len(word) <= 3):
                return -1
            continue
        if sum(c.isalpha() for c in word) >= 2 and not (skip[0] <= m.start() and m.end() <= skip[1]):
            capitals += 1
    return capitals


def title_line(text: str, start: int, end: int) -> bool:
    """The line around ``start:end`` is in title case (short function words may be in lower case) with three or
    more capitalised words: a heading, a menu, a listing, a sign, a title."""
    a, b = _line(text, start, end)
    # a line is asked about once per candidate on it: remember it (lines are short, see MAX_LINE)
    return _line_title_words(text[a:b]) >= 3


@functools.lru_cache(maxsize=512)
def _line_title_words(line: str) -> int:
    return _title_case_words(line)


# A field of a line: what lies between separators (",", ":", "|", brackets, a spaced dash, a sentence end).
_FIELD_SEP = re.compile(
    r"[,;:|()\[\]{}\"!?·]|[ \t][-–—~•/][ \t]|(?<!\bvs)(?<!\b[A-Z][a-z])(?<!\b[A-Za-z])\.(?=[ \t]|$)"
)


def title_field(text: str, start: int, end: int, outside: int = 2) -> bool:
    """The field of its line that holds ``start:end`` is in title case, with ``outside`` or more capitalised words
    besides the span ("Team Lunch at <Golden Corral>", "Yield to Pedestrians in <Crosswalk>"), or the whole line is
    ("Jazz in <the Park> - Lawn Seating, Gates Open 8pm")."""
    a, b = _near(text, start, end)
    if _title_case_words(text[a:b], (start - a, end - a)) >= outside:
        return True
    lo, hi = a, b
    for m in _FIELD_SEP.finditer(text, a, b):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return _title_case_words(text[lo:hi], (start - lo, end - lo)) >= outside


def _title_cue(text: str, m: re.Match[str], start: int, end: int) -> bool:
    """The cue of a rule match is a capitalised word inside a title-case line ("Senior Product Manager, Growth"):
    part of the heading, not a word about a person."""
    if m.start() >= start or not text[m.start()].isupper():
        return False
    a, _ = _start_before(text, m.start())
    before = text[a : m.start()].rstrip(" \t")
    return bool(before) and before[-1].isalnum() and title_line(text, start, end)


def _heading_cue(text: str, m: re.Match[str], start: int, end: int, lexicon: Lexicon) -> bool:
    """The cue of a rule match belongs to a title-case line and the words it points at are not all possible name
    words: a capitalised cue word inside the line ("Senior Product Manager, Growth"), a lower-case function word
    ("Pancakes with Blueberry Compote"), or a greeting opening the line with no comma after it ("Morning Yoga Flow
    - 45 Min"), which names a thing rather than addressing someone. A rare given name that is also an English word
    is no name word here ("Good Morning America", "Hello Kitty")."""
    if m.start() >= start or lexicon.names_only(_name_words(text[start:end]), common=True):
        return False
    if _title_cue(text, m, start, end):
        return True
    if not title_line(text, start, end):
        return False
    cue = text[m.start() : start].strip(" \t")
    if cue.lower().rstrip(".") in _MINOR:
        return True
    a, at_line_start = _start_before(text, m.start())
    return cue[:1].isupper() and at_line_start and not text[a : m.start()].strip() and "," not in cue


# A list marker or number before an item: "#12", "3.", "(2)", "4)".
_MARKER = re.compile(r"(?:^|(?<=[ \t]))(?:#\d+|\d+[.)]?|\(\d+\))$")


def field_word(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """One dictionary word that no name table knows, filling a field or labelling one ("Organizer:", "Guests:",
    "Jane Doe | Realtor | …"): a role or heading word, not a name."""
    word = text[start:end]
    return (
        lexicon.has_names
        and word.isalpha()
        and lexicon.known(word)
        and not lexicon.name_word(word)
        and _whole_segment(text, start, end)
    )


def _listed(text: str, start: int, end: int) -> bool:
    """The span is an item of a list: it fills a field after a list marker or a label ("Roster: #12 Kara Kirk, #7
    Andrew French", "Guests: Jane Doe, …")."""
    a, _ = _start_before(text, start)
    before = text[a:start].rstrip(" \t")
    return _whole_segment(text, start, end) and (
        bool(_MARKER.search(before))
        or before.endswith(":")
        or (before.endswith((",", ";")) and ":" in before)  # a later item: "CC: Carl Chaney; Taylor Parsons"
    )


def _whole_segment(text: str, start: int, end: int) -> bool:
    """The span fills a field of its line: nothing but punctuation (or a line end) on either side, past a list
    marker before it ("Roster: #12 Kara Kirk, #7 …")."""
    a, b = _near(text, start, end)
    before = text[a:start].rstrip(" \t")
    gap_before = _column_gap(text[a + len(before) : start])
    before = _MARKER.sub("", before).rstrip(" \t")
    after = text[end:b].lstrip(" \t")
    gap_after = _column_gap(text[end : b - len(after)])
    return (not before or gap_before or _edge(before[-1])) and (
        not after or gap_after or _edge(after[0]) or after[:2] in ("'s", "’s")
    )


def _column_gap(space: str) -> bool:
    """A tab or two spaces: columns of a screen, a log or a fixed-width export read as text ("< Messages      Sandra
    Thompson", "8pm  Rachel Love  Relation: mother")."""
    return "\t" in space or len(space) >= 2


def _edge(c: str) -> bool:
    """A field separator: punctuation, or a symbol such as an emoji ("Judy Pope 💍 Sherri Singh")."""
    return c in _EDGE or c in "\ufe0f\u200d" or unicodedata.category(c)[0] == "S"


# Capitalised words that may stand right before a name at the start of a sentence: closed-class words, days and
# months, and the cue words (titles, relations, greetings, person verbs).
_OPENERS = frozenset(
    _words(
        """
    I You He She We They It Me Him Her Us Them My Your His Our Their Its The A An This That These Those
    Did Does Do Is Was Are Were Am Be Been Has Have Had Will Would Can Could Should Shall May Might Must
    And But Or Nor So If When While Because Since Until Unless Though Although Whether Where What Who Whom Whose
    Why How Which With Without About After Before At In On Of By For From To Into Onto Like Than Then Via Per
    Also Just Only Even Still Yet Not Never Always Maybe Perhaps Please Pls Plz Ok Okay Yes No Yeah Oh Wow Lol
    Omg Btw Today Tonight Tomorrow Yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April June July August September October November December Let Lets Let's
    """
    )
)
_CUE_WORD = re.compile(rf"(?i:{_TITLE}\.?|{_RELATION}|{_GREETING}|{_VERB_BEFORE})")
# an agent noun names a role, and a role may stand before a name ("Buyer Jane Doe", "Instructor Li")
_AGENT_NOUN = re.compile(r"(?:er|or|ist|ian|ant|ent|ee)s?$")


def _opener(word: str, lexicon: Lexicon | None = None) -> bool:
    """A word that may stand right before a name; with ``lexicon`` (for a given name and surname) also a verb form
    ending in -ing or -ed ("Asking Heather Daniel to stop")."""
    return (
        word in _OPENERS
        or _CUE_WORD.fullmatch(word) is not None
        or (len(word) > 4 and _AGENT_NOUN.search(word.lower()) is not None)
        or (lexicon is not None and word.lower().endswith(("ing", "ed")) and lexicon.verb_form(word))
    )


_LEADING_RUN = re.compile(r"(?:(?P<stop>.*[.!?:;|])[ \t]+|[ \t]*)(?P<run>(?:[A-Z][A-Za-z'-]*[ \t]+)+)")


def _modified_in_run(text: str, start: int, end: int, lexicon: Lexicon | None = None) -> bool:
    """The span ends a run of three or more capitalised words that opens a line or sentence, right after a word
    that is neither a closed-class word nor a cue ("Low Data Mode", "Smart Home Hub Offline"): one phrase."""
    a, at_line_start = _start_before(text, start)
    m = _LEADING_RUN.fullmatch(text, a, start)
    if m is None or not (at_line_start or m.group("stop")):
        return False
    run = m.group("run").split()
    return len(run) + len(text[start:end].split()) >= 3 and not _opener(run[-1], lexicon)


_LABELLED_LINE = re.compile(r"[ \t]*(?:[A-Z][\w'-]*[ \t]+)+[A-Z][\w'-]*[ \t]*:")


def _labelled_line(text: str, start: int) -> bool:
    """The span follows a title-case label the line opens with ("Update Available: …", "Security Alert: …")."""
    a, at_line_start = _start_before(text, start)
    return at_line_start and _LABELLED_LINE.match(text, a, start) is not None


def title_case_context(text: str, start: int, end: int, lexicon: Lexicon | None = None) -> bool:
    """Capitals around the span say nothing about names (see the comment above). ``lexicon``: the span is a given
    name and a surname, which a verb form before it does not modify."""
    return (
        heading_line(text, start, end)
        or _title_case_line(text, start, end)
        or _modified_in_run(text, start, end, lexicon)
    )


# The small model often calls a person an ORG or NORP, so only these labels (or an ORG that reads like a
# company) veto a cue match.
_OTHER_LABELS = frozenset({"DATE", "TIME", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "MONEY", "LANGUAGE"})
_COMPANY = re.compile(
    r"(?i)\b(?:inc|llc|ltd|corp|co|group|company|companies|plc|llp|bank|university|college|school|church|"
    r"hospital|clinic|foundation|association|partners|holdings|and|of)\b|[&,]"
)


# The small model also calls first names in chat and names in receipts a PRODUCT or WORK_OF_ART ("ask <Jared> she
# saw it", "Trip receipt for <Holly Gilmore>:"): a given name from the name tables outweighs these labels (not a
# date, an amount or a company).
_SOFT_LABELS = frozenset({"EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"})


_JOINED = re.compile(r"[ \t]*(?:,|&|\band\b)[ \t]*")


def _couple(text: str, lexicon: Lexicon) -> bool:
    """An "organisation" of given names joined by "&", "and" or commas ("Susan & Gabriel", "Mary and Connor"): people,
    not a company ("Barnes & Noble", "Ben & Jerry's")."""
    parts = [p for p in _JOINED.split(text.strip()) if p]
    # "Scott Howard & Rodney": a part may be a given name and a surname
    return (
        lexicon.has_names
        and len(parts) >= 2
        and all(
            (_NAME_AT.fullmatch(p) is not None and "'" not in p)
            or (len(p.split()) == 2 and lexicon.full_name(p.split()))
            for p in parts
        )
        and (lexicon.given_name(parts[0].split()[0], common=True) or _name_pair(parts, lexicon))
        and all(
            len(p.split()) == 2
            or lexicon.given_name(p)
            or (not lexicon.known(p) and all(len(q.split()) == 1 for q in parts))
            for p in parts[1:]
        )
    )


def _other_entity_spans(
    ents: Sequence[Any], text: str, lexicon: Lexicon | None = None
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans the model labelled (``ents``, over ``text``) as something other than a person that veto a weak
    cue, and the soft part of them."""

    def company(value: str) -> bool:
        return _COMPANY.search(value) is not None and not (
            lexicon and (_couple(value, lexicon) or _person_org(value, lexicon))
        )

    other = [e for e in ents if e.label_ in _OTHER_LABELS or (e.label_ == "ORG" and company(e.text))]
    spans: list[tuple[str, int, int]] = []
    for e in other:
        if e.label_ == "ORG" and "\n" in e.text:
            # "Given Name: Jane\nDate of Birth: …" is to the model one ORG: a firm is named on one line, so only the
            # lines that read as one veto
            spans += [
                ("ORG", a, b) for a, b in line_parts(text, e.start_char, e.end_char) if company(text[a:b])
            ]
            continue
        a, b = (
            _date_part(text, e.start_char, e.end_char, lexicon)
            if e.label_ in _WHEN or (e.label_ in _AMOUNTS and e.text[:1].isdigit())
            else (e.start_char, e.end_char)
        )
        if a < b:
            spans.append((e.label_, a, b))
    return [(a, b) for _, a, b in spans], [(a, b) for label, a, b in spans if label in _SOFT_LABELS]


_WHEN = frozenset({"DATE", "TIME"})
# amounts the model runs on into a name after them ("by 12:51 AM Scott Harrington" is to it one MONEY)
_AMOUNTS = frozenset({"MONEY", "QUANTITY", "CARDINAL"})


def _person_org(text: str, lexicon: Lexicon) -> bool:
    """An "organisation" that is a common given name and a surname ("Tyler E. Church", "Amanda Church")."""
    words = _name_words(text)
    return bool(words) and lexicon.given_name(words[0], common=True) and lexicon.full_name(words)


def _date_part(text: str, start: int, end: int, lexicon: Lexicon | None) -> tuple[int, int]:
    """A model DATE or TIME span without the given names at its edges ("Around 5:45 PM <William>", "<Zachary>"):
    a name is no date, and a date span must not veto the name next to it."""
    # "[12/27/2016, 3pm] Dora Andorful:", "6/9/18, 10:59 PM - Dương John:": a chat export's stamp ends at its bracket
    # or dash; the model's span may run on into the speaker
    stamp = _STAMP_END.search(text, start, end)
    if stamp is not None:
        end = stamp.start() + 1 if stamp.group().startswith("]") else stamp.start()
    if lexicon is None or not lexicon.has_names:
        return start, end
    words = [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(text[start:end])]

    def name(word: str) -> bool:
        return (
            _word_ok(word)
            and word not in _SEASONS
            and word not in _MONTH_NAMES
            and lexicon.given_name(word, common=True)
        )

    # "Given Name: Jane\nDate of Birth: …": a given name that ends its line is no part of a date on the next
    while len(words) > 1 and name(words[0][2]) and "\n" in text[words[0][1] : words[1][0]]:
        words.pop(0)
    # "8pm  Rachel Love  Relation": the span ends before the first given name after its first word
    cut = next((i for i, w in enumerate(words) if i and name(w[2])), len(words))
    words = words[:cut]
    while words and name(words[-1][2]):
        words.pop()
    return (words[0][0], words[-1][1]) if words else (start, start)


_STAMP_END = re.compile(r"\][ \t]*(?=[^\W\d_])|[ \t][-–—][ \t]+(?=[^\W\d_])")


# Times of year that are given names too: a date when the model says so ("in Summer 2024", "at Dawn").
_SEASONS = frozenset(_words("Summer Autumn Winter Spring Fall Dawn Noon"))


_WORD = re.compile(r"\S+")
_LOWER_AFTER = re.compile(r"[ \t]*[a-z]")
_CALLED = re.compile(rf"(?m)^[ \t]*(?P<name>{_NAME})[ \t]*(?:[?!]{{2,}}|[?!][ \t]*$)")
_SPEAKER = re.compile(rf"(?m)^[ \t]*(?:\[[^\]\n]{{1,40}}\][ \t]*)?(?P<name>{_NAME})[ \t]*:[ \t]")
# Labels of an invoice or statement line that are surnames too ("Due"); none is anyone's first name
_RECORD_LABELS = frozenset(
    _words("due total subtotal balance amount paid terms qty tax fee tip deposit status")
)
# the rest of a line that is a number, a date or an amount, then another field after a separator: "12/18/2025 ·
# Terms: Net 30", "Mar 05, 2020 · Terms: …"
_FIELD_AFTER = re.compile(
    r"[ \t]*(?:[$#]?\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d)[^\n]*?[ \t][·|•;][ \t]*[A-Z][A-Za-z]*(?:[ \t]+[A-Za-z]+)?[ \t]*:(?:[ \t]|$)",
    re.MULTILINE,
)
_AMOUNT_ONLY = re.compile(r"[ \t]*[$€£][ \t]?\d[\d,]*(?:\.\d+)?[ \t]*$", re.MULTILINE)
_INITIAL = re.compile(r"[A-Z]\.")
_RUN = re.compile(rf"(?<![\w'@#.])(?:{_NAME}|[A-Z]\.)(?:[ \t]+(?:{_NAME}|[A-Z]\.))+(?![\w@])")


def _family_name(words: list[str], lexicon: Lexicon) -> bool:
    """The last of ``words`` is a surname that is also a common word ("Little", "Love") right after a given name
    ("Zoe Little"): the name tables say it closes the name."""
    names = [w for w in words if not _INITIAL.fullmatch(w)]
    return (
        len(names) >= 2
        and names[-1] not in _OPENERS
        and lexicon.surname(names[-1])
        and _word_ok(names[-2])
        and lexicon.given_name(names[-2])
    )


def _trim(text: str, start: int, end: int, lexicon: Lexicon | None = None) -> tuple[int, int, int]:
    """Drop non-name words at either end; returns (start, end, number of name words) or a zero count."""
    words = [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(text[start:end])]
    while words and (not _word_ok(words[0][2]) or _INITIAL.fullmatch(words[0][2])):
        words.pop(0)
    # a fourth name word only where no dictionary knows it: "Miguel Ángel Navarrete Osorio", not "Mrs. Meyer's Clean
    # Day Hand Soap" (read as before, three words at most)
    named = [i for i, (_, _, w) in enumerate(words) if not _INITIAL.fullmatch(w) and w not in _PARTICLES]
    if len(named) >= 4:
        fourth = words[named[3]][2]
        if lexicon is None or not _word_ok(fourth) or lexicon.known(fourth):
            words = words[: named[3]]
            while words and words[-1][2] in _PARTICLES:
                words.pop()
    family = lexicon is not None and _family_name([w for _, _, w in words], lexicon)
    while words and (not (_word_ok(words[-1][2]) or family) or _INITIAL.fullmatch(words[-1][2])):
        words.pop()
        family = False
    if not words or not all(
        _word_ok(w) or _INITIAL.fullmatch(w) or (family and i == len(words) - 1)
        for i, (_, _, w) in enumerate(words)
    ):
        return start, end, 0
    # "Photos by Timothy P. Stewart Photography": a dictionary word after a full name names the business
    names = [w for _, _, w in words if not _INITIAL.fullmatch(w)]
    if (
        lexicon is not None
        and len(names) >= 3
        and lexicon.full_name(names[:-1])
        and lexicon.known(names[-1])
        and not lexicon.name_word(names[-1])
    ):
        words.pop()
    return words[0][0], words[-1][1], sum(1 for _, _, w in words if not _INITIAL.fullmatch(w))


_NAME_AT = re.compile(_NAME)


def _titled_surname(text: str, start: int, lexicon: Lexicon) -> tuple[int, int, int]:
    """After a title, a surname of the tables that is also a common capitalised word ("Sgt. West", "Dr. Love");
    ``(start, end, 1)``, or a zero count."""
    m = _NAME_AT.match(text, start)
    if m is None:
        return start, start, 0
    word = m.group()
    if word in _OPENERS or word in _FUNCTION or not lexicon.surname(word):
        return start, start, 0
    return start, m.end(), 1


_PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))
# a family name of one or two particles after a name ("Emilly da Mota", "Gilberto de la Garza")
_PARTICLE_TAIL = re.compile(rf"[ \t]+(?:{_PARTICLE}[ \t]+){{1,2}}{_NAME}(?![\w'’@-])")


def particle_tail(text: str, end: int) -> int:
    """Where a person's name ending at ``end`` ends with the family name of particles after it ("Mail for Emilly da
    Mota": the rules may find "Emilly" and not "da Mota"); ``end`` if none follows."""
    m = _PARTICLE_TAIL.match(text, end)
    return end if m is None else m.end()


_NEXT_NAME_WORD = re.compile(rf"[ \t]({_NAME})(?![\w'’@-])")


def surname_tail(text: str, start: int, end: int, lexicon: Lexicon) -> int:
    """Where a person's name ending at ``end`` in a given name ends with the surname after it that is a common word
    too ("call Summer Day now": the model may find "Summer" and the rules drop "Day", a word of NOT_NAME, which
    would then stand beside the placeholder); ``end`` if none follows."""
    m = _NEXT_NAME_WORD.match(text, end)
    if m is None or _word_ok(m.group(1)):
        return end
    words = _name_words(text[start:end])
    return m.end() if words and _family_name([*words[-1:], m.group(1)], lexicon) else end


def _name_words(span: str) -> list[str]:
    """The words of a name, without initials or the particles of a family name ("das Neves")."""
    return [w for w in span.split() if not _INITIAL.fullmatch(w) and w not in _PARTICLES]


class Spans:
    """Spans sorted by start, asked about in O(log n): a long text has thousands of model spans and candidates."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._ends = list(itertools.accumulate((b for _, b in ordered), max))  # the furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        """A span shares a character with ``start:end`` (or, for ``start == end``, strictly contains it)."""
        i = bisect.bisect_left(self._starts, end)
        return i > 0 and self._ends[i - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """One span holds all of ``start:end``."""
        i = bisect.bisect_right(self._starts, start)
        return i > 0 and self._ends[i - 1] >= end


# Verbs only a person is the subject of: a given name before one is a person even where the model reads the word
# as a date ("Summer wants my shift", "June texted me").
_SENTIENT_VERBS = frozenset(
    _words(
        """
    said says told tells texted texts called calls asked asks wants wanted needs needed owes owed wrote writes
    posted posts sent sends knows knew thinks thought lied lies promised promises threatened threatens replied
    replies answered answers messaged messages cried laughed screamed yelled admitted claimed claims lives lived
    """
    )
)
# Third-person verb forms of what people do that WordNet also lists as nouns ("keeps", "wants", "calls"), so the
# noun test in Lexicon.finite_verb would not count them.
_PERSON_VERBS = frozenset(
    _words(
        """
    keeps wants needs says texts calls works drives walks runs plays looks loves likes hates owes sells buys pays
    shows tells thinks hopes fights visits waits talks comments posts shares messages starts stops stays uses
    cries laughs smokes drinks sleeps answers replies claims promises threatens lies acts dates parks moves
    wins loses bets parlays cooks sings dances jokes swears naps vapes tweets snaps brags flexes
    """
    )
)


# "We've", "What's", "Don't": an English contraction, no name; "Sa’adatu", "Asma’u", "Ndung'u" are names
_CONTRACTION = re.compile(r"['’](?:s|ve|ll|re|d|t|m)$", re.IGNORECASE)


class Lexicon:
    """English words by part of speech, from the model's own lemmatizer tables (WordNet's index), and the given
    names and surnames of the 1990 US Census (``redaction/data``).

    WordNet lists many names as nouns (kelly, smith, heather), so a noun says nothing; a word that is only an
    adjective, adverb or verb, or that ends like an abstract noun, is not a name ("Monthly Summary",
    "Pending Review", "Two-Factor Authentication"). The name tables are supporting evidence only: a name they do
    not know is still found by the cues and the model.
    """

    _ABSTRACT = re.compile(r"(?:tion|sion|ment|ness|ism|ship|ics|ware|ous|ful|less|able|ible)$")
    #: A given name rarer than this (percent of people) that is also an English adjective, adverb or verb is no
    #: evidence: the 1990 files carry rare entries such as "Long", "Soon", "Manual".
    RARE_GIVEN = 0.01

    def __init__(
        self,
        nouns: AbstractSet[str] = frozenset(),
        others: AbstractSet[str] = frozenset(),
        verbs: AbstractSet[str] = frozenset(),
        *,
        inflected: AbstractSet[str] = frozenset(),
        given: Mapping[str, float] | None = None,
        surnames: AbstractSet[str] = frozenset(),
        rare_surnames: AbstractSet[str] = frozenset(),
        surnames_1990: AbstractSet[str] | None = None,
    ) -> None:
        self.nouns = nouns
        self.others = others
        self.verbs = verbs  # verb lemmas and irregular verb forms ("spoke", "went")
        self.inflected = inflected  # irregular finite verb forms ("bought", "went", "was")
        self.given: Mapping[str, float] = given or {}  # lower-case given name -> percent of people bearing it
        self.surnames = surnames  # held by at least 0.001% of people
        self.rare_surnames = rare_surnames  # the rest: many are English words too ("Leather", "Pickup")
        # the common surnames of the 1990 files, the names of US firms ("Kramer-Hall", "Nunez, Sanders and Oneal")
        self.surnames_1990 = surnames if surnames_1990 is None else surnames_1990

    @property
    def has_names(self) -> bool:
        return bool(self.given)

    @staticmethod
    def _name_key(word: str) -> str:
        w = word.lower().removesuffix("'s").removesuffix("’s")
        return w.replace("'", "").replace("’", "")

    def given_name(self, word: str, *, common: bool = False, surnames: bool = True) -> bool:
        """A given name of the Census tables ("Travis", "Amber", "Liam"), not counting rare ones that are English
        words; with ``common``, not counting rare ones that are English nouns either ("America", "Kitty",
        "Harmony"). And a capitalised word that no dictionary or table knows (:meth:`unknown_name`)."""
        w = self._name_key(word).split("-")[0]
        percent = self.given.get(w)
        if self._kin(w):
            return False
        if percent is None:
            return self.unknown_name(word, w, surnames=surnames)
        if percent >= self.RARE_GIVEN:
            return True
        return w not in self.others and not (common and self._known(w))

    def unknown_name(self, word: str, key: str, *, surnames: bool = True) -> bool:
        """A capitalised word of letters that neither the dictionary nor a name table knows ("Iretioluwa", "Sevginur",
        "Efser"): the names of a US platform's users come from everywhere, and no table holds them all, so such a
        word counts as a given name. Not a plural or possessive of a given name ("Adinas"), a contraction ("We've";
        an apostrophe inside a name is none: "Sa’adatu"), a word in capitals ("NASA") or with inner capitals
        ("MacBook"), one without a vowel ("Ltd"), two dictionary words run together ("Mailroom", "Brightline"; see
        :meth:`_compound`), or a brand of UNKNOWN_BRANDS ("Comcast", "Robux"); other brands the dictionary does not
        know are read as names, the cost.

        With ``surnames``, also a word the tables know only as a rare surname, or as a surname only since 2020
        ("Yusuf", "Oduor", "Davi", "Tahir"): the US tables hold many of the world's given names as the surnames of
        the people who brought them. Never a surname common in 1990 ("Guerrero", "Schmitt") nor a double-barrelled
        one: those name US firms ("Schmitt, Wood and Guerrero", "Kramer-Hall") far more often than they stand for
        someone's given name."""
        if not self._unknown(word, key) or (key.endswith("s") and key[:-1] in self.given):
            return False
        if key not in self.surnames and key not in self.rare_surnames:
            return True
        return surnames and key not in self.surnames_1990 and "-" not in word

    def kin_word(self, word: str) -> bool:
        """A word of KINSHIP ("Abuela", "Tonton", "Kuya") that the tables hold neither as a given name of note nor as
        a common surname: a relation, not a name."""
        return self._kin(self._name_key(word))

    def _kin(self, key: str) -> bool:
        return key in KINSHIP and self.given.get(key, 0.0) < self.RARE_GIVEN and key not in self.surnames_1990

    def surname_1990(self, word: str) -> bool:
        """A surname common in the 1990 files ("Johnson", "Simon"; not "Oduor", which only 2020 holds)."""
        return self._name_key(word) in self.surnames_1990

    def _unknown(self, word: str, key: str) -> bool:
        if not self.has_names or not (self.nouns or self.others):
            return False
        bare = word.removesuffix("'s").removesuffix("’s")
        return (
            len(key) >= 3
            and key not in STOP_WORDS
            and key not in TEXTING_WORDS
            and key not in UNKNOWN_BRANDS
            and bare not in NOT_NAME
            and key.isascii()
            and key.isalpha()
            and bare[:1].isupper()
            # "MacBook", "DeLorean": a name with inner capitals is one the tables know ("McKenzie"), or one whose parts
            # no dictionary knows ("ObaniJesu", "SimphiweyiNkosi")
            and (not _inner_capital(bare) or self._camel_name(bare))
            and _CONTRACTION.search(bare) is None
            # not an abbreviation ("Ltd", "Bldg"); "y" is a vowel of names ("Gnyp", "Frycz")
            and any(c in "aeiouy" for c in key)
            and not self._known(key)
            and not self._compound(key)
        )

    def _camel_name(self, word: str) -> bool:
        """A word of two parts each opening with a capital, as some names are written ("ObaniJesu", "SimphiweyiNkosi",
        "MaryAnn"): each part a given name of the tables or a word no dictionary knows, the second of three letters or
        more. Brands written so hold a dictionary word ("MacBook", "PayPal", "DoorDash", "YouTube")."""
        parts = _CAMEL_PARTS.findall(word)
        return (
            len(parts) == 2
            and "".join(parts) == word
            and len(parts[1]) >= 3
            and all(p.lower() in self.given or not self._known(p.lower()) for p in parts)
        )

    def _compound(self, key: str) -> bool:
        """Two dictionary words run together, the first of four letters or more ("mailroom", "brightline",
        "dropbox"); not a name that only splits into short words ("Adetoke": ade + toke, "Firdevis": fir + devis)."""
        return any(self._lemma(key[:i]) and self._lemma(key[i:]) for i in range(4, len(key) - 2))

    def _lemma(self, word: str) -> bool:
        return word in self.nouns or word in self.others

    def family_name(self, word: str) -> bool:
        """A word that can close a name after a given name: a surname of the tables, a rare one no dictionary knows
        ("Tahir", "Wieloch"), or a word no dictionary or table knows ("Sukhenai", "Durdu"); each part of a
        double-barrelled one ("Kabir-Lawal")."""
        if self.surname(word):
            return True
        if not self.has_names or not (self.nouns or self.others):
            return False
        parts = [(p, self._name_key(p)) for p in word.removesuffix("'s").removesuffix("’s").split("-")]
        return all(
            p[:1].isupper()
            and (
                key in self.surnames
                or (key in self.rare_surnames and not self._known(key))
                or self._unknown(p, key)
            )
            for p, key in parts
        )

    def tabled_given(self, word: str) -> bool:
        """A given name the tables hold, however rare (not merely a word no table or dictionary knows)."""
        return self._name_key(word).split("-")[0] in self.given

    def name_word(self, word: str) -> bool:
        """A given name or a surname of the tables; no word for a relation (:meth:`kin_word`)."""
        return not self.kin_word(word) and (self.given_name(word) or self.surname(word))

    def surname(self, word: str) -> bool:
        """A surname of the 1990 Census; each part of a double-barrelled one ("Ortiz-Lane"); "O'Neil" as "oneil"."""
        parts = [p for p in self._name_key(word).split("-") if p]
        return bool(parts) and all(p in self.surnames for p in parts)

    def full_name(self, words: list[str]) -> bool:
        """Two to four words (initials and particles left out) opening with a given name and closing with a family
        name (:meth:`family_name`)."""
        return (
            (2 <= len(words) <= 3 or (len(words) == 4 and all(w[:1].isupper() for w in words[1:3])))
            and self.family_name(words[-1])
            and (
                self.given_name(words[0])
                # a rare given name that is an English word, before a surname no dictionary knows ("Ping Zhou",
                # "Long Nguyen"): the surname says which the word is
                or (
                    self.tabled_given(words[0])
                    and not self.kin_word(words[0])
                    and self.surname(words[-1])
                    and not self._known(self._name_key(words[-1]))
                )
            )
        )

    def labelled_full_name(self, words: list[str]) -> bool:
        """Two or three words that a label for a person introduces ("Passenger: Marianne Godard", "Petitioner:
        Thuthukile Thumbela"): a given name, and a closing word the tables hold as a surname however rare, or one no
        dictionary knows. Looser than :meth:`full_name`, whose closing word must not be a dictionary word unless a
        common surname: the dictionary holds famous people ("Godard", "Plath") and rare surnames that are English
        words ("Blot"), which only such a label makes a name."""
        if not 2 <= len(words) <= 3 or not self.given_name(words[0]):
            return False
        last = words[-1].removesuffix("'s").removesuffix("’s")
        parts = [(p, self._name_key(p)) for p in last.split("-")]
        return all(
            p[:1].isupper()
            and p[1:].islower()
            and (k in self.rare_surnames or self.family_name(p) or not self._known(k))
            for p, k in parts
        )

    def name_like(self, words: list[str]) -> bool:
        """A given name alone, or a given name and a surname: the tables say these words can be a name even where
        they are also English words ("Bonnie", "Randy", "Zoe Little")."""
        return self.full_name(words) or (len(words) == 1 and self.given_name(words[0]))

    def supported(self, words: list[str]) -> bool:
        """The name tables do not rule a name out: a given name among the words, or a surname, even a rare one
        ("Obi"), closing them. Without tables: always (no opinion)."""
        if not self.has_names:
            return True
        if not words or any(self.given_name(w) for w in words):
            return True
        last = [p for p in self._name_key(words[-1]).split("-") if p]
        return bool(last) and all(p in self.surnames or p in self.rare_surnames for p in last)

    def names_only(self, words: list[str], *, common: bool = False) -> bool:
        """Each word may be part of a name: a given name or a surname of the tables, or a word no dictionary knows
        ("Oluwaseun"). A word the dictionary knows and the tables do not, or know only as a rare surname, says the
        words name a thing ("Margherita Pizza", "Varsity Soccer", "Growth"); with ``common``, so does one they know
        only as a rare given name ("Good Morning America") — unless a surname follows it ("Happy Birthday Trinity
        Jones!"). Without tables: always."""
        if not self.has_names:
            return True
        letters = [t for t in (w.strip(_WORD_EDGES) for w in words) if any(c.isalpha() for c in t)]
        if common and self.full_name(letters):
            common = False
        return all(
            self.given_name(w, common=common) or self.surname(w) or not self._known(w) for w in letters
        )

    def finite_verb(self, word: str) -> bool:
        """A lower-case finite verb form: a past tense ("bought", "recommended") or a third-person form of a word
        that is only a verb ("insists"); a noun plural ("drives", "bushes") does not count."""
        w = word.lower()
        if not w.isalpha() or not w.islower():
            return False
        if w in self.inflected or w in _PERSON_VERBS:
            return True
        if len(w) > 4 and w.endswith("ed"):
            # and an app's verbs made with "un" or "re" that no dictionary lists: "unmatched", "reposted"
            return any(
                s in self.verbs or (len(s) > 4 and s.startswith(("un", "re")) and s[2:] in self.verbs)
                for s in (w[:-2], w[:-1])
            )
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            stems = (w[:-1], w[:-2]) if w.endswith("es") else (w[:-1],)
            return any(s in self.verbs and s not in self.nouns for s in stems)
        return False

    def descriptive(self, word: str) -> bool:
        w = word.lower()
        if "-" in w:
            return True
        if len(w) > 6 and (m := self._ABSTRACT.search(w)) is not None and self._derived(w, w[: m.start()]):
            return True
        if len(w) > 6 and w.endswith("ing"):  # a participle: "Expiring", "Trending"
            forms = self._forms(w)
            return any(f in self.others for f in forms) and not any(f in self.nouns for f in forms)
        return w in self.others and w not in self.nouns

    def _derived(self, word: str, stem: str) -> bool:
        """An abstract-looking word the dictionary knows, or one made from a word it knows ("Powerful", "Shipment",
        "Authentication"): not a name that only ends like one ("Andorful", "Jankovics"). Without a dictionary: any."""
        if not (self.nouns or self.others):
            return True
        stems = (stem, stem + "e", stem + "te", stem[:-1] + "y" if stem.endswith("i") else stem)
        return self._known(word) or any(self._known(s) for s in stems)

    @staticmethod
    def _forms(word: str) -> tuple[str, ...]:
        w = word.lower().removesuffix("'s")
        if len(w) > 4 and w.endswith("ed"):
            doubled = (w[:-3],) if w[-3] == w[-4] else ()  # "shipped" → "ship"
            return (w, w[:-2], w[:-1], *doubled)  # "resolved" → "resolv", "resolve"
        if len(w) > 5 and w.endswith("ing"):
            doubled = (w[:-4],) if w[-4] == w[-5] else ()  # "running" → "run"
            return (w, w[:-3], w[:-3] + "e", *doubled)  # "expiring" → "expir", "expire"
        if len(w) > 4 and w.endswith("ies"):
            return (w, w[:-3] + "y")
        if len(w) > 4 and w.endswith(("ses", "xes", "zes", "ches", "shes")):
            return (w, w[:-1], w[:-2])  # "buses" → "bus", "churches" → "church"
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            return (w, w[:-1])
        return (w,)

    def verb_form(self, word: str) -> bool:
        """The word is a form of an English verb ("Spoke", "Walked", "Went")."""
        return any(f in self.verbs for f in self._forms(word))

    def known(self, word: str) -> bool:
        """An English dictionary word (WordNet lists many given names and surnames too: a weak test alone)."""
        return self._known(word)

    def _known(self, word: str) -> bool:
        return any(f in self.nouns or f in self.others for f in self._forms(word))

    def known_among(self, words: AbstractSet[str]) -> set[str]:
        """The lower-case ``words`` that :meth:`known` holds, at set speed (the name tables are 130,000 words): only a
        word ending like an inflection ("-s", "-ed", "-ing") has other forms to look up."""
        direct = set(words & self.nouns) | set(words & self.others)
        return direct | {w for w in words - direct if w.endswith(("s", "ed", "ing")) and self._known(w)}

    def noun_only(self, word: str) -> bool:
        """A lower-case word the dictionary knows only as a noun ("laptop", "packets"), never a verb, adjective or
        adverb."""
        forms = self._forms(word)
        return any(f in self.nouns for f in forms) and not any(f in self.others for f in forms)

    def plain_words(self, words: list[str]) -> bool:
        """Every word is also an English adjective, adverb or verb ("Rose Gold", "Frank Berry"): a given name and a
        surname of that kind need more than their capitals to be a name."""
        return bool(words) and all(any(f in self.others for f in self._forms(w)) for w in words)

    def dictionary_only(self, words: list[str]) -> bool:
        """Every word an English dictionary word that no name table holds ("Save Changes", "The Help Desk")."""
        return all(self._known(w) and not self.name_word(w) for w in words)

    def dictionary_words(self, words: list[str]) -> bool:
        """Two or more words, each an English dictionary word (a noun compound: "Kitchen Essentials")."""
        return len(words) >= 2 and bool(self.nouns or self.others) and all(self._known(w) for w in words)

    def phrase_like(self, words: list[str]) -> bool:
        """Two or more dictionary words led by a verb, adjective or adverb: a title-case phrase, not a name.

        Notification and header phrases are a modifier and a head noun ("Weekly Digest", "Read Receipt",
        "Unknown Device", "Flash Sale", "Account Settings"); a name leads with a given name, which the dictionary
        (WordNet's index) knows, if at all, as a noun ("Robert Little", "April Proctor"), so capitalisation
        alone is no evidence for such a phrase.
        """
        if len(words) < 2 or not (self.nouns or self.others):
            return False
        if not all(self._known(w) for w in words):
            return False
        return any(f in self.others for f in self._forms(words[0]))


EMPTY_LEXICON = Lexicon()


# --- the name tables as evidence ---------------------------------------------------------------------------------
# A capitalised word in the middle of a sentence says "proper noun"; a given name from the Census tables there, or
# a given name as the subject of a finite verb ("Travis bought …", "Frank Berry recommended …"), is a person. Not in
# title-case text, where capitals say nothing.

_CAP_TOKEN = re.compile(rf"(?<![\w'’@#./-])(?P<name>{_NAME})(?:['’]s)?(?![\w@'’-])")
_THEN_SURNAME = re.compile(rf"[ \t]+(?:[A-Z]\.[ \t]+)?(?P<name>{_NAME})(?![\w@'’-])")
_THEN_VERB = re.compile(
    r"(?:['’]s)?[ \t]+(?:(?:[a-z]+ly|just|also|never|still|already|then|even|always|def|prob)[ \t]+)?"
    r"(?P<verb>[a-z]+)\b(?!['’-])"
)
_THEN_TITLE_VERB = re.compile(
    r"[ \t]+(?:(?:Just|Also|Never|Still|Already|Then|Even|Always|Has|Have)[ \t]+)?(?P<verb>[A-Z][a-z]+)\b(?!['’-])"
)
# "Kimberly in support refunded me", "Dale from accounting called": a subject, a short prepositional phrase, a verb
# ("Justin with the blue car keeps parking …"): the verb is the second or third word after the preposition
_THEN_PHRASE_VERB = re.compile(
    r"[ \t]+(?:in|from|at|on|of|with)[ \t]+(?:(?:the|a|an|my|his|her|their|our|your)[ \t]+)?[a-z]+[ \t]+"
    r"(?P<verb>[a-z]+)\b(?!['’-])(?:[ \t]+(?P<verb2>[a-z]+)\b(?!['’-]))?"
)
_PREV_WORD = re.compile(r"[\w'’-]+$")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[\w'’-]+)[ \t]+$")
_THEN_CAPITAL = re.compile(r"(?:['’]s)?[ \t]+[A-Z]")
_POSSESSIVE_NOUN = re.compile(r"['’]s[ \t]+[a-z]")
_POSSESSIVE_THING = re.compile(
    r"['’]s[ \t]+(?:[A-Z][a-z]*[A-Z]|i[A-Z])"
)  # "Kimberly's AirPods", "Rachel's iPhone"
# "Haley's new number", "Jay's phone", "Tia's mom": what only a person has ("number" and "phone" are verbs too, so
# "only a noun" misses them)
_OWNED = re.compile(
    r"['’]s[ \t]+(?:(?:new|old|other|real|second|main|work|home|personal|current|latest|usual)[ \t]+)?"
    rf"(?:{_PERSONAL_THINGS}|cell|address|email|mom|dad|boyfriend|girlfriend|bf|gf"
    # a device a person owns, as a device list names it ("Sorawut's iPhone", "Yan's iPad")
    r"|(?i:iphone|ipad|ipod|macbook|imac|airpods|apple[ \t]watch|galaxy|pixel|chromebook|laptop|tablet))\b"
)
_LABEL_BEFORE = re.compile(
    r"(?m)(?:^|[|;(]|[ \t][-–—~•][ \t]|[ \t]{2})[ \t]*+[A-Za-z][\w' /-]{0,30}:[ \t]*[\"“']?$"
)  # "Device name: Rachel's iPhone", '…  OK  device: "Bridget's iPhone"' (a column's field, a quoted value)
_NEXT_WORD = re.compile(r"[ \t]+(?P<word>[a-z]+)\b(?!['’-])")
# A determiner before a capitalised word makes it a thing ("a Dell laptop", "the Hilton", "my Tiffany necklace");
# a person's name takes none. Not "its": in chat that is "it's" ("hey its Zachary").
_DETERMINERS = frozenset(_words("a an the this these those my your our their every each another some any no"))


def _determined(text: str, start: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m.group("word").lower() in _DETERMINERS


_CLAUSE_END = re.compile(r"[ \t]*(?:[?.!,;]|$)")


def _identified(text: str, start: int, end: int) -> bool:
    """ "Is this Scott Rivera?", "that was Jane Doe.": a demonstrative before a name that ends the clause points at
    a person; before a noun it makes a thing ("this Dell laptop")."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return (
        m is not None
        and m.group("word").lower() in ("this", "that")
        and _CLAUSE_END.match(text, end) is not None
    )


# Given names that are also brands in the possessive ("Wendy's", "Claire's", "Carter's"): at a sentence start
# these own nothing personal.
_BRAND_OWNERS = frozenset(
    _words(
        "wendy denny macy claire carter culver dillard kohl lowe hardee arby chili applebee kellogg hershey"
    )
)


def _attributive(text: str, end: int, lexicon: Lexicon) -> bool:
    """A noun (and nothing else) follows: the capitalised words name a kind of thing ("Crystal Light packets",
    "Dell laptop"). A word that may be a verb ("release", "knows") or an adverb ("today") does not count."""
    m = _NEXT_WORD.match(text, end)
    return (
        m is not None
        and len(m.group("word")) > 2
        and not m.group("word").endswith("ing")  # "nah Kayla lying fr": a participle, not a noun
        and m.group("word") not in _QUESTION_WORDS  # "Timothy Hubbard why": WordNet lists "why" as a noun
        and lexicon.noun_only(m.group("word"))
    )


_QUESTION_WORDS = frozenset(_words("why what who whom whose how when where which whether"))


_OPEN_QUOTES = "\"“‘'"


def _mid_sentence(text: str, start: int) -> bool:
    """Something other than a sentence or field boundary comes right before ``start`` on its line: a lower-case
    word ("that kid Amber"), a comma after one ("team, Jess"), a digit or an opening bracket."""
    a, _ = _start_before(text, start)
    before = text[a:start].rstrip(" \t")
    if before.endswith(tuple(_OPEN_QUOTES)):  # 'omg "Cindy" is …': judge what stands before the quote
        before = before.rstrip(_OPEN_QUOTES).rstrip(" \t")
    if not before or before.endswith("..."):
        return False
    c = before[-1]
    if c == ",":
        m = _PREV_WORD.search(before[:-1].rstrip(" \t"))
        return m is not None and (m.group()[0].islower() or m.group() in _OPENERS or m.group() in NOT_NAME)
    if c.isalpha():
        m = _PREV_WORD.search(before)
        return m is not None and m.group()[0].islower()
    return c.isdigit() or c in "(&+@"


# Months that are given names: a name after a greeting ("thanks April", "Hi June!"), not before a day number.
_MONTH_NAMES = frozenset(_words("April May June August"))
_GREETED = re.compile(rf"(?i:(?<![\w'])(?:{_GREETING}))(?:[ \t]*,)?[ \t]+$")
_THEN_DIGIT = re.compile(r"[ \t]*\d")


_RELATIVE_WHO = re.compile(r"[ \t]+(?:who|whom|whose)\b")


def _verbs(matches: list[re.Match[str] | None]) -> list[str]:
    return [w for m in matches if m is not None for w in m.groupdict().values() if w]


_RELATED = re.compile(rf"(?i:\b{_RELATION})(?:[ \t]*,)?[ \t]+$")
_ASKED = re.compile(rf"(?i:\b{_VERB_BEFORE})[ \t]+$")


# Seasons that are given names ("Summer", "Autumn"): the model reads them as dates.
_SEASON_NAMES = frozenset(_words("Summer Autumn Winter"))
# Words before a month or season that make it a time ("in April", "since May", "last Summer", "the Autumn term").
_TIME_BEFORE = re.compile(
    r"(?i:\b(?:in|on|of|since|until|till|til|by|during|through|thru|throughout|from|to|for|into|last|next|this|"
    r"that|every|each|early|late|mid|the|a|an|before|after|between|around|about|per|all|whole|entire|like|"
    r"begin|begins|began|start|starts|started|end|ends|ended|open|opens|opened|close|closes|closed|launch|"
    r"launches|launched|resume|resumes|resumed|expire|expires|expired|due|run|runs|ran))[ \t]+$"
)
_WITH_BEFORE = re.compile(r"(?i:\b(?:with|without))[ \t]+$")
# A possessive no month has: on its own ("it's definitely April's,"), or of a person's things and people.
_PERSONAL_POSSESSIVE = re.compile(
    rf"['’]s(?:[ \t]*(?:[,.!?;:)\"”']|$)|[ \t]+(?:(?i:{_RELATION})s?|{_PERSONAL_THINGS}|bday|b-day|birthday|party|"
    r"bedroom|hoodie|jacket|bag|backpack|pics?|photos?|dog|cat|fault|idea)\b)",
    re.MULTILINE,
)


def _sentient_after(text: str, end: int) -> bool:
    """A verb only a person is the subject of follows ``end`` ("June texted me", "Dr. Pepper said …")."""
    verb = _THEN_VERB.match(text, end)
    return verb is not None and verb.group("verb") in _SENTIENT_VERBS


def _month_person(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """A month or season that is a given name is a person after a greeting or a relation, or before a verb only a
    person is the subject of ("thanks April for covering", "roommate April said …", "where Summer lives"); with a
    possessive no month has ("April's bday", "it's April's,"); after "with" ("the fight with April"); a season as the
    object of a verb ("he'd swat Autumn"). Never before a day number, nor after a word that makes it a time ("in April",
    "last Summer")."""
    if _THEN_DIGIT.match(text, end):
        return False
    if any(r.search(text, max(0, start - 40), start) for r in (_GREETED, _RELATED, _ASKED)):
        return True
    if _sentient_after(text, end):
        return True
    lo = max(_start_before(text, start)[0], start - 40)
    if _TIME_BEFORE.search(text, lo, start):
        return False
    if _PERSONAL_POSSESSIVE.match(text, end) or _WITH_BEFORE.search(text, lo, start):
        return True
    # a season, capitalised as months always are but seasons are not, after a verb: "he'd swat Autumn" (a month
    # there is a time as often: "he was released June")
    before = _WORD_BEFORE.search(text, lo, start)
    # a capitalised dictionary word that is no name after it makes a product of it ("reports Summer Breeze diffuser
    # arrived cracked"; "Summer Reyes" is a name, "pushed Autumn Down the stairs" a person)
    nxt = _THEN_CAP_WORD.match(text, end)
    product = (
        nxt is not None
        and lexicon.known(nxt.group("word"))
        and not lexicon.name_word(nxt.group("word"))
        and nxt.group("word") not in _FUNCTION
        and nxt.group("word").lower() not in _MINOR
    )
    return (
        text[start:end] in _SEASON_NAMES
        and not product
        and before is not None
        and before.group("word").isalpha()
        and before.group("word").islower()
        and not before.group("word").endswith("ing")
        and lexicon.verb_form(before.group("word"))
    )


def _month_surname(text: str, end: int, lexicon: Lexicon) -> int | None:
    """The end of the surname after a month that is a given name, where no date reads so: a surname no dictionary
    holds ("June Carter"), or any surname before a verb or owning something ("April Reed wrote:", "April Fisher's
    kid"; "May Day" is a holiday)."""
    sur = _THEN_SURNAME.match(text, end)
    if sur is None or not lexicon.has_names:
        return None
    surname = sur.group("name").removesuffix("'s").removesuffix("’s")
    last = sur.start("name") + len(surname)
    if not _word_ok(surname) or not lexicon.surname(surname) or surname in _MONTH_NAMES:
        return None
    verbs = [v for v in _verbs([_THEN_VERB.match(text, last)]) if lexicon.finite_verb(v)]
    possessive = text.startswith(("'s", "’s"), last)  # "this is April Fisher's kid"
    return last if verbs or possessive or not lexicon.known(surname) else None


_LOWER_FUNCTION = frozenset(w.lower() for w in _FUNCTION | _OPENERS)
# a figure after a label ("April: 12 units", "May: $400"): a month there is a label, no speaker
_FIGURE_AFTER = re.compile(r"[ \t]*[-+(]?[$€£]?\d")
# a chat speaker named by a relation ("Mom:", "Grandpa:")
_FAMILY_SPEAKER = re.compile(rf"(?i:{_RELATION}|{_TITLE})")
# what is said to someone named at the start of a message ("Daniel say hi", "Travis pls answer ur phone")
_IMPERATIVE_AFTER = re.compile(
    r"[ \t]+(?:(?:pls|plz|please|just)[ \t]+)?(?:say|tell|come|call|text|answer|pick|send|wait|help|hurry|shut|quit|"
    r"reply|respond|stop|dm|hmu|facetime|listen|give|bring|meet)\b(?![\w'’-])"
)
# the start of a message on its line: nothing, or a speaker's label ("@tiffany76: ", "[9:14 PM] Mom: ")
_MESSAGE_OPENING = re.compile(
    r"[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*)?(?:@?[\w.-]{1,30}(?:[ \t][\w.-]{1,30})?[ \t]*:[ \t]*)?"
)
# the start of a list item or of a field's value: a bullet, a check box, a number, or a short label and ":"
_ITEM_OPENING = re.compile(
    r"[ \t]*(?:[-*•·][ \t]*|\[[ xX✓]?\][ \t]*|\d{1,2}[.)][ \t]*)?(?:[A-Za-z][\w ().'-]{0,30}:[ \t]*)?"
)
# what may follow a name opening an item: the end of the line, lower-case words, a name joined by "+" or "&", a note
# in brackets, a dash before lower-case words
_ITEM_REST = re.compile(r"[ \t]*(?:$|[a-z]|[+&][ \t]*[A-Z]|\([ \t]*[a-z]|[-—–][ \t]+[a-z])", re.MULTILINE)
# products named like people, which a list or a field may hold ("Alexa, play …" is the speaker, "Mercedes" the car)
_ITEM_BRANDS = frozenset(_words("alexa siri cortana mercedes tesla chanel"))
# where someone lives, after a name's possessive ("at Johns crib")
_HOMES = frozenset(_words("house crib place home apartment apt trailer room yard porch driveway"))


def _unmarked_possessive(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """A given name with the possessive "s" but no apostrophe, inside a sentence and before a noun, as speech-to-text
    and quick typing write it ("im outside Cindys building", "at Jakes house"); not a word of its own ("Means"), a
    name of the tables ("Jacobs") or a thing after a determiner ("the Bills game")."""
    word = text[start:end]
    if not (word.endswith("s") and len(word) > 3 and word[:-1].isalpha()):
        return False
    nxt = _NEXT_WORD.match(text, end)
    # "at Aarons crib", "at Johns house": a name of the tables or a word too (Aarons, johns), but a home after it is
    # someone's either way
    home = nxt is not None and nxt.group("word") in _HOMES
    return (
        nxt is not None
        and lexicon.given_name(word[:-1], common=True)
        and (
            home
            or (
                word.lower()
                not in lexicon.nouns  # a word of its own ("Means"), not the plural of a name ("Dylans")
                and word.lower() not in lexicon.others
                and not lexicon.name_word(word)
            )
        )
        and nxt.group("word") not in _LOWER_FUNCTION
        and lexicon.known(nxt.group("word"))
        and _mid_sentence(text, start)
        and not _determined(text, start)
    )


def _lexicon_people(
    text: str, lexicon: Lexicon, other: Spans, hard: Spans
) -> Iterator[tuple[int, int, float]]:
    """Given names in sentence text, and given names (with a surname) before a finite verb."""
    for m in _CAP_TOKEN.finditer(text):
        start, end = m.span("name")
        word = m.group("name")
        if word.endswith(("'s", "’s")):  # _NAME takes "Amber's" whole
            word, end = word[:-2], end - 2
        if word in _MONTH_NAMES:
            if _month_person(text, start, end, lexicon):
                yield start, end, 0.6
            elif (month_named := _month_surname(text, end, lexicon)) is not None and not hard.overlaps(
                start, end
            ):
                yield start, month_named, 0.6
            continue
        if word in _SEASON_NAMES and _month_person(text, start, end, lexicon):
            yield start, end, 0.6  # the model's DATE does not veto it
            continue
        if _unmarked_possessive(text, start, end, lexicon):
            yield start, end, 0.6
            continue
        if not _word_ok(word) or not lexicon.given_name(word):
            continue
        last = end  # the end of the given name, or of the surname after it
        full = False
        sur = None if end < m.end("name") else _THEN_SURNAME.match(text, end)
        if sur:
            surname = sur.group("name")
            last = sur.end("name")
            if surname.endswith(("'s", "’s")):
                surname, last = surname[:-2], last - 2
            if lexicon.family_name(surname) and (_word_ok(surname) or _family_name([word, surname], lexicon)):
                full = True
            else:
                last = end
        # "ASK Todd IF YOU THINK IM JOKING": a common given name in mixed case inside text in capitals ("SHOP Summer
        # Collection" and "Rose Gold" are English words)
        if (
            _plain_given(word, lexicon)
            # a surname that is an English word too is one where the tables know it as one ("ZELLE TO Curtis Brown")
            and not any(
                lexicon.plain_words([w]) and not lexicon.surname(w) for w in _name_words(text[end:last])
            )
            and shouted(text, start, last)
            and not hard.overlaps(start, last)
        ):
            yield start, last, 0.65
            continue
        if _determined(text, start):
            # "Is this Scott Rivera?"; "A Marcus messaged me", "the Kimberly who works at the gym told me": after a
            # determiner, a given name followed by "who" or by a verb only a person does is someone ("a Ruby ring" is
            # not)
            identified = full and _identified(text, start, last) and not hard.overlaps(start, last)
            acting = (
                _RELATIVE_WHO.match(text, last) is not None
                or any(v in _SENTIENT_VERBS for v in _verbs([_THEN_VERB.match(text, last)]))
            ) and not (hard.overlaps(start, start) or hard.overlaps(last, last))
            if identified or acting:
                yield start, last, 0.65
            continue
        # "Amber Green's brother", "Reminder: Amanda's rabies booster": a given name (and surname) owning something
        # that is only a noun ("Summer's over" is a season)
        possessive = _POSSESSIVE_NOUN.match(text, last) or _POSSESSIVE_THING.match(text, last)
        # "Device name: Rachel's iPhone", "Find My: Kimberly's AirPods": a given name owning the value of a field
        field_owner = (
            possessive is not None
            and word.lower() not in _BRAND_OWNERS
            and _LABEL_BEFORE.search(text, _start_before(text, start)[0], start) is not None
        )
        # "Wendy's husband hit her", "Macy's car is outside": a name that is also a chain's owns a relative or what
        # only a person has ("Wendy's fries", "Wendy's kids menu" and "my Macy's account" are the chain's)
        personal = (
            possessive is not None
            and word.lower() in _BRAND_OWNERS
            and (owned := _PERSONS_AFTER.match(text, last)) is not None
            and not _STORE_ITEM_AFTER.match(text, owned.end())
            and not _ORDER_DETERMINER.search(text, max(0, start - 6), start)
        )
        owner = possessive is not None and (
            full
            or field_owner
            or personal
            or (
                word.lower() not in _BRAND_OWNERS
                and (
                    (
                        (nxt := _NEXT_WORD.match(text, last + 2)) is not None
                        and lexicon.noun_only(nxt.group("word"))
                    )
                    or _OWNED.match(text, last) is not None
                )
            )
        )
        # "Frank Berry recommended …", "Travis bought …": a subject and its verb; the model's label for the name
        # alone ("Summer" as a DATE) does not outweigh a verb only a person does
        then = [_THEN_VERB.match(text, last), _THEN_PHRASE_VERB.match(text, last)]
        verbs = [v for v in _verbs(then) if lexicon.finite_verb(v)][:1]
        if any(v in _SENTIENT_VERBS for v in verbs) or field_owner or personal:
            # only a span reaching outside the name vetoes it (the model calls "Kimberly" of "Kimberly's AirPods" an
            # organisation)
            vetoed = hard.overlaps(start, start) or hard.overlaps(last, last)
        else:
            vetoed = hard.overlaps(start, last)
        # a field's value is often in title case ("Find My: Kimberly's AirPods"): that says nothing about its owner
        title_case = not field_owner and title_case_context(text, start, last)
        if (owner or verbs) and not title_case and not vetoed:
            yield start, last, 0.65
            continue
        # "Jane Doe Liked Your Photo", "Jane Doe Just Joined …": a given name and surname as the subject of a
        # capitalised finite verb in a title-case notification
        if full and not hard.overlaps(start, last) and not lexicon.plain_words(_name_words(text[start:last])):
            title_verb = _THEN_TITLE_VERB.match(text, last)
            if title_verb is not None and lexicon.finite_verb(title_verb.group("verb").lower()):
                yield start, last, 0.65
                continue
        # "@tiffany76: Daniel say hi to me", "Travis answer ur phone": a given name opening a message before a verb
        # said to someone
        if (
            _IMPERATIVE_AFTER.match(text, end)
            and _MESSAGE_OPENING.fullmatch(text, _line(text, start, end)[0], start)
            and not title_case_context(text, start, end)
            and not hard.overlaps(start, end)
        ):
            yield start, end, 0.6
            continue
        # "[ ] Elena from dad's work", "Couch: Isabel lol", "Room 1 (king): Amanda + Rabea": a given name of the
        # tables that no dictionary knows, opening a list item or a field's value, then lower-case words or a joined
        # name. One word, no verb ("Bought the …"), no double-barrelled name ("managed_by: Doyle-Hayes" is a firm), no
        # brand
        if (
            word.isalpha()
            and not lexicon.known(word)
            and not lexicon.finite_verb(word.lower())
            and word.lower() not in _ITEM_BRANDS
            and lexicon.given_name(word, common=True)
            and lexicon.tabled_given(word)  # "Xfer to Savings 4471": a word no table holds is no name here
            and _ITEM_OPENING.fullmatch(text, _line(text, start, end)[0], start)
            and _ITEM_REST.match(text, end)
            and not title_case_context(text, start, end)
            and not hard.overlaps(start, end)
        ):
            yield start, end, 0.6
            continue
        # "that kid Amber from 3rd period", "team, Jess is out": one capitalised given name inside a sentence
        if (
            _mid_sentence(text, start)
            and _THEN_CAPITAL.match(text, end) is None
            and not _attributive(text, end, lexicon)
            and not title_case_context(text, start, end)
            and not hard.overlaps(start, end)
        ):
            yield start, end, 0.6


# "Ismail & Chizoba forever", "Kevin + Aisha 💕": two one-word names joined, opening a line
_PAIR_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<a>{_NAME})(?![\w'’-])[ \t]*(?:&|\+|\band\b)[ \t]*(?P<b>{_NAME})(?![\w'’-])"
    r"(?=[ \t]*(?:$|[a-z]|[^\w\s&'’]))"
)


def _name_pair(words: list[str], lexicon: Lexicon) -> bool:
    """Two one-word names of a couple or two friends ("Ismail & Chizoba"): each a given name, or a surname no
    dictionary knows ("Ismail"), and one a common given name that is no surname of 1990 — "Johnson & Johnson",
    "Simon & Schuster" and "Ben & Jerry's" are firms."""
    return (
        len(words) == 2
        and all(
            _word_ok(w)
            and w not in _MONTH_NAMES
            and not w.endswith(("'s", "’s"))  # "Ben & Jerry's" is a firm
            and (lexicon.given_name(w, common=True) or (lexicon.surname(w) and not lexicon.known(w)))
            for w in words
        )
        and any(_plain_given(w, lexicon) and not lexicon.surname_1990(w) for w in words)
    )


def _paired_people(text: str, lexicon: Lexicon, hard: Spans) -> Iterator[tuple[int, int, float]]:
    """Two one-word names joined, opening a line (:func:`_name_pair`)."""
    for m in _PAIR_LINE.finditer(text):
        if _name_pair([m.group("a"), m.group("b")], lexicon) and not hard.overlaps(m.start("a"), m.end("b")):
            yield (*m.span("a"), 0.65)
            yield (*m.span("b"), 0.65)


# a list of names and nothing else: "ppl who know about the money: Tyler, Reginald, Kent D'Hubbard"
_NAME_LIST = re.compile(
    rf"(?<![\w'’-]){_FULLNAME}(?:[ \t]*,[ \t]*{_FULLNAME})+(?:[ \t]*,?[ \t]+(?:and|&)[ \t]+{_FULLNAME})?(?![\w'’-])"
)
_FULLNAME_AT = re.compile(_FULLNAME)


def _then_surname(words: list[str], lexicon: Lexicon) -> bool:
    """A given name alone, or before a surname of the tables ("Kent D'Hubbard": Hubbard)."""
    return (
        len(words) == 1
        or lexicon.full_name(words)
        or (len(words) == 2 and lexicon.surname(_SURNAME_PREFIX.sub("", words[1])))
    )


_SURNAME_PREFIX = re.compile(r"^[OD]['’]")


def _listed_people(text: str, lexicon: Lexicon) -> Iterator[tuple[int, int, float]]:
    """The items of a list of three or more names, each a common given name alone or before a surname, at least
    two and half of them given names that are no English verb or adjective ("Tyler", "Reginald"; "Rose, Olive,
    Hazel, Ruby, Ivy" are colours too)."""
    for m in _NAME_LIST.finditer(text):
        items = [i.span() for i in _FULLNAME_AT.finditer(text, m.start(), m.end())]
        names = [_name_words(text[a:b]) for a, b in items]
        if (
            len(items) >= 3
            and all(w and lexicon.given_name(w[0], common=True) and _then_surname(w, lexicon) for w in names)
            and sum(_plain_given(w[0], lexicon) for w in names) >= max(2, len(names) / 2)
        ):
            # the model's calling the list one organisation does not veto it (the "firms" of not_people are
            # surnames)
            yield from ((a, b, 0.6) for a, b in items)


# "Cindy | 11:42 PM", "Jordan Lee · 9:03": a chat screen's sender line, a name and the time it was sent
_STAMPED = re.compile(
    rf"(?m)^[ \t]*(?P<name>{_NAME}(?:[ \t]+{_NAME})?)[ \t]*(?:[|·•,–—-][ \t]*)?"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?|\d{1,2}[ \t]*[AaPp]\.?[Mm]\.?)[ \t]*$"
)
# "Crystal i left the letter", "Stephen the package never showed up": a given name opening a message or sentence,
# then a lower-case word that can only follow it when it is addressed
_OPENING = re.compile(
    r"(?m)(?:^|(?<=[.!?][ \t]))[ \t]*(?P<name>" + _NAME + r")[ \t]+(?P<next>[a-z][a-z'’]*)\b"
)
_ADDRESSED = frozenset(
    _words("i im i'm i’m ive i've i’ve ill i'll i’ll u ur you youre you're you’re pls plz please")
)
_ADDRESSED_MORE = frozenset(
    _words("the this that my your its it's it’s idk dont don't don’t sorry thanks thank")
)
_MODALS = frozenset(_words("Will May Can Shall Must"))
# "< Jeffery 🦋", "< Messages   Sandra Thompson": the contact a phone screen's header names, after its back arrow
_SCREEN_TITLE = re.compile(
    rf"(?m)^[ \t]*[<‹◀][ \t]+(?P<name>{_NAME}(?:[ \t]+{_NAME})?)(?=[ \t]*(?:$|[^\w\s]))"
)
# "- Lisa (new)", "2. Tyler": a given name alone as a list item
_ITEM = re.compile(rf"(?m)^[ \t]*(?:[-*•▪◦]|\d{{1,2}}[.)])[ \t]+(?P<name>{_NAME})(?=[ \t]*(?:\(|[,;]|$))")
# a name broken over two lines, as a profile screen or a flyer lays it out (OCR'd: "MISSING\nStephanie\nBanks\nAge 15")
_SPLIT_NAME = re.compile(rf"(?m)^[ \t]*(?P<given>{_NAME})[ \t]*\n[ \t]*(?P<surname>{_NAME})[ \t]*$")


def _line_people(text: str, lexicon: Lexicon, hard: Spans) -> Iterator[tuple[int, int, float]]:
    """Given names placed where a chat screen or a message puts a person: a sender line with its time, a name
    addressed at the opening of a message, a list item of one given name. A month is no name here."""
    for m in (*_STAMPED.finditer(text), *_SCREEN_TITLE.finditer(text)):
        start, end = m.span("name")
        words = _name_words(m.group("name"))
        if (
            words[0] not in _MONTH_NAMES
            and (lexicon.full_name(words) or (len(words) == 1 and lexicon.given_name(words[0], common=True)))
            and not hard.overlaps(start, end)
        ):
            yield start, end, 0.65
    for m in _OPENING.finditer(text):
        word, nxt = m.group("name"), m.group("next")
        if (
            (nxt in _ADDRESSED or (nxt in _ADDRESSED_MORE and not lexicon.plain_words([word])))
            and _addressable(word, lexicon)
            and not hard.overlaps(*m.span("name"))
        ):
            yield (*m.span("name"), 0.6)
    for m in _SPLIT_NAME.finditer(text):
        words = [m.group("given"), m.group("surname")]
        if (
            words[0] not in _MONTH_NAMES
            and lexicon.full_name(words)
            and not lexicon.plain_words(words)
            and not hard.overlaps(m.start("given"), m.end("surname"))
        ):
            yield (*m.span("given"), 0.65)
            yield (*m.span("surname"), 0.65)
    for m in _ITEM.finditer(text):
        word = m.group("name")
        if (
            _addressable(word, lexicon)
            and not lexicon.plain_words([word])
            and not hard.overlaps(*m.span("name"))
        ):
            yield (*m.span("name"), 0.6)


def _addressable(word: str, lexicon: Lexicon) -> bool:
    """A common given name that is no month or season, no modal ("Will you …") and no verb ("Hope you …")."""
    return (
        _word_ok(word)
        and word not in _MONTH_NAMES
        and word not in _SEASON_NAMES
        and word not in _MODALS
        and lexicon.given_name(word, common=True)
        and not lexicon.verb_form(word.lower())
    )


# A form field: a label of one to four words, the first capitalised, ending in a colon at a line start, after a
# separator or a sentence end, then a value that fills the field ("Passenger: Jeanette Reyes", "Cashier: Timothy |
# Register 4", "Appointment Reminder: Amanda, you're …", "… at 9. Shift lead: Gregory", "Session booked: Alexis (…").
_FIELD_NAME = re.compile(
    r"(?m)(?:^|(?<=[|;,(\]])|(?<=[ \t][-–—~•][ \t])|(?<=[.!?][ \t]))[ \t]*"
    # the value may open with an emoji ("BIO: 🌸 Julia 🌸 | 16")
    r"(?P<label>[A-Z][A-Za-z'’/&-]*(?:[ \t]+[A-Za-z][A-Za-z'’/&-]*){0,3})[ \t]*:[ \t]*"
    r"(?:[\u2600-\u27bf\U0001f000-\U0001faff]\ufe0f?[ \t]*)?"
    rf"(?P<name>(?:[A-Z]\.[ \t]+)?{_NAME}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{_NAME})?)"
    r"(?=[ \t]*(?:$|[,;|()\[\]!?·]|[-–—~•/][ \t]|\.(?:[ \t]|$)|[\u2600-\u27bf\U0001f000-\U0001faff]))"
)
# The people a record names by their role: a column or key named so holds their name ("guardian", "emergency_contact",
# "recipient_name").
PERSON_ROLES = (
    r"contact|account|sender|recipient|buyer|seller|customer|owner|subscriber|holder|cardholder|guardian|parent|"
    r"driver|rider|courier|passenger|patient|beneficiary|insured|policyholder|student|emergency[ _-]?contact|"
    r"player|member|child|kid|mother|father|mom|dad|"
    r"spouse|partner|tenant|employee|teacher|coach|caregiver|babysitter|victim|suspect|witness|reporter|"
    r"applicant|participant|athlete|attendee|guest|resident|camper"
)
# A record's name key and its value, in any case: "first_name=ryan&last_name=Hernandez", "display_name: Chris May",
# '{"name": "Jane Doe"', "reported_display_name=…", '"recipient_name": …'. The key opens its line or follows a
# separator of a record (not a word: "Street name: …"); not "account_name", which names an account as often.
_NAME_KEY = (
    rf"(?i:(?:(?!account[ _-]?name)(?:reported|{PERSON_ROLES})[ _-]?)?"
    r"(?:(?:first|last|given|family|middle|full|display|legal|real|contact|sur|maiden|nick)[ _-]?)?name"
    # or the name a person shows, under their role: "seller_display: Aurélie"
    rf"|(?:{PERSON_ROLES})[ _-]?display)"
)
_KEY_NAME = re.compile(
    # a key may sit under others ("profile.display_name: Travis 🦋", "user.first_name=ann")
    # with a note in brackets: "Family Name (Last Name): …", "Name (Last, First): Torres, Ming"
    rf"(?m)(?:(?:^|(?<=[{{,&?;|\"']))[ \t]*[\"']?(?:[A-Za-z_][\w-]*\.)*"
    rf"(?:{_NAME_KEY}[\"']?(?:[ \t]*\((?P<note>[^()\n]{{1,30}})\))?"
    # or any label whose note names the parts of a name: "Applicant (Last, First, MI): Afolabi, Chukwuemeka"
    r"|[A-Za-z][A-Za-z '/-]{0,30}?[ \t]*\((?P<parts>(?i:(?:last|sur|family|first|given)(?:[ \t]?name)?"
    r"[ \t]*,[ \t]*(?:first|given|last|sur|family)[^()\n]{0,20}))\))"
    r"[ \t]*[:=][ \t]*[\"']?"
    # or an XML element of that name: "<givenName>Amy</givenName>"
    rf"|<{_NAME_KEY}>[ \t]*)"
    r"(?P<name>[A-Za-z][A-Za-z'’-]*(?:(?:[ \t]+|\+)(?:[A-Z]\.|[A-Za-z][A-Za-z'’-]*)){0,3})"
    # the given name after a comma where the note says the surname comes first
    r"(?:(?<=[A-Za-z'’-])(?P<given>,[ \t]*[A-Za-z][A-Za-z'’-]*(?:[ \t]+[A-Za-z][A-Za-z'’-]*)?))?"
    # after the value: its end, a quote, a separator, a sentence end or a symbol ('display_name: "Cesar 🌙"')
    r"(?=[ \t]*(?:$|[\"'&;,|()<]|\.(?:[ \t]|$)|[\u2600-\u27bf\U0001f000-\U0001faff]))"
)
# A name written surname first, "Last, First", as records write it: after a label for a person ("SUBJECT: Juma,
# Kosisochukwu    DOB: …", "DRIVER: Zorlu, Shamsuddeen   DEPART …") or opening a row of columns ("Du, Pawan
# Prasad kitchen   543-…"), the field ending after the given name (a line end, a column gap, a separator).
_SURNAME_FIRST = re.compile(
    r"(?m)(?:^[ \t]*|(?P<label>\b[A-Za-z][A-Za-z_-]*)[ \t]*:[ \t]*)"
    rf"(?P<name>(?P<last>{_NAME})[ \t]*,[ \t]*(?P<first>{_NAME}(?:[ \t]{_NAME})?))"
    r"(?P<end>[ \t]*(?:$|[|;])|\t|[ \t]{2,})"
)
# Labels of a record for the person it is about, besides PERSON_ROLES and role nouns (see _role_noun)
_PERSON_LABEL = re.compile(
    rf"(?i:{PERSON_ROLES}|subject|name|person|individual|petitioner|respondent|defendant|plaintiff|complainant|"
    r"alias|aka|decedent|minor|juvenile|adult|offender|arrestee|occupant|requester|requestor|user)"
)
# a mailbox's display name in a message's header ("From: Gabor Plath <…@…>", "Cc: Ana Lima <…>, Jo Kim <…>")
_MAILBOX_NAME = re.compile(
    r"(?m)(?:^[ \t]*(?i:from|to|cc|bcc|reply-to|sender)[ \t]*:|(?<=>)[ \t]*[,;])[ \t]*[\"']?"
    rf"(?P<name>{_FULLNAME})[\"']?[ \t]*<[^<>@\s]+@[^<>\s]+>"
)
# labels of _PERSON_LABEL that say little of what the value names ("Street name:", "Account:", "User:")
_GENERIC_LABELS = frozenset(_words("name account user contact owner holder member"))
# a form's name key on its own line, the value on the next ("1.a. Family Name (Last Name)\nKisakurek")
_KEY_ABOVE_NAME = re.compile(
    rf"(?m)^[ \t]*(?:\d{{1,2}}\.(?:[a-z]\.)?[ \t]+)?{_NAME_KEY}(?:[ \t]*\([^()\n]{{1,30}}\))?[ \t]*:?[ \t]*\n"
    r"[ \t]*(?P<name>[A-Za-z][A-Za-z'’-]*(?:[ \t]+(?:[A-Z]\.|[A-Za-z][A-Za-z'’-]*)){0,3})[ \t]*$"
)
_SURNAME_FIRST_NOTE = re.compile(r"(?i)\b(?:last|sur|family)(?:[ \t]?name)?[ \t]*,[ \t]*(?:first|given)")
# Values that say the field is empty.
NO_VALUE = frozenset(
    _words(
        "null none nil na n/a unknown empty undefined true false redacted withheld not provided blank unavailable"
    )
)
# A role before a surname ("- Nurse Morrison", "approved by Manager Hale"): a role noun of this list, or an agent
# noun made from an English verb ("Manager", "Adjuster", "Instructor": manage, adjust, instruct).
_ROLE_NOUNS = frozenset(
    _words(
        """
    nurse judge clerk chef coach principal deputy chaplain captain agent midwife priest rabbi imam bishop chief
    dean nanny tutor guard marshal ranger warden trooper medic pharmacist dentist therapist technician physician
    librarian cashier concierge host hostess steward stewardess attendant usher janitor custodian foreman
    guardian parent victim witness suspect complainant claimant defendant plaintiff applicant student patient
    resident subscriber caller reporter subject officer detective sergeant lieutenant caseworker advocate doctor
    spouse
    """
    )
)
_ROLE_SURNAME = re.compile(
    rf"(?<![\w'’@#./-])(?P<role>[A-Z][a-z]{{2,}})[ \t]+(?P<name>{_NAME})(?![\w@'’-])(?![ \t]+[A-Z])"
)
# A role before a given name and surname ("Tutor Abigail Carter | Algebra II", "Driver Crystal Williams"): a person
# even in a title-case line, where the capitals alone say nothing.
_ROLE_FULL = re.compile(
    rf"(?<![\w'’@#./-])(?P<role>[A-Z][a-z]{{2,}})[ \t]+(?P<name>{_NAME}(?:[ \t]+[A-Z]\.)?[ \t]+{_NAME})(?![\w@'’-])"
)


def _role_noun(word: str, lexicon: Lexicon) -> bool:
    w = word.lower().removeprefix("co-")  # "Co-applicant"
    if w in _ROLE_NOUNS:
        return True
    if len(w) < 6 or not w.endswith(("er", "or")) or lexicon.given_name(word):
        return False
    stem = w[:-2]
    return (
        stem in lexicon.verbs
        or stem + "e" in lexicon.verbs
        or (stem[-1:] == stem[-2:-1] and stem[:-1] in lexicon.verbs)
    )


def _field_people(text: str, lexicon: Lexicon, hard: Spans) -> Iterator[tuple[int, int, float]]:
    """Names in form fields ("Ticket Holder: Jimmy Cook") and after a role ("- Nurse Morrison"), with the name
    tables' support: a given name (and a surname) after a label, a surname after a role noun in sentence text, a
    given name and surname after a role noun anywhere ("Tutor Abigail Carter | …")."""
    for m in _FIELD_NAME.finditer(text):
        start, end = m.span("name")
        words = _name_words(text[start:end])
        label_word = m.group("label").split()[-1]
        role_label = _role_noun(label_word, lexicon) or (
            _PERSON_LABEL.fullmatch(label_word) is not None and label_word.lower() not in _GENERIC_LABELS
        )
        if _INITIAL.match(text, start):  # "Contact: J. Weaver": an initial and a surname
            if (
                len(words) == 1
                and _word_ok(words[0])
                and lexicon.surname(words[0])
                and not hard.overlaps(start, end)
            ):
                yield start, end, 0.7
            continue
        if (
            all(_word_ok(w) for w in words[:-1])
            # the surname may be a common word ("display_name: Chris May", "Jesse Day")
            and (_word_ok(words[-1]) or (len(words) > 1 and words[-1] not in _FUNCTION))
            # a label for a person admits a closing word the dictionary knows ("Passenger: Marianne Godard")
            and (lexicon.name_like(words) or (role_label and lexicon.labelled_full_name(words)))
            # "Color: Rose Gold" names a thing; after a role ("Ticket Holder: Jimmy Cook") such words are a name
            and (not lexicon.plain_words(words) or _role_noun(label_word, lexicon))
            # after a role, a given name and a surname outweigh the model's organisation ("Supervising Officer:
            # Amanda Lara, Badge 4471" is to it one organisation)
            and (
                not hard.overlaps(start, end)
                or (lexicon.full_name(words) and _role_noun(label_word, lexicon))
            )
        ):
            yield start, end, 0.7
    for m in _MAILBOX_NAME.finditer(text):
        start, end = m.span("name")
        words = _name_words(text[start:end])
        if (
            len(words) >= 2
            and lexicon.names_only(words)
            and not lexicon.dictionary_only(words)
            and not hard.overlaps(start, end)
        ):
            yield start, end, 0.7
    for m in _KEY_NAME.finditer(text):
        start, end = m.span("name")
        if m.group("given") and _SURNAME_FIRST_NOTE.search(m.group("note") or m.group("parts") or ""):
            end = m.end("given")
        # not an empty value, nor a form's placeholder ('full_name = "Full name"')
        words = text[start:end].lower().split()
        if not any(w in NO_VALUE for w in words) and words[-1:] != ["name"] and not hard.overlaps(start, end):
            yield start, end, 0.8
    for m in _SURNAME_FIRST.finditer(text):
        start, end = m.span("name")
        last, first = m.group("last"), m.group("first").split()
        label = m.group("label")
        if (
            all(_word_ok(w) for w in [last, *first])
            and not lexicon.plain_words([last, *first])
            and (
                # after a person's label, a family name or a given name, and after the comma no dictionary word
                # that is no given name ("SUBJECT: Albu, Marek", not "Guest: Lopez, Table  4")
                (_PERSON_LABEL.fullmatch(label) is not None or _role_noun(label, lexicon))
                and (lexicon.family_name(last) or lexicon.given_name(first[0]))
                and (lexicon.given_name(first[0]) or not lexicon.known(first[0]))
                if label
                else "\n" not in m.group("end")
                and _column_gap(m.group("end"))
                and lexicon.family_name(last)
                and lexicon.given_name(first[0])
            )
        ):
            yield start, end, 0.7
    for m in _KEY_ABOVE_NAME.finditer(text):
        start, end = m.span("name")
        words = _name_words(text[start:end])
        # a value, not the next label ("Middle Name", "Date of Birth") nor an empty one ("N/A", "None")
        if (
            words
            and not any(w.lower() in NO_VALUE for w in words)
            and not lexicon.plain_words(words)
            and all(_word_ok(w) for w in words)
            and not hard.overlaps(start, end)
        ):
            yield start, end, 0.8
    for m in _ROLE_SURNAME.finditer(text):
        start, end = m.span("name")
        role = m.group("role")
        if (
            _word_ok(m.group("name"))
            and lexicon.surname(m.group("name"))
            and _role_noun(role, lexicon)
            and not _determined(text, m.start())
            and not hard.overlaps(start, end)
            and not title_case_context(text, m.start(), end)
            and not _PREV_CAPITAL.search(text, max(0, m.start() - 40), m.start())
        ):
            yield start, end, 0.65
    for m in _ROLE_FULL.finditer(text):
        start, end = m.span("name")
        words = _name_words(text[start:end])
        if (
            all(_word_ok(w) for w in words[:-1])
            # the surname may be a common word ("Guardian Christina May")
            and (_word_ok(words[-1]) or words[-1] not in _FUNCTION)
            and lexicon.full_name(words)
            and not lexicon.plain_words(words)
            and _role_noun(m.group("role"), lexicon)
            and not _determined(text, m.start())
            and not hard.overlaps(start, end)
        ):
            yield start, end, 0.65


# "Snacks this week: the Narayans.", "dinner at the Nguyens'": a family named by its surname in the plural
_FAMILY_PLURAL = re.compile(r"(?<![\w'’])[Tt]he[ \t]+(?P<name>[A-Z][a-z]+s)(?=['’]?(?![\w'’@-]))")
# teams and bands named by a plural that the rule above would read as a family ("the Lakers", "the Beatles"); teams
# whose name is a dictionary word ("the Browns", "the Kings") the rule leaves alone already
_PLURAL_NAMES = frozenset(
    _words(
        """
    lakers knicks sixers niners steelers seahawks grizzlies timberwolves astros phillies rockies canadiens
    cavs mavs nats dbacks bucs avs habs beatles kardashians
    """
    )
)


def _families(text: str, lexicon: Lexicon, hard: Spans) -> Iterator[tuple[int, int, float]]:
    """A family by its surname in the plural after "the": a surname of the tables, or a word no dictionary knows,
    that is no dictionary word itself ("the Garcias", "the Nguyens", "the Narayans"). A surname that is also an
    English word is left to the other rules ("the Woods", "the Kings", "the Hills" are places and teams as often)."""
    for m in _FAMILY_PLURAL.finditer(text):
        start, end = m.span("name")
        word = m.group("name")
        stems = [word[:-1]] + ([word[:-2]] if word.endswith("es") else [])
        if (
            word.lower() not in _PLURAL_NAMES
            and not lexicon.known(word)
            and not lexicon.surname(word)  # "The Yates, Baldwin and Medina Team": a surname ending in "s"
            and any(lexicon.family_name(st) and not lexicon.known(st) for st in stems)
            and not hard.overlaps(start, end)
        ):
            yield start, end, 0.65


_PREV_CAPITAL = re.compile(r"[A-Z][\w'’-]*[ \t]+$")


def _unsupported_phrase(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """A product name or heading, not a person: the name tables rule it out as a name (no given name, no surname
    closing it, not even a rare one), it holds an English word ("Crossbody Bag", "Oat Milk", "Victory Royale"), and
    it stands where such phrases stand: in a title-case line ("Crossbody Bag, Vintage Leather, Great Condition"),
    after a title-case label, or opening a line before "!", a noun or the end of its field ("Victory Royale! …",
    "Seller contact: …", "Tagged Photos (12)", "Member Since 11/23"). A name the tables do not know and no
    dictionary has ("Oluwaseun Adeyemi") is never taken for such a phrase."""
    words = _name_words(text[start:end])
    if lexicon.supported(words) or not any(lexicon.known(w) for w in words):
        return False
    return (
        heading_line(text, start, end)
        or _labelled_line(text, start)
        or (
            _header_position(text, start)
            and (
                text.startswith("!", end)
                or _attributive(text, end, lexicon)
                or _FIELD_END.match(text, end) is not None
            )
        )
    )


_FIELD_END = re.compile(r"[ \t]*(?:$|\n|[-–—(|:;,.!?\d])")


_DETERMINER_LEAD = re.compile(r"(?i:the|a|an|our|your|my|this|that)\b")


def find_people(
    text: str,
    other_spans: list[tuple[int, int]] | None = None,
    lexicon: Lexicon = EMPTY_LEXICON,
    *,
    name_pairs: bool = True,
    ner_people: list[tuple[int, int]] | None = None,
    soft_spans: list[tuple[int, int]] | None = None,
) -> Iterator[tuple[int, int, float]]:
    """``(start, end, score)`` of each name found by a cue rule, from the name tables, or as a "Firstname
    Lastname" pair.

    ``other_spans``: spans the model labelled as something else (a date, an event, a company …), which veto the
    weaker cues; ``soft_spans``, the part of them (an event, a product, a work of art …) that a given name from
    the name tables outweighs. ``ner_people``: the model's PERSON spans; a phrase-like name (see
    :meth:`Lexicon.phrase_like`) found only by a weak cue or as a capitalised pair is taken only where the model
    agrees.
    """
    soft = set(soft_spans or ())
    other = Spans(other_spans or ())
    hard = Spans(o for o in other_spans or () if o not in soft)

    def vetoes(start: int, end: int) -> Spans:
        return hard if lexicon.name_like(_name_words(text[start:end])) else other

    ner = Spans((a, b) for a, b in ner_people or () if not ner_vetoed(text, a, b, lexicon))
    speakers = list(_SPEAKER.finditer(text))
    chat = len(speakers) + len(_RULES[_SPEAKER_RULE].regex.findall(text)) >= 2  # a chat log of several lines
    for i, (rule, matches) in enumerate(zip(_RULES, _rule_matches(text), strict=True)):
        for m in matches:
            start, end, n = _trim(text, *m.span("name"), lexicon)
            if n == 0 and rule.kind == "title":
                start, end, n = _titled_surname(text, m.start("name"), lexicon)
            span_names = _name_words(text[start:end])
            # "— The Help Desk", "the Call Center": a cue verb after a determiner is a noun; a span the trim cut a
            # determiner from needs a name word ("— The Johnson Family" has one)
            if rule.kind == "cue-first" and text[m.start()].isupper() and _determined(text, m.start()):
                continue
            if (
                lexicon.has_names
                and start > m.start("name")
                and _DETERMINER_LEAD.match(text, m.start("name")) is not None
                and lexicon.dictionary_only(span_names)
            ):
                continue
            if not _kind_holds(rule.kind, text, start, end, m, lexicon):
                continue
            if n < rule.min_words or (rule.score < 0.7 and vetoes(start, end).overlaps(start, end)):
                continue
            span_words = text[start:end].split()
            # "Senior Product Manager, Growth - Remote": the cue word is part of a title-case heading
            if _heading_cue(text, m, start, end, lexicon):
                continue
            # weaker cues ("X is", "to X Y", "X Y:", "Emergency Contact Added") need words that can be names
            if rule.score < 0.8 and (
                (any(lexicon.descriptive(w) for w in span_words) and not lexicon.name_like(span_names))
                or _participles(span_names, lexicon)
                or _role_words(span_names, lexicon)  # "Roommate wanted!"
            ):
                continue
            if rule.weak and not ner.overlaps(start, end):
                if (rule.kind == "cue-first" and _headline_cue(text, m)) or _title_case_line(
                    text, start, end
                ):
                    continue
                if (
                    (i != _SPEAKER_RULE or not chat)
                    and not _addressed(text, m, start, end, lexicon)
                    and (
                        lexicon.phrase_like(span_names)
                        or heading_line(text, start, end)
                        or _modified_in_run(text, start, end)
                        or _unsupported_phrase(text, start, end, lexicon)  # "Tagged Photos (12)"
                        or _participles(span_names, lexicon)  # "Contact Added"
                    )
                ):
                    continue
                # "a trained Crisis Counselor will reply", "Your Rider Rating is": dictionary words no name table
                # supports, or a thing after a determiner
                if lexicon.has_names and (
                    (len(span_names) >= 2 and _dictionary_phrase(span_names, lexicon))
                    # a given name after "my"/"no" is someone ("no Tyler said he would", "my Jake wants to know")
                    # ("the Cummings family" is a determiner the cue itself asks for)
                    or (
                        _determined(text, start)
                        and rule.kind not in ("family", "plural")
                        and not any(lexicon.given_name(w) for w in span_names)
                    )
                ):
                    continue
            # "Welcome Back! Pick Up Where You Left Off": a greeting before a dictionary word, in title case
            if (
                rule.kind == "greeting"
                and not ner.overlaps(start, end)
                and all(lexicon.known(w) for w in span_names)
                and (
                    _title_case_line(text, start, end)
                    or (len(span_names) == 1 and heading_line(text, start, end))
                )
            ):
                continue
            yield start, end, rule.score
    # one-word speakers: two or more, or one in a log of several speakers ("Pastor Ortega: …\nAlex: 001-928-…")
    if len(speakers) >= 2 or (chat and speakers):
        named = [(m, *_trim(text, *m.span("name"), lexicon)) for m in speakers]
        # "Mom: …\nTia: traigan pan": in a log of relations a word for one is a relation, though "Tia" is a name too
        relations = {m.group("name").lower() for m in speakers if _FAMILY_SPEAKER.fullmatch(m.group("name"))}
        for m, start, end, n in named:
            # "Organizer: …\nGuests: 12" are labels, and so is a record's label that the surname tables hold too,
            # before a number and another field ("Due: 12/18/2025 · Terms: Net 30"; "Raven: 40 for the pills | Sent:
            # 11:02 PM" is a speaker)
            if (
                n
                and not field_word(text, start, end, lexicon)
                and not lexicon.kin_word(text[start:end])  # "Tonton: …", "Babcia: …"
                and not (len(relations) >= 2 and m.group("name").lower() in relations)
                and not (
                    text[start:end].lower() in _RECORD_LABELS
                    # "Fee: $438.58" on a line of its own, or before another field on the same line
                    and (
                        _FIELD_AFTER.match(text, m.end()) is not None
                        or _AMOUNT_ONLY.match(text, m.end()) is not None
                    )
                )
            ):
                yield start, end, 0.7
            # "Megan: …\nApril: call 911", "Mom: …\nApril: no i need ur ssn": a month as a speaker in a log
            # where others are people or family, not before a figure ("April: 12 units", "May: $400")
            elif (
                m.group("name") in _MONTH_NAMES
                and not _FIGURE_AFTER.match(text, m.end())
                and any(k or _FAMILY_SPEAKER.fullmatch(o.group("name")) for o, *_, k in named)
            ):
                yield (*m.span("name"), 0.7)
    elif lexicon.has_names:
        # one speaker: "[#general] Samantha: anyone seen my charger?" — a given name, then a chat message
        for m in speakers:
            start, end = m.span("name")
            if (
                _word_ok(m.group("name"))
                and lexicon.given_name(m.group("name"), common=True)
                and _LOWER_AFTER.match(text, m.end())
                and not hard.overlaps(start, end)
            ):
                yield start, end, 0.7
    if lexicon.has_names:
        # "Kimberly??? hello???": a given name called out on its own
        for m in _CALLED.finditer(text):
            start, end = m.span("name")
            if _word_ok(m.group("name")) and lexicon.given_name(m.group("name"), common=True):
                yield start, end, 0.65
        yield from _paired_people(text, lexicon, hard)
        yield from _lexicon_people(text, lexicon, other, hard)
        yield from _listed_people(text, lexicon)
        yield from _field_people(text, lexicon, hard)
        yield from _line_people(text, lexicon, hard)
        yield from _families(text, lexicon, hard)
    # Runs of capitalised words: each stretch of 2-3 name-like words is taken as a name; longer runs are titles.
    if not name_pairs:
        return
    for m in _RUN.finditer(text):
        run = [(w.start() + m.start(), w.end() + m.start(), w.group()) for w in _WORD.finditer(m.group())]
        # "display_name   Saajid Jahdami     Sahir Demirel-Yildirim": columns of a fixed-width export, not one name
        cuts = [i for i in range(1, len(run)) if _column_gap(text[run[i - 1][1] : run[i][0]])]
        for words in (run[i:j] for i, j in zip([0, *cuts], [*cuts, len(run)], strict=True)):
            if len(words) > 5:
                continue
            in_title_case = any(w[2] in _FUNCTION for w in words[1:])
            segment: list[tuple[int, int, str]] = []
            for w in [*words, (0, 0, "")]:
                if w[2] and (
                    _word_ok(w[2])
                    or _INITIAL.fullmatch(w[2])
                    or _family_name([x[2] for x in segment] + [w[2]], lexicon)
                ):
                    segment.append(w)
                    continue
                for start, end in _pairs_in(segment, lexicon):
                    words_in = _name_words(text[start:end])
                    full = (
                        lexicon.full_name(words_in)
                        and not lexicon.plain_words(words_in)
                        and not _determined(text, start)
                        and not _attributive(text, end, lexicon)
                    )
                    if (
                        not (hard if full else other).overlaps(start, end)
                        and (
                            ner.overlaps(start, end)
                            or (
                                full
                                and _listed(text, start, end)
                                and lexicon.names_only(words_in, common=True)
                            )
                            # "Judy Pope 💍 Sherri Singh": a common given name and a surname filling a field
                            or (
                                full
                                and lexicon.given_name(words_in[0], common=True)
                                and lexicon.names_only(words_in, common=True)
                                and _whole_segment(text, start, end)
                            )
                            or not (
                                in_title_case
                                or (not full and lexicon.dictionary_words(words_in))
                                or title_case_context(text, start, end, lexicon if full else None)
                                # "Hello Kitty Wedding Collection, Pink and Gold": a rare given name in a title
                                or (
                                    title_line(text, start, end)
                                    and (
                                        not lexicon.names_only(words_in, common=True)
                                        or _runs_on(text, end, lexicon)
                                    )
                                )
                            )
                        )
                        and not (
                            _unsupported_phrase(text, start, end, lexicon)
                            and not cued(text, start, end, lexicon)
                        )
                        and not (
                            _verb_phrase(words_in, lexicon)
                            and (_bulleted(text, start) or title_line(text, start, end))
                            and not cued(text, start, end, lexicon)
                        )
                    ):
                        yield start, end, 0.6
                segment = []


_CAMEL_PARTS = re.compile(r"[A-Z][a-z]+")


def _inner_capital(word: str) -> bool:
    """A capital inside a part of ``word`` ("MacBook", "McKenzie"; not "Klaus-Jürgen" or "O'Neil")."""
    return any(c.isupper() for part in re.split(r"[-'’]", word) for c in part[1:])


def _pairs_in(segment: list[tuple[int, int, str]], lexicon: Lexicon) -> list[tuple[int, int]]:
    """The name in a run of capitalised name-like words: with the name tables, the given name and surname in it
    ("Driver <Crystal Williams>", "Asking <Heather Daniel> to stop"); otherwise the whole run, of 2-3 words."""
    names = [x for x in segment if not _INITIAL.fullmatch(x[2])]
    if lexicon.has_names:
        for i, first in enumerate(names):
            for j in range(min(len(names) - 1, i + 2), i, -1):
                words = [x[2] for x in names[i : j + 1]]
                if lexicon.full_name(words) and not lexicon.plain_words(words):
                    return [(first[0], names[j][1])]
    if (
        2 <= len(names) <= 3
        and not any(lexicon.descriptive(x[2]) for x in names)
        # "MacBook Pro": a word with inner capitals is a name only where the tables know it ("McKenzie", "DeShawn")
        and not any(_inner_capital(x[2]) and not lexicon.name_word(x[2]) for x in names)
    ):
        return [(segment[0][0], segment[-1][1])]
    return []


class PersonContextRecognizer(EntityRecognizer):
    """People from cue patterns, complementing the NER model."""

    def __init__(self, lexicon: Lexicon = EMPTY_LEXICON, *, name_pairs: bool = True) -> None:
        self.lexicon = lexicon
        self.name_pairs = name_pairs
        super().__init__(supported_entities=["PERSON"], name="PersonContextRecognizer")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        if entities and "PERSON" not in entities:
            return []
        doc = getattr(nlp_artifacts, "tokens", None)
        # Doc.ents and Doc.text walk every token: read the entities once and use the text we were given
        ents = tuple(doc.ents) if doc is not None else ()
        other, soft = _other_entity_spans(ents, text, self.lexicon)
        ner = _ner_people(ents, text)
        found = find_people(
            text, other, self.lexicon, name_pairs=self.name_pairs, ner_people=ner, soft_spans=soft
        )
        return [RecognizerResult("PERSON", a, b, s) for a, b, s in found]


def _ner_people(ents: Sequence[Any], text: str) -> list[tuple[int, int]]:
    return [part for e in ents if e.label_ == "PERSON" for part in line_parts(text, e.start_char, e.end_char)]


# Where a place name cannot run on: a line break or a field separator (a spaced dash, "|", ":", ";").
_PLACE_BREAK = re.compile(r"\n|[ \t][-–—~•|·][ \t]|[|;·]|(?<!\d):(?!\d)")


_LINE_BREAK = re.compile(r"\n")


def _parts(text: str, start: int, end: int, breaks: re.Pattern[str]) -> list[tuple[int, int]]:
    """``start:end`` cut where ``breaks`` matches, each part stripped of spaces; empty parts dropped."""
    parts: list[tuple[int, int]] = []
    a = start
    for m in [*breaks.finditer(text, start, end), None]:
        lo, hi = a, end if m is None else m.start()
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if lo < hi:
            parts.append((lo, hi))
        if m is not None:
            a = m.end()
    return parts


def field_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A model place span cut at line breaks and field separators: a place name does not run across fields ("the
    Park - Lawn Seating" is "the Park" and "Lawn Seating"), and each part is judged on its own."""
    return _parts(text, start, end, _PLACE_BREAK)


def line_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A model span cut at its line breaks: a name does not run across lines, and a span that does ("Lisa
    Reyes\nOrder ORD-…") is judged a line at a time, so the next line's words cannot make the name on this one look
    like a heading."""
    return _parts(text, start, end, _LINE_BREAK)


_POSSESSIVE = re.compile(rf"(?P<name>{_FULLNAME})'s[ \t]+[a-z]")
_HEADER_LEAD = re.compile(r"[ \t]*(?:(?:#?\d+[.)]|[-*•])[ \t]+)?(?:[A-Z][\w'-]*[ \t]+)*")


def cued(text: str, start: int, end: int, lexicon: Lexicon = EMPTY_LEXICON) -> bool:
    """True when a cue (a title, greeting, relation, person verb, chat speaker, possessive …) points at the span; a
    capitalised cue word inside a title-case line ("Senior Product Manager, …") does not count, nor, with the name
    tables, another cue that is part of a heading (see _heading_cue)."""
    return _cue_spans(text, lexicon).overlaps(start, end)


@functools.lru_cache(maxsize=16)
def _rule_matches(text: str) -> tuple[tuple[re.Match[str], ...], ...]:
    """Every cue rule's matches in ``text``, found once: the rules (:func:`find_people`) and the cue test for the
    model's spans (:func:`cued`) both read them."""
    return tuple(
        tuple(rule.regex.finditer(text)) if rule.needs is None or rule.needs.search(text) else ()
        for rule in _RULES
    )


@functools.lru_cache(maxsize=16)
def _cue_spans(text: str, lexicon: Lexicon) -> Spans:
    """The spans cues point at in ``text`` (see :func:`cued`), found once per text: the model's person spans of a
    long text each ask."""
    spans: list[tuple[int, int]] = []
    for matches, weak, kind in (
        *((found, rule.weak, rule.kind) for rule, found in zip(_RULES, _rule_matches(text), strict=True)),
        (tuple(_POSSESSIVE.finditer(text)), False, ""),
    ):
        for m in matches:
            a, b = m.span("name")
            # "Gift Wrap | 1 | $2.00": an age cue points only at a given name
            if kind in _CHECKED_KINDS:
                ta, tb, n = _trim(text, a, b, lexicon)
                if not n or not _kind_holds(kind, text, ta, tb, m, lexicon):
                    continue
            if _title_cue(text, m, a, b):
                continue
            if lexicon.has_names and _heading_cue(text, m, a, b, lexicon):
                continue
            # a position ("… - Tax Deductible") points at no person when the tables rule the words out
            if weak and (
                (lexicon.has_names and _dictionary_phrase(_name_words(text[a:b]), lexicon))
                or _label_phrase(text, a, b, lexicon)  # "Story Highlights: …" is a label, not a speaker
            ):
                continue
            spans.append((a, b))
    return Spans(spans)


_ROLE_WORD = re.compile(
    rf"(?i:{_RELATION}|{_TITLE}|roommate|babysitter|seller|buyer|driver|host|owner|member)"
)


def _role_words(words: list[str], lexicon: Lexicon) -> bool:
    """Every word names a relation or a role ("Roommate", "grandma", "Seller") and none is a given name or surname
    of the tables ("Hunter", "Taylor" may be people)."""
    return (
        lexicon.has_names
        and bool(words)
        and all(
            (_ROLE_WORD.fullmatch(w) is not None or _role_noun(w, lexicon)) and not lexicon.name_word(w)
            for w in words
        )
    )


def _participles(words: list[str], lexicon: Lexicon) -> bool:
    """Verb forms ending in -ed or -ing that no name table supports ("Added", "Shipped", "Trending"): a name is
    rarely one, and a capitalised participle after a cue word is a heading ("Emergency Contact Added"). Other
    dictionary words are kept as possible names ("Poppy", "Zion", "Legend"): failing closed costs a word."""
    return (
        lexicon.has_names
        and bool(words)
        and all(w.lower().endswith(("ed", "ing")) and lexicon.verb_form(w) for w in words)
        and not any(lexicon.name_word(w) for w in words)
    )


def clear_caches() -> None:
    """Forget the texts the per-text caches hold (cue spans, model-span vetoes, title case of lines): called when a
    batch is done, so no analysed text stays in a worker's memory after its answer is returned."""
    _cue_spans.cache_clear()
    _rule_matches.cache_clear()
    ner_vetoed.cache_clear()
    _line_title_words.cache_clear()
    _lines.cache_clear()
    _heading.cache_clear()
    _mid_functions.cache_clear()


_THEN_OBJECT = re.compile(
    r"[ \t]+(?:your|the|a|an|us|me|it|them|this|that|these|those|our|his|their|some|all)\b"
)


def _imperative(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """One word opening a sentence that is an English verb and no name of the tables, before a determiner or a
    pronoun: an instruction ("Drop your theories below", "Grab a seat"), not someone addressed. A given name ("Grant
    your wish"?) or an English word the tables lack used as a name before another verb ("Poppy has a fever") stays a
    name."""
    word = text[start:end]
    if not (lexicon.has_names and word.isalpha() and word.lower() in lexicon.verbs):
        return False
    a, at_line_start = _start_before(text, start)
    before = text[a:start].rstrip(" \t\"'“‘")
    return (
        (before[-1:] in (".", "!", "?") or (not before and at_line_start))
        and not lexicon.name_word(word)
        and _THEN_OBJECT.match(text, end) is not None
    )


def _noun_compound(words: list[str], lexicon: Lexicon) -> bool:
    """No given name, and two or more English words: "Robux Gift Card" (a surname table may hold "Gift" and "Card",
    but no person is named by surnames and nouns alone)."""
    return (
        lexicon.has_names
        and not any(lexicon.given_name(w) for w in words)
        and sum(lexicon.known(w) for w in words) >= 2
    )


def _dictionary_phrase(words: list[str], lexicon: Lexicon) -> bool:
    """English words the name tables do not support as a name ("Tax Deductible", "Photos", "Drop"): no given name,
    no surname held by 0.001% of people or more (a rare surname such as "Drop" does not count)."""
    return (
        bool(words) and all(lexicon.known(w) for w in words) and not any(lexicon.name_word(w) for w in words)
    )


def _header_position(text: str, start: int) -> bool:
    """The span is in the capitalised run a line begins with ("Flash Sale! …", "Price Drop Alert: …")."""
    a, at_line_start = _start_before(text, start)
    m = _HEADER_LEAD.match(text, a, start) if at_line_start else None
    return m is not None and m.end() == start


_THEN_CAP_WORD = re.compile(r"(?:['’]s)?[ \t]+(?P<word>[A-Z][a-z]+)\b(?!['’-])")


def _runs_on(text: str, end: int, lexicon: Lexicon) -> bool:
    """A capitalised dictionary word that is no name and no verb follows in the same field: the words before it
    modify it ("Hunter Green Throw Pillow Cover"), as in a product or heading."""
    m = _THEN_CAP_WORD.match(text, end)
    if m is None or not lexicon.has_names:
        return False
    word = m.group("word")
    return lexicon.known(word) and not lexicon.name_word(word) and not lexicon.finite_verb(word.lower())


_THEN_COLON = re.compile(r"[ \t]*:")


def _opens_line(text: str, start: int) -> bool:
    a, at_line_start = _start_before(text, start)
    return at_line_start and not text[a:start].strip()


def _label_phrase(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    words = _name_words(text[start:end])
    last = words[-1].strip(_WORD_EDGES) if words else ""
    return (
        lexicon.has_names
        and len(words) >= 2
        and _THEN_COLON.match(text, end) is not None
        and _opens_line(text, start)
        and lexicon.known(last)
        and not lexicon.name_word(last)
    )


# Names that are not people's. A firm named by three surnames, two of which no given name, where a business stands
# ("… from Davis, Cook and Schmitt", "Hardin, Thomas & White: A purchase of …"; a list of people would be of given
# names, "Kelly, Nathan and April", and one where a business does not stand is people, "I paid Johnson, Hamilton and
# Jones back"), a family firm ("Cole and Sons"), a name before a word that makes it an organisation ("Lewis-Wade
# Support", "Brightline Support Team", "Ortiz LLC"; not with a given name: "Timothy Stewart Associates" still names
# him, "Message from Andrea Support" may be her).
_FIRM_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_FIRM_LIST = re.compile(
    rf"(?<![\w'’-])(?P<a>{_FIRM_WORD}),[ \t]+(?P<b>{_FIRM_WORD}),?[ \t]+(?:and|&)[ \t]+(?P<c>{_FIRM_WORD})"
    r"(?![\w'’-])"
)
# "Your order from Harris-Franklin has shipped": two surnames joined, no given name before them, in trade
_FIRM_PAIR = re.compile(r"(?<![\w'’-])(?P<a>[A-Z][a-z]+)-(?P<b>[A-Z][a-z]+)(?![\w'’-])")
_FIRM_FAMILY = re.compile(rf"(?<![\w'’-]){_FIRM_WORD}[ \t]+(?:and|&)[ \t]+Sons\b")
_ORG_WORD = (
    r"(?:Support|Inc|LLC|Ltd|Corp|Corporation|PLC|Group|Company|Associates|Partners|Holdings|Foundation|Institute|"
    r"Project|Society|Association)"
)
_LEGAL_FORMS = frozenset({"Inc", "LLC", "Ltd", "Corp", "Corporation", "PLC"})
# the words a charity is named with after one name, "the" before it ("the Trevor Project", "the Kellogg Foundation";
# not "Sarah Project lead said")
_CHARITY_FORMS = frozenset({"Foundation", "Institute", "Project", "Society", "Association"})
_ORG_TAIL = re.compile(
    rf"(?<![\w'’-])(?P<name>{_FIRM_WORD}(?:[ \t]+{_FIRM_WORD})?)[ \t]+(?P<org>{_ORG_WORD})\b(?!['’-])"
)
# "donations welcome Tue–Sat": a range of weekdays ("Thu" alone is a given name too)
_DAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
_DAY_RANGE = re.compile(rf"(?<![\w'’-]){_DAY}\.?[ \t]*[-–—][ \t]*{_DAY}\b\.?")
# "Bill To: Accounts Payable", "Ship from: …": a form's label, whoever follows it
_DOCUMENT_LABEL = re.compile(
    r"(?m)^[ \t]*(?P<verb>Bill|Ship|Sold|Remit|Pay|Deliver)(?:ed)?[ \t]+(?:[Tt]o|[Ff]rom|[Bb]y|TO|FROM|BY)[ \t]*:"
)
# "Hope that helps!", "Hope to see you soon", "Hope you're well": the verb, its subject left out, not a person
_WISH = re.compile(
    r"(?<![\w'’-])Hope(?=[ \t]+(?:that|you|u|ya|y'all|yall|everyone|everybody|all|it|this|we|they|he|she|i|your|"
    r"ur|so|not|to[ \t]+(?:see|hear|meet|get|have|be|catch|make|talk|visit|welcome)\b)\b)"
)


# Brands and products named after people, as shoppers, diners and drinkers write them ("Ben & Jerry's", "Dr Pepper",
# "Trader Joe's"): no person, unless a greeting, title or relation comes before ("my cousin Sara Lee") or a person's
# things or people after ("Sara Lee's mom"). Only names of two words or more: a one-word possessive ("Wendy's",
# "McDonald's") is a person's as often ("Claire's bday", "McDonald's dog bit me").
_BRAND_NAMES = (
    "Trader Joe's|Papa John's|Jimmy John's|Jersey Mike's|Raising Cane's|Carl's Jr|Long John Silver's|"
    "Church's Chicken|Papa Murphy's|Dick's Sporting Goods|Sam's Club|Victoria's Secret|Jack Daniel's|Uncle Ben's|"
    "Mrs Meyer's|Mrs Butterworth's|Mrs Fields|Mr Clean|Mr Coffee|Dr Pepper|Dr Scholl's|Dr Martens|Doc Martens|"
    "Ben & Jerry's|Newman's Own|Marie Callender's|Nathan's Famous|Dave's Killer Bread|Amy's Kitchen|Burt's Bees|"
    "Tom's of Maine|Jimmy Dean|Sara Lee|Betty Crocker|Duncan Hines|Little Debbie|Aunt Jemima|Chef Boyardee|"
    "Sam Adams|Samuel Adams|Earl Grey|Orville Redenbacher|Johnnie Walker|Jim Beam|Captain Morgan|Jose Cuervo|"
    "Tommy Hilfiger|Calvin Klein|Ralph Lauren|Michael Kors|Kate Spade|Tory Burch|Vera Bradley|Vera Wang|"
    "Steve Madden|Kenneth Cole|Jimmy Choo|Hugo Boss|Tim Hortons|Bob Evans|Jenny Craig|Ruth's Chris|"
    "Baskin-Robbins|Paul Mitchell|Lea & Perrins|Robert Mondavi"
)
# Dishes and cheeses that carry a name, gated as the brands are ("a Parmigiano rind", "add San Marzano tomatoes", a
# recipe's "Pecorino Romano" beside its other ones). Not drinks named after someone ("Tom Collins", "Arnold Palmer"):
# as often a person's name, and another dish in the text would make them things.
_DISH_NAMES = (
    "Parmigiano Reggiano|Parmigiano-Reggiano|Parmigiano|Pecorino Romano|Pecorino|San Marzano|Chicken Alfredo|"
    "Fettuccine Alfredo|Fettucine Alfredo|Shrimp Alfredo|Eggs Benedict|Caesar Salad|Beef Wellington|Chicken Marsala|"
    "Oysters Rockefeller|Peach Melba"
)


def _brand_alternative(name: str) -> str:
    """``name`` as a pattern: the apostrophe optional ("Trader Joes"), "&" also "and" or "n", a title's dot optional,
    any run of spaces."""
    out = re.sub(r"['’]", "['’]?", re.escape(name))
    out = re.sub(r"\b(Mrs|Mr|Dr|Jr)(?=\\ |$)", r"\1\\.?", out.replace(r"\&", "(?:&|and|n)"))
    return out.replace("\\ ", "[ \\t]+")


_BRAND = re.compile(
    r"(?i:(?<![\w'’-])(?:"
    + "|".join(_brand_alternative(n) for n in f"{_BRAND_NAMES}|{_DISH_NAMES}".split("|"))
    + r")(?![\w-]))"
)
# what a store sells for them after "kids", "baby", "family" …: "Wendy's kids menu", "Macy's baby clothes"
_STORE_ITEM_AFTER = re.compile(
    r"[ \t]+(?i:menu|meals?|combos?|size|packs?|deals?|specials?|section|department|clothes|clothing|shoes|toys)\b"
)
_PERSONS_AFTER = re.compile(
    rf"(?:['’]s?)?[ \t]+(?i:(?:{_RELATION})s?|{_PERSONAL_THINGS}|location|whereabouts|address|bday|b-day|birthday|"
    r"party|wedding|funeral|"
    r"office|clinic|practice|assistant|secretary|appointment)\b"
)


# A form's example of a name: "(e.g. Jane Doe)", "Payee: e.g. John Smith"
_EXAMPLE_NAME = re.compile(
    r"(?i:\be\.?g\.?|\bi\.?e\.?|\bfor[ \t]+example|\bexample)[ \t]*[,:]?[ \t]*"
    r"(?P<name>(?:John|Jane)(?:[ \t]+Q\.)?[ \t]+(?:Doe|Smith|Roe|Public))\b"
)


# Terms of everyday English that hold a name but no person. Each is written out whole and narrowly, because a veto
# drops every name found inside its match: a loose one ("Book of" + any word, any breed start + any breed noun, a
# run of capitalised words before "counties") lets real people through ("the Guest Book of Sherri", "Jack Russell
# Collie texted her", "Kevin Price, Marion and Clay counties' director"). Two reviews attacked these with thousands
# of generated texts; their leaks are in the tests.
# The child-abduction alert ("an Amber Alert was issued" is no Amber); not "Amber alerts me", "Jess and Amber alert
# us", "Amber Alerts mom": lowercase "alert" only after an article or "statewide", never before someone it is done
# to, and "Alerts" only where no object can follow.
_AMBER_ALERT = (
    r"(?:(?i:an|the|a|another|statewide|new|issued|cancell?ed)[ \t]+(?i:amber[ \t-]+alerts?)"
    r"|(?<!and )(?<!& )(?<!said )(?<!says )"
    r"(?:Amber[ \t-]+Alert|AMBER[ \t-]+ALERT|(?:Amber[ \t-]+Alerts|AMBER[ \t-]+ALERTS)"
    r"(?=[ \t]*(?:[.,;:!?)]|$|(?i:issued|for|in|were|are|have|went|and)\b))))\b"
    r"(?![ \t]+(?i:me|us|him|her|them|you|everyone|everybody|my|our|his|their|people|parents)\b)"
)
# "the grace period", "a 30-day grace period", "grace period ends"; never "Ann and Grace period came early",
# "during Grace period she stays home"
_GRACE_PERIOD = (
    r"(?:(?i:a|the|any|no|within|during|\d+-day|\d+[ \t]+days?)[ \t]+"
    r"(?:grace[ \t]+period|Grace[ \t]+Period|GRACE[ \t]+PERIOD)"
    r"|grace[ \t]+period(?=[ \t]+(?:ends?|ended|expires?|expired|of|for|on)\b))\b"
)
# diseases named after their describers: a surname or given name only before disease, syndrome or palsy
# ("Parkinson's disease", "Bell's palsy"; not "Graves's research project", "Bell's walk-in"); words rarer as names
# as a possessive alone ("Alzheimer's", "Crohn's") or before a word of illness or care ("Alzheimer's Walk"); the
# rare surnames among them only before a clinical word ("Hodgkin lymphoma"; not "Hodgkin walks to school")
_EPONYM = (
    r"(?:Parkinson|Huntington|Addison|Cushing|Bell|Down|Lou[ \t]+Gehrig|Guillain-Barr[eé])(?:['’]s|s)?"
    r"|Graves['’]?"
)
_EPONYM_NOUN = r"(?i:disease|diseases|syndrome|palsy|chorea)"
_CLINICAL_NOUN = (
    r"(?i:disease|diseases|syndrome|lymphoma|phenomenon|symptoms?|diagnosis|treatment|meds|medication|flares?|"
    r"flare[ \t-]ups?)"
)
_DISEASE_NOUN = (
    rf"(?:{_CLINICAL_NOUN}|(?i:patients?|care|clinic|unit|ward|dementia|research|foundation|association|awareness|"
    r"walk|walks|support[ \t]+group))"
)
_DISEASE = (
    rf"(?:{_EPONYM})[ \t]+{_EPONYM_NOUN}(?:[ \t]+{_DISEASE_NOUN})?\b(?!-)"
    rf"|(?:Alzheimer|Crohn|Asperger|Tourette)['’]s(?:[ \t]+{_DISEASE_NOUN}\b(?!-)|(?=[ \t]*(?:[.,;:!?)]|$)))"
    rf"|(?:Alzheimer|Crohn|Asperger)(?:['’]?s)?[ \t]+{_DISEASE_NOUN}\b(?!-)"
    rf"|(?:Hodgkin|Tourette|Raynaud|M[eé]ni[eè]re)(?:['’]?s)?[ \t]+{_CLINICAL_NOUN}\b(?!-)"
)
# dog breeds, each start with its own breed word ("Jack Russell terrier", "German Shepherd"), and a Labrador by a
# coat in small letters ("black Lab"; "Tan Lab meeting" is a professor's)
_DOG_COAT = r"(?:black|yellow|chocolate|golden|fox[ \t]+red|white|brown|tan)[ \t]+"
_DOG_BREED = (
    rf"(?i:{_DOG_COAT})?(?:(?:Labrador|Golden)[ \t]+(?i:retrievers?)|(?:German|Australian)[ \t]+(?i:shepherds?)"
    r"|(?:Jack[ \t]+Russell|Yorkshire|Boston)[ \t]+(?i:terriers?)|Border[ \t]+(?i:collies?)"
    r"|Doberman[ \t]+(?i:pinschers?)|(?:St\.?|Saint)[ \t]+Bernards?|(?:King[ \t]+Charles|Cocker)[ \t]+(?i:spaniels?)"
    r"|Bernese[ \t]+(?i:mountain[ \t]+dogs?)|Great[ \t]+Danes?|Irish[ \t]+(?i:setters?|wolfhounds?)"
    r"|English[ \t]+(?i:bulldogs?|setters?))\b(?!-)"
    rf"|{_DOG_COAT}(?:Labradors?|Labs?)\b(?!-)"
)
# holidays, with a capital "Day" ("Martin Luther King Jr. Day", "Presidents' Day"; not "Cesar Chavez Day 3 of
# trial", "Valentine's day care"); St. Patrick's and Valentine's with a small one too. "Lincoln's Day" is no holiday
# ("Lincoln's Day in Court")
_NOT_HOLIDAY_AFTER = r"(?![ \t]+(?:(?i:care|off|shift|to|trip|camp|job|out|one|two|three)\b|\d))"
_HOLIDAY = (
    r"(?:(?:Martin[ \t]+Luther[ \t]+King(?:,?[ \t]+Jr\.?)?|MLK|Columbus|Presidents['’]?|President['’]s|"
    r"(?:St\.?|Saint)[ \t]+(?:Patrick|Valentine|Stephen|Andrew|George|David)['’]?s|"
    r"Valentine['’]?s|Juneteenth|C[eé]sar[ \t]+Ch[aá]vez|Indigenous[ \t]+Peoples['’]?)[ \t]+Day"
    r"|Washington['’]s[ \t]+Birthday|(?:(?:St\.?|Saint)[ \t]+Patrick|Valentine)['’]?s[ \t]+day)\b"
    + _NOT_HOLIDAY_AFTER
)
# feasts in the words those who keep them greet with ("Eid Mubarak", "Chand Raat Mubarak everyone", "Eid prayer at
# 8", "Feliz Día de los Reyes", "el Día de Fotos"; "Dia" alone is a given name too), and a hotel's room types ("2
# nights, King Room", "Queen Suite")
_FEAST = (
    r"(?:(?:Eid|Ramadan|Ramzan|Chand[ \t]+Raat|Jumm?a|Jummah)[ \t]+Mubarak"
    r"|Eid(?:[ \t]+|[ \t]*-[ \t]*)(?:al|ul)(?:[ \t]+|[ \t]*-[ \t]*)(?:Fitr|Adha)|Eid(?=[ \t]+(?:prayers?|salah|namaz)\b)"
    r"|(?:Feliz[ \t]+)?D[ií]a[ \t]+de[ \t]+(?:(?:los|las|la|el)[ \t]+)?(?:Fotos|Muertos|Reyes|Madres?|Padres?|"
    r"Independencia|San[ \t]+Valent[ií]n|Acci[oó]n[ \t]+de[ \t]+Gracias|Ni[nñ]os|Raza|Candelaria|Trabajo|Tierra))\b"
)
_ROOM_TYPE = (
    r"(?:King|Queen|Double|Twin|Single|Deluxe|Standard|Junior|Executive|Family)(?:[ \t]+(?:Bed|Size|Deluxe|Standard))?"
    r"[ \t]+(?:Rooms?|Suites?|Beds?)\b(?!-)"
)
# books of the Bible after "the" ("the Book of Ruth"; not "the Guest Book of Sherri") and the four gospels; not in
# a text about a keepsake or what someone says ("Please sign the Book of Daniel at the funeral home")
_BIBLE_BOOK = (
    r"(?:(?<=\bthe[ \t])|(?<=\bThe[ \t]))(?:Book[ \t]+of[ \t]+(?:Ruth|Esther|Job|Daniel|Jonah|Judith|Tobit|Micah|"
    r"Amos|Joel|Hosea|Nahum|Malachi|Isaiah|Jeremiah|Ezekiel|Ezra|Nehemiah|Joshua|Judges|Samuel|Kings|Genesis|"
    r"Exodus|Leviticus|Numbers|Deuteronomy|Psalms|Proverbs|Revelation)"
    r"|Gospel[ \t]+of[ \t]+(?:Matthew|Mark|Luke|John|Thomas))\b"
)
_KEEPSAKE = re.compile(
    r"(?i:\b(?:sign(?:ed|ing)?|guest|memorial|memory|funeral|obituary|condolences?|baby|made|finished|"
    r"according[ \t]+to|here'?s|podcast)\b)|Gospel[ \t]+of[ \t]+\w+[ \t]*(?::|says\b|said\b)"
)
# counties listed after "for", "in", "across" … one word each or a county's own prefix ("for Warren, Marion and
# St. Clair counties"; not "Thanks to Jim Hall and Lee counties' crews", "Kevin Price, Marion and Clay counties'"),
# and not after words said of a person ("Prayers for Thomas, Clay and Warren counties deputies are searching")
_COUNTY = (
    r"(?:St\.[ \t]+|(?:Van[ \t]+(?:Buren|Zandt|Wert)|De[ \t]+(?:Kalb|Soto|Witt|Baca)"
    r"|La[ \t]+(?:Salle|Porte|Paz|Plata|Crosse)|Le[ \t]+(?:Sueur|Flore)|El[ \t]+(?:Paso|Dorado)|Du[ \t]+Page"
    r"|San[ \t]+[A-Z][a-z]+|Santa[ \t]+[A-Z][a-z]+|Los[ \t]+Alamos|Palm[ \t]+Beach|New[ \t]+[A-Z][a-z]+)(?![\w'’])|)"
    r"[A-Z][a-z]*"
)
_COUNTIES = rf"(?:{_COUNTY},[ \t]+)*{_COUNTY},?[ \t]+(?:and|&)[ \t]+{_COUNTY}[ \t]+(?i:counties|parishes)\b"
_COUNTY_LIST = (
    rf"(?:(?<=\bfor )|(?<=\bof )|(?<=\bin )){_COUNTIES}|(?:across|throughout|covering)[ \t]+{_COUNTIES}"
)
_PERSON_CUE = re.compile(
    r"(?i:\b(?:pray(?:ers?|ing)?|search(?:ing)?|looking|reward|vigil|thanks?|family|mother|father|friends?|missing|"
    r"found|justice|funeral|including|of)\b)[^.!?\n]{0,25}$"
)
_COMMON_TERMS = re.compile(
    rf"(?<![\w'’-])(?:{_AMBER_ALERT}|{_GRACE_PERIOD}|{_DISEASE}|{_DOG_BREED}|{_HOLIDAY}|{_FEAST}|{_ROOM_TYPE}"
    rf"|(?P<book>{_BIBLE_BOOK}))"
    rf"|(?P<counties>{_COUNTY_LIST})"
)
# a verb said of someone after the term makes it a name ("Columbus Day called in", "Saint Bernard texted me")
_PERSON_VERB_AFTER = re.compile(
    r"[ \t]+(?:(?:was|got|has[ \t]+been)[ \t]+(?:arrested|sworn|charged|booked|released)|said|says|texted|called|"
    r"testified|told|admitted|stated|fled|came[ \t]+by|worked|works|replied|wrote|posted)\b"
)
_LETTERS = re.compile(r"[A-Za-z]+")


# "Dear Parents,", "Hi Neighbors!", "Dear Residents:": a greeting to a group, a plural noun no name table holds (not
# "Hi Williams,", "Dear Rivers")
_GREETED_GROUP = re.compile(
    r"(?i:(?<![\w'])(?:hi|hey|hello|dear|attn|attention|good[ \t]+morning|morning|welcome))(?:[ \t]*,)?[ \t]+"
    r"(?P<group>[A-Z][a-z]+s)(?=[ \t]*(?:[,!.:;]|$))",
    re.MULTILINE,
)


# a pet by its name: "lab mix named Biscuit", "a tabby called Pumpkin", "our cat Olive" (after a possessive only:
# "the dog Jane was walking" may be the dog that Jane walked; "my dog walker Jane" is a person)
_ANIMAL = (
    r"(?:dog|doggo|pup|puppy|cat|kitten|kitty|horse|pony|mare|gelding|bunny|rabbit|hamster|gerbil|parrot|parakeet|"
    r"budgie|bird|tortoise|turtle|gecko|iguana|snake|ferret|goldfish|retriever|labrador|shepherd|terrier|beagle|"
    r"poodle|husky|pitbull|pittie|chihuahua|dachshund|corgi|doodle|tabby|calico|mix)"
)
_PET_CUE = re.compile(
    rf"\b{_ANIMAL}[ \t]+(?:named|called)\b|\b(?:my|our|his|her|their|your)[ \t]+(?:(?:new|old|little|baby)[ \t]+)?"
    rf"{_ANIMAL}[ \t]"
)
_PET = re.compile(
    rf"(?i:\b{_ANIMAL}[ \t]+(?:named|called))[ \t]+(?P<named>{_NAME})(?![\w'’-])"
    rf"|(?i:\b(?:my|our|his|her|their|your)[ \t]+(?:new[ \t]+|old[ \t]+|little[ \t]+|baby[ \t]+)?{_ANIMAL})[ \t]+"
    rf"(?P<owned>{_NAME})(?![\w'’-])"
)


# a day named for what happens on it: "Picture Day", "Spirit Day", "Crazy Hair Day" (dictionary words no name table
# holds: "Doris Day", "Jesse Day" are people)
_EVENT_DAY = re.compile(r"(?<![\w'’-])(?P<words>(?:[A-Z][a-z]+[ \t]+){1,3})Day\b")


def _group_word(word: str, lexicon: Lexicon) -> bool:
    """A plural of a dictionary word that no name table holds ("Parents", "Families", "Coaches"), or a word for a
    group that is a surname too ("Neighbors", "Folks")."""
    if word.lower() in _GROUP_SURNAMES:
        return True
    singulars = [word[:-3] + "y"] if word.endswith("ies") else [word[:-1], word[:-2]]
    return lexicon.dictionary_only([word]) and any(lexicon.known(w) for w in singulars)


_GROUP_SURNAMES = frozenset({"neighbors", "folks"})


def _common_terms(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The spans of the terms above that hold no person here: not where someone is addressed or asked just before
    ("tell Grace period pain is bad"), nor where one of their name words is said elsewhere in the text outside every
    term ("Attendees: Adam, Amber. An Amber Alert was issued.": both are redacted then; "walk-ins" and "all day"
    name no one)."""
    terms = [
        m
        for m in _COMMON_TERMS.finditer(text)
        if not _addressed_before(text, m.start())
        and not _ASKED.search(text, max(0, m.start() - 30), m.start())
        and not _PERSON_VERB_AFTER.match(text, m.end())
        and not (m.group("book") and _KEEPSAKE.search(text))
        and not (m.group("counties") and _PERSON_CUE.search(text, max(0, m.start() - 40), m.start()))
    ]
    if not terms:
        return []
    inside = Spans(m.span() for m in terms)
    # said as a name: in capitals, or in small letters where it is no English word ("all day" says no Day)
    said = {
        w.group().lower()
        for w in _LETTERS.finditer(text)
        if not inside.overlaps(w.start(), w.end())
        and (w.group()[0].isupper() or not lexicon.known(w.group()))
    }
    return [
        m.span()
        for m in terms
        if not any(w.lower() in said and lexicon.name_word(w) for w in _LETTERS.findall(m.group()))
    ]


_SURNAME_NEXT = re.compile(r"\.?[ \t]+(?P<word>[A-Z][a-z]+)\b")


def _surname_next(text: str, end: int, lexicon: Lexicon) -> bool:
    m = _SURNAME_NEXT.match(text, end)
    return m is not None and lexicon.surname(m.group("word"))


def _legal_form(m: re.Match[str], text: str) -> bool:
    words = m.group("name").split()
    if m.group("org") in _CHARITY_FORMS:
        before = _WORD_BEFORE.search(text, max(0, m.start() - 6), m.start())
        return len(words) == 1 and before is not None and before.group("word") in ("the", "The")
    return (m.group("org") in _LEGAL_FORMS and len(words) == 1) or (
        len(words) == 2 and words[1] in _LEGAL_FORMS
    )


# Establishments named with a name: the words before a word for a business, a house of worship or a public
# institution name it, not a person ("Hilton Garden Inn", "Lincoln Park Animal Shelter", "Grace Community Church",
# "Al-Amir Halal Market", "injera from Queen of Sheba Restaurant"). A veto drops every name inside its match, so
# the reading "thanks Jessica Hotel is booked" (a name, then a new clause) must stay open: the word right before the
# establishment word is no common given name, unless a place word ("at", "from", "the" …) comes before the name and
# no finite verb after it; never after a greeting, title or relation. Heads that are common surnames too
# ("Church", "Chapel", "Parish", "Temple", "Grill", "Kitchen", "Hall", "Garden", "Field") only after an English
# word that is no given name ("Community Church", "Fellowship Hall", "Madison Square Garden", "Soldier Field"; not
# "Tom Church", "Summer Hall", "Sally Field"). A possessive names the owner ("Wilhelm's Bakery") and stays a person.
_ESTABLISHMENT_HEADS = (
    "Restaurant|Restaurante|Cafe|Cafeteria|Diner|Bistro|Steakhouse|Bakery|Panaderia|Pasteleria|Patisserie|"
    "Creamery|Market|Supermarket|Deli|Pizzeria|Taqueria|Cantina|Tavern|Pub|Brewery|Winery|Lounge|Inn|Hotel|Motel|"
    "Suites|Resort|Casino|Cathedral|Mosque|Masjid|Synagogue|Tabernacle|Ministries|Shelter|Zoo|Aquarium|Museum|"
    "Library|Stadium|Theater|Theatre|Cinema|Cinemas|Mall|Salon|Barbershop|Pharmacy|Clinic|Hospital|Academy|"
    "Preschool|Daycare|Boutique|Pantry|Laundromat|Dealership|Emporium|Bazaar|Florist|Jewelers|Arena|Coliseum|"
    "Superdome|Ballpark|Amphitheater|Amphitheatre"
)
_SURNAME_HEADS = "Church|Chapel|Parish|Temple|Grill|Kitchen|Hall|Garden|Field"
_ESTABLISHMENT = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME}(?:[ \t]+(?:(?:of|de|del|la|el|al)[ \t]+)?{_NAME}){{0,3}})[ \t]+"
    rf"(?:(?P<head>{_ESTABLISHMENT_HEADS})|(?P<surname_head>{_SURNAME_HEADS}))(?![\w'’-])"
)
_PLACE_BEFORE = re.compile(r"(?i:\b(?:at|from|of|in|to|near|inside|outside|by|the|@))[ \t]+$")


# "charged $8.41 at Uber Eats", "bring Doritos", "Thanks for contacting Wayfair!": a brand of UNKNOWN_BRANDS,
# alone or before dictionary words that are no common given name ("Uber Eats", "Cash App"), cue or not
_BRAND_RUN = re.compile(
    r"(?<![\w'’@#.-])(?P<first>[A-Z][\w-]*(?:['’]s)?)(?P<rest>(?:[ \t]+[A-Z][a-z]+)*)(?![\w'’-])"
)
_BRAND_KEY = re.compile(r"['’]s$|[^a-z]")


def _unknown_brands(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    out = []
    for m in _BRAND_RUN.finditer(text):
        first = m.group("first")
        # a brand the tables hold as a name too ("Kroger", "Dunkin") may be someone's: left to the other rules
        if _BRAND_KEY.sub("", first.lower()) not in UNKNOWN_BRANDS or lexicon.name_word(first):
            continue
        end = m.end("first")
        for w in _WORD.finditer(m.group("rest")):
            if not lexicon.known(w.group()) or lexicon.given_name(w.group(), common=True):
                break
            end = m.start("rest") + w.end()
        out.append((m.start(), end))
    return out


# Chains named with a possessive, where what follows is their trade ("Wendy's closes at 9", "Wendy's BOGO on
# Sunday", "Your Wendy's order #359…"); "Claire's bday", "McDonald's dog bit me", "Wendy's order came wrong, she is
# mad", "Wendy's location is unknown" stay someone's
_CHAIN_TRADE = re.compile(
    r"(?<![\w'’-])(?:(?:Wendy|McDonald|Denny|Arby|Applebee|Chili|Hardee|Culver|Dillard|Kohl|Macy|Lowe|"
    r"Claire|Zaxby|Carrabba|Bojangle|Freddy|Papa[ \t]+John|Jimmy[ \t]+John|Jersey[ \t]+Mike|Raising[ \t]+Cane)['’]?s)"
    r"(?=[ \t]+(?i:coupons?|bogo|drive[ \t-]?thru|menu|frosty|fries|burgers?|nuggets|closes|opens|"
    r"is[ \t]+(?:open|closed)|near[ \t]+me)\b)"
)
_CHAIN_ORDER = re.compile(
    r"(?<![\w'’-])(?:Wendy|McDonald|Arby|Applebee|Chili|Zaxby)['’]?s(?=[ \t]+(?i:orders?)\b)"
)
_ORDER_DETERMINER = re.compile(r"(?<![\w'’-])(?:[Yy]our|[Aa]|[Mm]y|[Oo]ur)[ \t]+$")
# Restaurant and store chains whose names are a given name, a surname or a place before an English word, which the
# model calls people or places ("brunch at Golden Corral", "Olive Garden #7109"); whole names only
_CHAIN_NAMES = (
    "Golden Corral|Olive Garden|Red Lobster|Cracker Barrel|Panda Express|Texas Roadhouse|Waffle House|"
    "Buffalo Wild Wings|Outback Steakhouse|Taco Bell|Pizza Hut|Burger King|Dairy Queen|Little Caesars|Five Guys|"
    "Shake Shack|Jack in the Box|Dollar General|Dollar Tree|Family Dollar|Best Buy|Home Depot|Whole Foods|"
    "Food Lion|Harris Teeter|Giant Eagle|Piggly Wiggly|Circle K|Planet Fitness|Cheesecake Factory|Red Robin|"
    "Cold Stone|Bass Pro|Tractor Supply|Bed Bath|Barnes & Noble|Foot Locker|Old Navy|Banana Republic|"
    "Victoria's Secret|Ross Dress for Less|Stop & Shop"
)
_CHAINS = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(_brand_alternative(n) for n in _CHAIN_NAMES.split("|")) + r")(?![\w'’-])"
)
# a notice's label in Spanish opening a line ("Recordatorio: la clínica …", "Aviso:"), written as the rules read it
# (without accents); none that the tables hold as a name ("Nota", "Cita", "Tarea")
_SPANISH_LABEL = re.compile(
    r"(?m)^[ \t]*(?P<label>(?i:recordatorio|aviso|importante|atencion|anuncio|horario|fecha|hora|lugar|precio|"
    r"pedido|direccion|telefono|correo|mensaje|pregunta|respuesta|urgente|oferta|promocion|ingredientes|"
    r"instrucciones|asunto|referencia|observaciones|comentarios|motivo|estado|resumen|detalles|evento|"
    r"actualizacion|alerta|advertencia|novedades|noticias|reunion|pendiente|ubicacion|entrega|envio|factura|pago|"
    r"requisitos))[ \t]*:"
)


def _establishments(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    out = []
    for m in _ESTABLISHMENT.finditer(text):
        last = _WORD.findall(m.group("name"))[-1]
        if last.endswith(("'s", "’s")):  # "Wilhelm's Bakery" names its owner
            continue
        if m.group("surname_head"):
            # "- Nurse Hall", "Coach Field": a role before a surname
            if (
                not lexicon.known(last)
                or lexicon.given_name(last, surnames=False)
                or _role_words([last], lexicon)
                or _role_noun(last, lexicon)
            ):
                continue
        elif lexicon.given_name(last, common=True) and (
            not _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start())
            or _verb_next(text, m.end(), lexicon)
        ):
            continue
        # "Hi Maria Lopez Clinic …", "Dr Maria Lopez Clinic": the pattern takes the greeting or title in too
        if any(_addressed_before(text, w.start()) for w in _WORD.finditer(text, m.start(), m.end())):
            continue
        out.append(m.span())
    return out


def _addressed_before(text: str, start: int) -> bool:
    """A title, relation or greeting right before ``start``: what follows is someone addressed or described."""
    lo = max(0, start - 30)
    return bool(_ROLE_BEFORE.search(text, lo, start) or _GREETED.search(text, lo, start))


def not_people(text: str, lexicon: Lexicon) -> Spans:
    """Spans of ``text`` that hold names but no person: firms, organisations, establishments and brands named
    after people or with names, and "Hope" as a verb (see the patterns above). Nothing without the name tables."""
    if not lexicon.has_names:
        return Spans()
    out: list[tuple[int, int]] = []
    for m in _FIRM_LIST.finditer(text):
        a, b, c = m.group("a", "b", "c")
        if (
            all(lexicon.surname(w) for w in (a, b, c))
            and sum(not lexicon.given_name(w, surnames=False) for w in (a, b, c)) >= 2
            and _trade(text, m.start(), m.end())
        ):
            out.append(m.span())
    out += [m.span() for m in _FIRM_FAMILY.finditer(text)]
    for m in _FIRM_PAIR.finditer(text):
        a, b = m.group("a", "b")
        if (
            lexicon.surname(a)
            and lexicon.surname(b)
            and not _given_before(text, m.start(), lexicon)
            and _trade(text, m.start(), m.end())
        ):
            out.append(m.span())
    # not after a given name ("Message from Andrea Support", "Hey Kim Group chat"): the person may be addressed; a
    # legal form after one name word names a company even so ("Franklin Ltd", "Owen Ltd Support"; not "Cassie
    # Herrera LLC", which names her, nor "Hi Barbara Corp sent it")
    out += [
        m.span()
        for m in _ORG_TAIL.finditer(text)
        if not any(lexicon.given_name(w, surnames=False) and "-" not in w for w in m.group("name").split())
        or (
            _legal_form(m, text)
            and not _addressed_before(text, m.start())
            and not _verb_next(text, m.end(), lexicon)  # "Lisa LLC reported the incident"
            and not _surname_next(text, m.end(), lexicon)  # "Donna Corp. Moore reported for duty": a rank
        )
    ]
    out += [m.span() for m in _DAY_RANGE.finditer(text)]
    out += [m.span() for m in _WISH.finditer(text) if _sentence_opening(text, m.start())]
    out += [m.span("verb") for m in _DOCUMENT_LABEL.finditer(text)]
    out += [m.span("name") for m in _EXAMPLE_NAME.finditer(text)]
    out += [m.span("thing") for m in _MEASURED.finditer(text)]
    out += _common_terms(text, lexicon)
    out += [m.span() for m in _GREETED_GROUP.finditer(text) if _group_word(m.group("group"), lexicon)]
    out += [
        m.span() for m in _EVENT_DAY.finditer(text) if lexicon.dictionary_only(_name_words(m.group("words")))
    ]
    # searched in small letters first: a case-blind search of the animals costs five times more
    if _PET_CUE.search(text.lower()):
        out += [m.span(m.lastgroup or 0) for m in _PET.finditer(text)]
    out += _establishments(text, lexicon)
    out += _unknown_brands(text, lexicon)
    out += [m.span() for m in _CHAIN_TRADE.finditer(text)]
    out += [
        m.span()
        for m in _CHAIN_ORDER.finditer(text)
        if _ORDER_DETERMINER.search(text, max(0, m.start() - 6), m.start())
    ]
    out += [m.span() for m in _CHAINS.finditer(text) if not _addressed_before(text, m.start())]
    out += [m.span("label") for m in _SPANISH_LABEL.finditer(text)]
    if "jack" in text:
        out += [m.span() for m in _JACK_UP.finditer(text)]
    if "came" in text or "comes" in text:
        out += [m.span() for m in _TOTAL_CAME.finditer(text)]
    out += [
        (a, b)
        for a, b in _led_to(text, _DRIVE, _CAMPAIGN)
        if not _STREET_BEFORE.search(text, max(0, a - 8), a)
    ]
    out += _led_to(text, _NAME_WORD, _NAME_LABEL)
    out += [m.span() for m in _RECORD_LABEL.finditer(text)]
    out += [m.span() for m in _SHIPMENT_EVENT.finditer(text)]
    # the model's span often takes the article in ("at the Hilton Garden Inn" → "the Hilton Garden Inn"): a veto
    # that covered only the name would leave that detection standing
    return Spans(
        (a - len(t.group()) if (t := _ARTICLE_BEFORE.search(text, max(0, a - 8), a)) else a, b)
        for a, b in out
    )


# "bill came to $1,670.19", "the tab comes to $40": what comes to an amount is a total, not a person (the model reads
# "bill came" as one; "Sarah came to 3 games" has no amount); "jack up the tip": the verb, in small letters
_TOTAL_CAME = re.compile(
    r"(?<![\w'’-])[A-Za-z]+[ \t]+(?:came|comes)(?=[ \t]+(?:out[ \t]+)?to[ \t]+(?:(?:about|around|like|almost|over|"
    r"under|just)[ \t]+)?(?:[$€£][ \t]*\d|\d[\d,]*\.\d\d\b|\d+[ \t]*(?:dollars|bucks|usd|USD)\b))"
)
_JACK_UP = re.compile(
    r"(?<![\w'’-])jack(?=[ \t]+up[ \t]+(?:the|a|an|my|your|our|his|her|their|its|that|this|prices?|rents?|tips?|"
    r"fees?|rates?|volume|heat)\b)"
)
# "Harvest Food Drive", "Annual Toy Drive": a collection, not a street ("on Toy Drive" may be one; with its number
# it is an address, another recognizer's)
_DRIVE = re.compile(r"Drive(?![\w'’-])")
_CAMPAIGN = re.compile(
    r"(?<![\w'’-])(?:[A-Z][a-z]+[ \t]+){0,2}(?:Food|Toy|Blood|Coat|Book|Clothing|Clothes|Donation|Supply|Supplies|"
    r"Diaper|Fund|Fundraising|Registration|Membership|Sock|Shoe|Backpack|Pantry)[ \t]+$"
)
_STREET_BEFORE = re.compile(r"(?i:\b(?:on|off|onto|along|down|up)[ \t]+)$")
# a form's label for a name, not a name: "Full name", "First Name:", "Legal name" (the name after it stays one)
_NAME_WORD = re.compile(r"(?:[Nn]ame|NAME)(?:s|S)?(?![\w'’-])")
_NAME_LABEL = re.compile(
    r"(?<![\w'’-])(?:Full|First|Last|Middle|Given|Family|Legal|Display|Preferred|Maiden|FULL|FIRST|LAST|MIDDLE|"
    r"LEGAL)[ \t]+$"
)

# a record's abbreviated label before its number: "Auth 837261" on a receipt, "Att: 8,412" in a box score (not
# "Attn: John Smith": no number follows)
_RECORD_LABEL = re.compile(
    r"(?<![\w'’-])(?:Auth|AUTH|Att|ATT|Attn|ATTN|Ref|REF|Conf|CONF|Acct|ACCT|Txn|TXN|Appt|APPT|Qty|QTY|Inv|INV)\.?"
    r"(?=[ \t]*[:#][ \t]*[A-Z0-9-]*\d|[ \t]+[A-Z0-9-]*\d)"
)

# a carrier's tracking events: "Label created, shipper notified", "Departed facility", "Arrived at hub"
_SHIPMENT_EVENT = re.compile(
    r"(?<![\w'’-])(?:(?:Shipping[ \t]+)?Label(?=[ \t]+(?:created|printed|generated)\b)|Departed(?=[ \t]+(?:facility|from|hub)\b)"
    r"|Arrived(?=[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?(?:facility|hub|sort|destination|post|carrier)\b))"
)


def _led_to(
    text: str, word: re.Pattern[str], lead: re.Pattern[str], width: int = 40
) -> list[tuple[int, int]]:
    """Each match of ``word`` with what ``lead`` (a pattern ending in ``$``) finds just before it, as one span; none
    where ``lead`` finds nothing. A pattern that opens with a literal word is searched fast; one that opens with a
    capitalised word is tried at every capital, so the word comes first."""
    out = []
    for m in word.finditer(text):
        if (b := lead.search(text, max(0, m.start() - width), m.start())) is not None:
            out.append((b.start(), m.end()))
    return out


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:the|The|THE)[ \t]+$")


# "2 tbsp Worcestershire", "1 can San Marzano tomatoes", "1/2 cup Jack Daniel's", "a pinch of Old Bay": what a
# measure counts is a thing, not a person ("gave 2 cups to Jane Smith" keeps its cue word between them)
_MEASURED = re.compile(
    r"(?i:(?<![\w.])(?:\d+(?:[./]\d+)?|\d*[½¼¾⅓⅔]|a|an|one|two|three|half[ \t]+a)[ \t]*"
    r"(?:tbsp|tsp|tbs|tablespoons?|teaspoons?|cups?|cans?|jars?|bottles?|lbs?|pounds?|oz|ounces?|g|kg|ml|pinch|"
    r"dash|splash|glass|bags?|box|boxes|packs?|packets?|sticks?|slices?|cloves?|bunch|shots?|pints?|quarts?|"
    r"gallons?)\.?(?:[ \t]+of)?|(?<![\w.])(?:pinch|dash|splash)[ \t]+of)[ \t]+"
    r"(?P<thing>(?:(?:Mrs|Mr|Dr|Ms|St)\.?[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+)*[A-Z][\w'’-]*)"
)


def brand_spans(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """The brands of ``_BRAND_NAMES`` in ``text`` that name no person where they stand. A brand that opens with a
    given name ("Kenneth Cole", "Sara Lee", "Michael Kors"), holds only names ("Little Debbie") or opens with a title
    ("Dr Pepper", "Aunt Jemima") is someone's name as often: only as a thing, after an article or a number ("a Sam
    Adams", "2 x Sara Lee") or before a noun ("Sara Lee cheesecake"); not "Kenneth Cole has the receipts", nor in a
    list ("- Sara Lee" may be a guest), nor before "Jr.". Where the text names other brands of the list too ("Little
    Caesars, Papa John's or Jersey Mike's?", a product export's brand column), each is a brand unless a verb
    follows it."""
    out = []
    found = list(_BRAND.finditer(text))
    several = len({_BRAND_KEY.sub("", m.group().lower()) for m in found}) >= 2
    for m in found:
        if (
            _addressed_before(text, m.start())
            or _PERSONS_AFTER.match(text, m.end())
            or _sentient_after(text, m.end())  # "Dr. Pepper said the results are in"
            or _SUFFIX_AFTER.match(text, m.end())  # "Michael Kors Jr. lives next door"
        ):
            continue
        # "bring Doritos and Dr Pepper", "- Dr Pepper"; not "Doc Martens stitched him up", "ask Dr Pepper", "my
        # dentist Dr Pepper"
        if _UNDOTTED_TITLE_BRAND.fullmatch(m.group()):
            if _addressee_or_role_before(text, m.start(), lexicon):
                continue
            if not _verb_next(text, m.end(), lexicon):
                out.append(m.span())
                continue
        if (
            _named_like_someone(m.group(), lexicon)
            and not _THING_BEFORE.search(text, max(0, m.start() - 30), m.start())
            and not (
                (several or _attributive(text, m.end(), lexicon)) and not _verb_next(text, m.end(), lexicon)
            )
        ):
            continue
        out.append(m.span())
    return out


def _named_like_someone(brand: str, lexicon: Lexicon) -> bool:
    """A brand that opens with a title or a given name, or holds only names ("Little Debbie"); not two names joined
    ("Ben & Jerry's", "ben n jerrys")."""
    if _TITLE_LED.match(brand):
        return True
    words = _WORD.findall(brand)
    return (
        lexicon.has_names
        and (lexicon.given_name(words[0]) or all(lexicon.name_word(w) for w in words))
        and not _BRAND_JOIN.search(brand)
    )


_BRAND_JOIN = re.compile(r"[ \t](?:&|and|n)[ \t]", re.IGNORECASE)
# brands led by a title that their makers write without its dot: "Dr Pepper" alone is the drink ("Dr. Pepper", "Dr
# Pepper said …", "my uncle Dr Pepper", "ask Dr Pepper", "Doc Martens stitched him up" are people)
_UNDOTTED_TITLE_BRAND = re.compile(
    r"(?:Dr[ \t]+(?:Pepper|Martens|Scholl['’]?s)|Doc[ \t]+Martens|Mr[ \t]+(?:Clean|Coffee))"
)


def _addressee_or_role_before(text: str, start: int, lexicon: Lexicon) -> bool:
    """A verb only a person is the object of ("ask", "text", see _ADDRESS_VERBS) or a word for a role ("dentist",
    "coach") right before ``start``."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and (
        m.group("word").lower() in _ADDRESS_VERBS or _role_noun(m.group("word"), lexicon)
    )


_SUFFIX_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:Jr|Sr|II|III|IV)\b")


def _verb_next(text: str, end: int, lexicon: Lexicon) -> bool:
    """The next word is a finite verb ("Sam Adams stole my bike": "stole" is a noun too)."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and lexicon.finite_verb(m.group("word"))


_TITLE_LED = re.compile(rf"(?i:{_TITLE}|captain|chef|doc)\b")
_THING_BEFORE = re.compile(r"(?:(?i:\b(?:a|an|some|x|more|extra))|\d|×)[ \t]*$")


def branded(text: str, start: int, end: int, brands: list[tuple[int, int]], lexicon: Lexicon) -> bool:
    """A name found at ``start:end`` is a brand's (or part of one): it shares a brand's words and what it holds
    beyond them is no name of the tables ("Dr Pepper Zero Sugar"; not "Sara Lee Johnson")."""
    inside = [(max(a, start), min(b, end)) for a, b in brands if a < end and start < b]
    if not inside:
        return False
    rest = text[start:end]
    for a, b in sorted(inside, reverse=True):
        rest = rest[: a - start] + " " + rest[b - start :]
    return not any(lexicon.name_word(w) for w in _WORD.findall(rest))


# Where a business stands in trade: what is ordered, shipped or billed "from" or "by" it ("Your order A44906 from
# Hardin, Thomas and White", "shipped by …"), after a merchant's label ("Bill from:", "shipper:", "POS"), as the sender
# of a message about a purchase ("Mccarthy, Montgomery and Fleming: A purchase of …"), or before a firm's suffix.
# Not the word "paid", "order" or "statement" anywhere near ("I paid Johnson, Hamilton and Jones back", "Protective
# order filed against …", "Officers … took my statement"), nor a request "from" someone ("Venmo request from …").
_TRADE_BEFORE = re.compile(
    r"(?:(?i:\b(?:orders?|ordered|shipments?|packages?|parcels?|invoices?|bills?|purchases?|refunds?|delivery|"
    r"deliveries)\b)[^.!?\n]{0,30}?(?i:\b(?:from|by))"
    r"|(?i:\b(?:bill(?:ed)?|ship(?:ped)?|sold|remit|vendor|merchant|shipper|payee|supplier|seller|sender)\b)"
    r"(?:[ \t]+(?i:to|from|by))?[ \t]*:"
    r"|\b(?:POS|ACH|DEBIT|PURCHASE))[ \t]*$"
)
_TRADE_AFTER = re.compile(
    r"[ \t]*:[ \t]*(?i:(?:a|an|your)[ \t]+)?(?i:purchase|order|payment|charge|refund|statement|transaction|invoice)\b"
    r"|[ \t]*,?[ \t]+(?:LLP|LLC|Inc|P\.?C\.|(?i:law[ \t]+firm|attorneys[ \t]+at[ \t]+law))\b"
)


# "Officers Nguyen, Hernandez and Curtis", "my neighbor Martin-Watson": a title or relation makes them people
_ROLE_BEFORE = re.compile(rf"(?i:\b(?:{_TITLE}|{_RELATION}|deputy|deputies|judge|ofc))s?\.?[ \t]*,?[ \t]*$")


def _given_before(text: str, start: int, lexicon: Lexicon) -> bool:
    """A given name stands before ``start`` ("Kevin Harris-Franklin"; a title is a role, see _ROLE_BEFORE)."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and lexicon.given_name(m.group("word"))


def _trade(text: str, start: int, end: int) -> bool:
    """The names stand where a business does (see _TRADE_BEFORE and _TRADE_AFTER), with no title or relation
    before them (see _ROLE_BEFORE)."""
    a, _ = _start_before(text, start)
    return (
        _TRADE_BEFORE.search(text, max(a, start - 60), start) is not None
        or _TRADE_AFTER.match(text, end) is not None
    ) and _ROLE_BEFORE.search(text, max(0, start - 30), start) is None


def _sentence_opening(text: str, start: int) -> bool:
    """Nothing but a sentence or clause boundary (or "and") comes before ``start`` on its line."""
    a, _ = _start_before(text, start)
    before = text[a:start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?,;-–—•" or before.endswith((" and", "&"))


# Both recognizers ask about each model span of a text, one after the other: a small cache (it holds at most 128
# texts, in practice the one being analysed).
@functools.lru_cache(maxsize=128)
def ner_vetoed(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """A model PERSON in title-case text with no cue that it is a person: part of a heading line that it does not
    fill ("Background App Refresh Disabled"), a phrase of dictionary words led by a modifier heading a line or
    following a title-case label ("Flash Sale!", "Update Available: … adds Dark Mode"), a product-shaped phrase
    the name tables do not support ("Crossbody Bag, Vintage Leather"), or words of a title-case line that are not
    all possible name words ("Margherita Pizza, Caesar Salad", "Varsity Soccer vs. Riverside Hawks"). A name led by a
    common given name that is no English word, in mixed case inside text in capitals, is never suspect (see
    :func:`shouted`)."""
    words = _name_words(text[start:end])
    if (
        words
        and (_plain_given(words[0], lexicon) or _name_shaped(words, lexicon))
        and shouted(text, start, end)
    ):
        return False
    suspect = (
        (heading_line(text, start, end) and not _whole_segment(text, start, end))
        or (title_line(text, start, end) and _runs_on(text, end, lexicon))
        or (
            title_line(text, start, end)
            and (not lexicon.names_only(words, common=True) or _noun_compound(words, lexicon))
        )
        or (
            lexicon.phrase_like(words)
            and (_header_position(text, start) or _labelled_line(text, start))
            # "• Randy Curry (…)": a given name and surname filling a list item or field is no heading phrase
            and not (lexicon.full_name(words) and _whole_segment(text, start, end))
        )
        or _unsupported_phrase(text, start, end, lexicon)
        # "Emergency Contact Added": verb forms no name table supports
        or _participles(words, lexicon)
        # "Drop your theories below": a verb opening a sentence, before its object
        or _imperative(text, start, end, lexicon)
        # "Roommate wanted!", "Babysitter wanted", "grandma says hi": words that name a role, not a person
        or _role_words(words, lexicon)
        # "Story Highlights: Summer": a label ending in a dictionary word that is no name
        or _label_phrase(text, start, end, lexicon)
        # "then tap Save Changes": a control of a screen, dictionary words none of which is a given name
        or (
            _CONTROL_BEFORE.search(text, _start_before(text, start)[0], start) is not None
            and lexicon.dictionary_only(words)
        )
        # "use Granny Smith apples": dictionary words before a noun, not led by a given name ("Ye-jin Park
        # apartment" and "Oluwaseun Adeyemi paperwork" are names the dictionary does not hold)
        or (
            _attributive(text, end, lexicon)
            and bool(words)
            and all(lexicon.known(w) for w in words)
            and not lexicon.given_name(words[0], common=True)
        )
    )
    # "coffee by Sparrow Lane Roasters": a business, not led by a given name, ends in a plural noun no name table
    # holds, cue or not
    business = _plural_head(words, lexicon) and not lexicon.given_name(words[0])
    # "vin lakay Grann", "Kouzen": a word for a relation in another language, cue or not
    kin = bool(words) and all(lexicon.kin_word(w) for w in words)
    # "• Bill Splitting moved to the Wallet tab": a verb and its object as a list item or in a title-case line
    command = _verb_phrase(words, lexicon) and (_bulleted(text, start) or title_line(text, start, end))
    # "Don't forget to Mark Attendance": the same after the infinitive's "to" (which is itself the only cue)
    infinitive = _verb_phrase(words, lexicon) and _INFINITIVE_BEFORE.search(text, max(0, start - 20), start)
    return (
        business or kin or bool(infinitive) or ((suspect or command) and not cued(text, start, end, lexicon))
    )


_ABSTRACT_NOUN = re.compile(r"(?:ance|ence|ing|ings|tion|tions|sion|ment|ments|ness|ity|ship|ware|ics)$")


_INFINITIVE_BEFORE = re.compile(
    r"(?i:\b(?:forget|remember|need|needs|want|wants|have|has|how|time|sure|able|going|please|reminder))[ \t]+to[ \t]+$"
)
_BULLET_BEFORE = re.compile(r"(?m)^[ \t]*(?:[-*•▪◦]|\d{1,2}[.)])[ \t]+$")


def _bulleted(text: str, start: int) -> bool:
    """The span opens a list item ("• Bill Splitting moved …")."""
    return _BULLET_BEFORE.search(text, _start_before(text, start)[0], start) is not None


def _verb_phrase(words: list[str], lexicon: Lexicon) -> bool:
    """Dictionary words led by a verb and closed by an abstract noun no name table holds ("Mark Attendance", "Bill
    Splitting", "Grant Permissions"): a command or a feature, not a given name and surname ("Mark Twain" stays a
    name: "twain" is no abstract noun)."""
    return (
        len(words) >= 2
        and lexicon.has_names
        and lexicon.verb_form(words[0].lower())
        and all(lexicon.known(w) for w in words)
        and _ABSTRACT_NOUN.search(words[-1]) is not None
        and not lexicon.supported(words[1:])  # no surname closes it, not even a rare one ("Jack Ding")
    )


def _plural_head(words: list[str], lexicon: Lexicon) -> bool:
    """Two or more words ending in a plural noun that is no given name or surname ("Sparrow Lane Roasters")."""
    last = words[-1] if len(words) >= 2 else ""
    return (
        last.endswith("s")
        and lexicon.has_names
        and lexicon.known(words[0])
        and not lexicon.supported([last])
        and lexicon.noun_only(last.lower())
        and lexicon.noun_only(last.lower()[:-1])
    )


_CONTROL_BEFORE = re.compile(r"(?i:\b(?:tap|click|select|toggle)(?:[ \t]+on)?)[ \t]+['\"“‘]?$")


_AFTER = re.compile(
    rf"[ \t]*(?:,[ \t]*)?(?:and|&|or|n)[ \t]+(?P<name>{_NAME}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{_NAME})?)(?![\w'’-])"
)
_BEFORE = re.compile(
    rf"(?<![\w'])(?P<name>{_NAME}(?:[ \t]+[A-Z]\.)?(?:[ \t]+{_NAME})?)"
    r"(?:(?:[ \t]*,)?[ \t]+(?:and|or|n)[ \t]+|[ \t]*&[ \t]*)$"
)
# a list of names: "Kelly, <Nathan> and April"
_AFTER_COMMA = re.compile(rf"[,;][ \t]*(?P<name>{_NAME})(?![\w'’-])(?=[ \t]*[,;&]|[ \t]+(?:and|or)[ \t])")
_BEFORE_COMMA = re.compile(rf"(?<![\w'])(?P<name>{_NAME})[ \t]*[,;][ \t]*$")
# items of the same shape, a name and a few lower-case words: "Lineup: Gina in goal, <Kevin> at center back"
_ITEM_BEFORE = re.compile(
    rf"(?:^|[:;,][ \t]*)(?P<name>{_NAME})(?:[ \t]+[a-z]+){{1,4}}[ \t]*[,;][ \t]*$", re.MULTILINE
)
_ITEM_AFTER = re.compile(
    rf"(?:[ \t]+[a-z]+){{1,4}}[ \t]*[,;][ \t]*(?P<name>{_NAME})(?=(?:[ \t]+[a-z]+){{1,4}}[ \t]*(?:[,;.]|$))",
    re.MULTILINE,
)


# items of a list after a name: "Rides: Kimberly with Robert, <Terrance> with me."
_ITEM_AFTER_COMMA = re.compile(
    rf"[,;][ \t]*(?P<name>{_NAME})(?=(?:[ \t]+[a-z]+){{1,4}}[ \t]*(?:[,;.!]|$))", re.MULTILINE
)
# pairs in a list: "Rides: <Kimberly> with Robert, Brady with me"
_WITH_ITEM_BEFORE = re.compile(rf"(?:^|[:;,.][ \t]*)(?P<name>{_NAME})[ \t]+with[ \t]+$", re.MULTILINE)
_WITH_ITEM_AFTER = re.compile(rf"[ \t]+with[ \t]+(?P<name>{_NAME})(?=[ \t]*(?:[,;.!?]|$))", re.MULTILINE)


_CHECKED_KINDS = frozenset(
    {
        "unworded",
        "unworded-strict",
        "plural",
        "named",
        "payee",
        "vocative",
        "owner",
        "bracketed",
        "postposed",
        "senor",
        "family",
        "appositive",
        "introduction",
        "given-first",
        "given-age",
        "nicknamed",
        "addressed",
        "paired",
        "couple",
    }
)


def _kind_holds(kind: str, text: str, start: int, end: int, m: re.Match[str], lexicon: Lexicon) -> bool:
    """What a cue of ``kind`` asks of the name it points at (``start:end``, trimmed), beyond its pattern; a cue that
    fails it is no cue at all (not for the model's spans either: "Main St - closed" is no sign-up line)."""
    words = _name_words(text[start:end])
    # "Sr. Barth", "Sr. Mary Catherine"; not "Sr. Software Engineer", "Sr. Vice President"
    if kind == "senor":
        return (
            lexicon.has_names
            and bool(words)
            and all(not lexicon.known(w) or lexicon.given_name(w) or lexicon.surname(w) for w in words)
        )
    if kind in ("bracketed", "postposed"):  # "pt's stepfather (Lopez)", "Koya uncle"; not "Crazy uncle"
        return lexicon.has_names and (lexicon.name_like(words) or lexicon.surname(text[start:end]))
    if kind == "family":
        # a family name no table holds too ("the Wable family"), not a possessive ("Wendy's kids menu")
        name = text[start:end]
        return lexicon.has_names and (
            lexicon.surname(name) or (not name.endswith(("'s", "’s")) and lexicon.family_name(name))
        )
    if kind in ("appositive", "introduction", "given-first"):
        return lexicon.has_names and bool(words) and lexicon.given_name(words[0], common=True)
    if kind == "accompanied":
        return lexicon.has_names and lexicon.full_name(words)
    if kind == "given-age":
        return lexicon.has_names and lexicon.given_name(text[start:end], common=True)
    if kind == "addressed":
        return lexicon.has_names and len(words) == 1 and lexicon.given_name(words[0], common=True)
    if kind == "nicknamed":
        return lexicon.has_names and lexicon.given_name(words[0]) and lexicon.surname(words[-1].strip('"”'))
    if kind in ("unworded", "unworded-strict"):
        return (
            lexicon.has_names
            and text[start:end] == m.group("name")
            and _unworded(words, lexicon, strict=kind == "unworded-strict")
        )
    if kind == "plural":
        return lexicon.has_names and _plural_surname(text[start:end], lexicon)
    if kind == "named":
        return lexicon.has_names and (
            lexicon.name_like(words) or (len(words) == 1 and lexicon.surname(words[0]))
        )
    if kind == "payee":
        # "ZELLE TO April Foster": the month is trimmed off, the surname stays
        return lexicon.has_names and (
            lexicon.full_name(words)
            or (len(words) == 1 and (lexicon.given_name(words[0], common=True) or lexicon.surname(words[0])))
        )
    if kind == "vocative":
        return lexicon.has_names and _plain_given(text[start:end], lexicon)
    if kind == "paired":
        return lexicon.has_names and _paired(text, m, lexicon)
    if kind == "couple":  # names, not a product line ("Rose Gold 💍 Sale")
        return (
            lexicon.has_names
            and 0 < len(words) <= 4
            and not lexicon.plain_words(words)
            and not lexicon.dictionary_only(words)
        )
    if kind == "owner":
        return (
            lexicon.has_names
            and lexicon.name_word(text[start:end])
            and text[start:end].lower() not in _BRAND_OWNERS
        )
    return True


_PAIR = re.compile(rf"(?P<one>{_NAME})[ \t]*[&+][ \t]*(?P<two>{_NAME})")
_THEN_CAPITAL_WORD = re.compile(r"[ \t]+[A-Z]")
# what a couple's bio or a card writes after their names: "forever", "4ever", "since 2019", hearts and rings
_COUPLE_AFTER = re.compile(
    r"[ \t]*(?:(?i:forever|4ever|4eva|for[ \t]+life|since[ \t]+\d|est\.?[ \t]+\d)\b|❤|♥|💕|💖|💗|💞|💘|💍|💑|💏|🥰|😍)"
)


def _paired(text: str, m: re.Match[str], lexicon: Lexicon) -> bool:
    """The two words around the "&" of a "paired" cue are given names or words no dictionary knows that are no common
    surname, one of them a common given name that is no English verb or adjective: a couple ("Antony & Jane", "Dalaja
    & Apisara"), not a firm or a brand ("Barnes & Noble", "Marks & Spencer", "Crate & Barrel", "Ben & Jerry's"), nor
    the first words of a name that runs on ("Faith & Joy Community Thrift")."""
    pair = _PAIR.match(text, m.start()) or _PAIR.search(text, max(0, m.start() - 40), m.end())
    if pair is None or pair.end() < m.end("name") or pair.start() > m.start("name"):
        return False
    one, two = pair.group("one"), pair.group("two")
    if any(w.endswith(("'s", "’s")) for w in (one, two)) or _THEN_CAPITAL_WORD.match(text, pair.end()):
        return False
    if _COUPLE_AFTER.match(text, pair.end()):
        # "John & Ping forever", "Taro & Aisha 💕": a couple, unless both are English words and neither a plain
        # given name ("Rock & Roll forever")
        return (
            _plain_given(one, lexicon)
            or _plain_given(two, lexicon)
            or not (lexicon.known(one) and lexicon.known(two))
        )
    return all(
        lexicon.given_name(w) or not (lexicon.known(w) or lexicon.surname_1990(w)) for w in (one, two)
    ) and (_plain_given(one, lexicon) or _plain_given(two, lexicon))


def _unworded(words: list[str], lexicon: Lexicon, *, strict: bool = False) -> bool:
    """A given name and a surname, a common given name that is no English verb or adjective ("Carol", "Riley"; not
    "Chase", "Olive", "Summer"), or a surname no dictionary holds; with ``strict``, no dictionary word at all (a list
    line or a dash before a comma also holds plants, cities and colours: "Rosemary - perennial", "Flight 214 —
    Savannah, on time"). What a list, log or bracket holds is a name only then."""
    if len(words) >= 2:
        return lexicon.full_name(words) and not lexicon.plain_words(words)
    if len(words) != 1 or not lexicon.name_word(words[0]):
        return False
    if strict or not lexicon.known(words[0]):
        return not lexicon.known(words[0])
    return _plain_given(words[0], lexicon)


def _plural_surname(word: str, lexicon: Lexicon) -> bool:
    """A family name (:meth:`Lexicon.family_name`) in the plural ("Galloways", "Rodriguezs", "Joneses") that is no
    English adjective or verb too ("the Browns", "the Youngs" are left: teams and words)."""
    stems = [word[:-1], word[:-2]] if word.endswith("es") else [word[:-1]]
    # a family name no table holds too ("the Njokus")
    return any(
        lexicon.family_name(w) and not lexicon.plain_words([w]) and not lexicon.surname(word) for w in stems
    )


def _joined_name(
    text: str, m: re.Match[str] | None, lexicon: Lexicon, *, given: bool, surname: bool = False
) -> tuple[int, int] | None:
    """The name a coordination pattern matched, if it can be one: with ``given`` (a bare comma joins it) only a
    given name of the tables, or with ``surname`` (the name it is joined to is a surname alone: "Herrera, Diaz and
    Brown were charged") a surname of the tables; a month that is a given name ("Kelly and April") only with the
    tables, not before a day number."""
    if m is None:
        return None
    a, b, n = _trim(text, *m.span("name"), lexicon if lexicon.has_names else None)
    if n:
        word = text[a:b]
        return (
            (a, b)
            if not given or lexicon.given_name(word, common=True) or (surname and lexicon.surname(word))
            else None
        )
    a, b = m.span("name")
    a = max(a, text.rfind(" ", a, b) + 1)  # "Ask April or …": the last word
    if lexicon.has_names and text[a:b] in _MONTH_NAMES and not _THEN_DIGIT.match(text, b):
        return a, b
    return None


# "Pickup for Webb, Jennifer", "Patient: Webb, Jennifer": a surname, a comma, the given name, where a list or form
# puts a person
_LAST_FIRST = re.compile(
    rf"(?:^|[:(]|\b(?:for|to|from|by|with|of|re))[ \t]*(?P<name>{_NAME})[ \t]*,[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _last_first(text: str, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    if not lexicon.given_name(text[start:end], common=True):
        return None
    m = _LAST_FIRST.search(text, max(0, start - 40), start)
    if m is None or not m.group("name")[:1].isupper():
        return None
    surname = m.group("name")
    if not lexicon.surname(surname) or surname in _OPENERS or surname in _FUNCTION:
        return None
    return m.span("name")


def coordinated(
    text: str, people: list[tuple[int, int]], lexicon: Lexicon = EMPTY_LEXICON
) -> list[tuple[int, int]]:
    """Names joined to a known person by "and", "&" or "or" ("April and <Michelle>"), and with the name tables
    given names in a comma list with one ("Attendees: Kelly, <Nathan> and April")."""
    out: list[tuple[int, int]] = []
    todo = list(people)
    seen = set(todo)
    while todo and len(out) < 50:  # a list is followed link by link ("Kelly, Nathan and April")
        start, end = todo.pop()
        seed = text[start:end]
        alone = lexicon.has_names and lexicon.surname(seed) and not lexicon.given_name(seed)
        found = [
            _joined_name(text, _AFTER.match(text, end), lexicon, given=False),
            _joined_name(text, _BEFORE.search(text, max(0, start - 60), start), lexicon, given=False),
        ]
        if lexicon.has_names:
            found += [
                _joined_name(text, _AFTER_COMMA.match(text, end), lexicon, given=True, surname=alone),
                _joined_name(
                    text,
                    _BEFORE_COMMA.search(text, max(0, start - 40), start),
                    lexicon,
                    given=True,
                    surname=alone,
                ),
                _last_first(text, start, end, lexicon),
                _joined_name(text, _ITEM_BEFORE.search(text, max(0, start - 60), start), lexicon, given=True),
                _joined_name(text, _ITEM_AFTER.match(text, end), lexicon, given=True),
                _joined_name(
                    text, _WITH_ITEM_BEFORE.search(text, max(0, start - 40), start), lexicon, given=True
                ),
                _joined_name(text, _WITH_ITEM_AFTER.match(text, end), lexicon, given=True),
                _joined_name(text, _ITEM_AFTER_COMMA.match(text, end), lexicon, given=True),
            ]
        for span in found:
            if span is not None and span not in seen:
                seen.add(span)
                out.append(span)
                todo.append(span)
    return out
