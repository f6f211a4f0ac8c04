"""``gateway demo-data``: synthetic platform users for the embedded default, the demo and the tests.

Every value is invented by Faker from a seed, so a seed and a clock give the same data every time. The users'
messages, posts and bios mention *third parties* with realistic personal data — names, email addresses, US phone
numbers in varied formats, street addresses, SSN-like numbers, card numbers (Visa, Amex, Discover, Mastercard
2-series), IP addresses, URLs and @handles — which the release must redact. Each such value is recorded in
``record_planted_values`` (:func:`planted_values`) so tests can scan outputs (packages, ledger, logs) for leaks.

Users are ``demo_user_1`` … ``demo_user_N``; ``demo_user_1`` is the target of ``gateway.demo``'s sample request.
Every user has records in every category within the last three days, and older ones up to thirty days back.
Seeding is idempotent: a username that already exists is skipped, so running twice adds nothing.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from random import Random
from typing import TYPE_CHECKING, Any, Final

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.records import tables as t
from gateway.records.source import email_key, username_key

if TYPE_CHECKING:
    from faker import Faker  # imported when seeding, so the server never loads it

DEMO_TARGET_USERNAME: Final = "demo_user_1"
USERNAME_PREFIX: Final = "demo_user_"
RECENT: Final = timedelta(days=3)
HISTORY: Final = timedelta(days=30)

# Area codes in service (so phone validators accept them); exchanges avoid 555 and N11.
_AREA_CODES: Final = (
    "201", "206", "212", "213", "214", "303", "305", "312", "317", "404", "415", "503", "512", "602", "612",
    "617", "702", "713", "718", "720", "773", "801", "818", "858", "901", "917", "919", "971",
)  # fmt: skip
_PHONE_FORMATS: Final = (
    "({a}) {e}-{n}",
    "{a}-{e}-{n}",
    "{a}.{e}.{n}",
    "+1 {a} {e} {n}",
    "{a}{e}{n}",
    "1-{a}-{e}-{n}",
    "+1 ({a}) {e}-{n}",
)
_USER_AGENTS: Final = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 15; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Safari/605.1.15",
    "PlatformApp/9.4.1 (iOS 18.6; iPhone15,2)",
    "PlatformApp/9.4.0 (Android 15; SM-S921U)",
)
_DEVICES: Final = (
    ("ios", "iPhone 15", "18.6"),
    ("ios", "iPhone 13 mini", "17.7"),
    ("ios", "iPad Air", "18.5"),
    ("android", "Pixel 8", "15"),
    ("android", "Galaxy S24", "14"),
    ("android", "Moto G Power", "13"),
    ("web", "Chrome on Windows", "142"),
    ("web", "Safari on macOS", "18.6"),
)


@dataclass(frozen=True, slots=True)
class PlantedValue:
    """A third party's (synthetic) personal value placed in ``account_id``'s records."""

    account_id: str
    #: person, email, phone, address, ssn, card, ip, url, handle (in free text); counterparty (an external
    #: handle as a message's counterparty_id); counterparty_account (another seeded account's id in that field —
    #: a third party here, but that account's own identifier when it is itself the target).
    kind: str
    value: str


@dataclass(frozen=True)
class SeedSummary:
    """What one seeding run did. ``rows`` counts inserted rows per table; ``planted`` lists this run's values."""

    users_requested: int
    users_created: int
    users_existing: int
    rows: dict[str, int]
    planted: tuple[PlantedValue, ...] = field(repr=False)


def _luhn_complete(digits: str) -> str:
    """``digits`` plus the Luhn check digit."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return digits + str((10 - total % 10) % 10)


class _ThirdParties:
    """Realistic personal data of people who are not the account holder (all invented)."""

    def __init__(self, fake: Faker) -> None:
        self.fake = fake
        self.rnd: Random = fake.random

    def _phone_parts(self) -> tuple[str, str, str]:
        exchange = self.rnd.randint(200, 999)
        while exchange == 555 or exchange % 100 == 11:
            exchange = self.rnd.randint(200, 999)
        return self.rnd.choice(_AREA_CODES), str(exchange), f"{self.rnd.randint(0, 9999):04d}"

    def phone(self) -> str:
        a, e, n = self._phone_parts()
        return self.rnd.choice(_PHONE_FORMATS).format(a=a, e=e, n=n)

    def e164(self) -> str:
        a, e, n = self._phone_parts()
        return f"+1{a}{e}{n}"

    def person(self) -> str:
        return str(self.fake.name())

    def first_name(self) -> str:
        return str(self.fake.first_name())

    def email(self) -> str:
        return str(self.rnd.choice((self.fake.free_email, self.fake.company_email, self.fake.email))())

    def address(self) -> str:
        f = self.fake
        state = f.state_abbr(include_territories=False, include_freely_associated_states=False)
        return f"{f.street_address()}, {f.city()}, {state} {f.zipcode_in_state(state)}"

    def ssn(self) -> str:
        return str(self.fake.ssn())

    def card(self) -> str:
        kind = self.rnd.choice(("visa", "mastercard2", "mastercard5", "amex", "discover"))
        if kind == "mastercard2":
            number = _luhn_complete(
                str(self.rnd.randint(2221, 2720)) + f"{self.rnd.randint(0, 10**11 - 1):011d}"
            )
        elif kind == "mastercard5":
            number = _luhn_complete(f"5{self.rnd.randint(1, 5)}" + f"{self.rnd.randint(0, 10**13 - 1):013d}")
        elif kind == "visa":
            number = str(self.fake.credit_card_number("visa16"))
        else:
            number = str(self.fake.credit_card_number(kind))
        sep = self.rnd.choice((" ", "-", ""))
        groups = (4, 6, 5) if len(number) == 15 else (4, 4, 4, 4)
        parts, at = [], 0
        for g in groups:
            parts.append(number[at : at + g])
            at += g
        return sep.join(parts)

    def ip(self) -> str:
        return str(self.fake.ipv4_public()) if self.rnd.random() < 0.8 else str(self.fake.ipv6())

    def url(self) -> str:
        return f"https://{self.fake.domain_name()}/{self.fake.slug()}"

    def handle(self) -> str:
        return "@" + str(self.fake.user_name())


# A template's placeholders name the generator that fills them: {person}, {phone}, {email}, {address}, {ssn},
# {card}, {ip}, {url}, {handle}; a digit suffix ({phone2}) asks for another value of the same kind.
_MESSAGE_TEMPLATES: Final = (
    "hey it's {person}, my new number is {phone}",
    "can you send it to {email} before friday?",
    "{person} is staying at {address}, I saw the car there last night",
    "his social is {ssn} don't tell anyone",
    "use my card {card} for the tickets, I'll pay you back",
    "call {person} at {phone} or try {phone2} after 6",
    "meet me at {address} at 9",
    "tell {person} to email me at {email}",
    "I traced the login to {ip}, weird right?",
    "look at this {url} lol",
    "talk to {handle}, she knows {person}",
    "{person}'s card is {card}, exp 08/28. she said it's fine",
    "my sister {person} ({email}, {phone}) will pick you up",
    "ok",
    "see you soon",
    "where are you??",
    "running late, 10 min",
)
_POST_TEMPLATES: Final = (
    "Happy birthday {person}! 🎂",
    "Lost my wallet near {address}. If found please call {phone}",
    "Selling my bike, DM {handle} or email {email}",
    "New post on my blog {url}",
    "Shoutout to {handle} and {person} for an amazing weekend",
    "Anyone know {person}? Last seen near {address}",
    "Great game tonight!",
    "Coffee first. Always.",
)
_BIO_TEMPLATES: Final = (
    "{job}. Married to {person} ❤",
    "{job} | bookings: {email}",
    "Dog person. {job}. Ask {handle} about me",
    "{job}. Living my best life",
)
_KINDS: Final = ("person", "phone", "email", "address", "ssn", "card", "ip", "url", "handle")


def _fill(
    template: str, people: _ThirdParties, extra: dict[str, str] | None = None
) -> tuple[str, list[tuple[str, str]]]:
    """Fill ``template``; returns the text and the (kind, value) pairs it planted."""
    values: dict[str, str] = dict(extra or {})
    planted: list[tuple[str, str]] = []
    for _, name, _, _ in string.Formatter().parse(template):
        if not name or name in values:
            continue
        kind = name.rstrip("0123456789")
        if kind not in _KINDS:
            raise ValueError(f"unknown placeholder {name!r}")
        value: str = getattr(people, kind)()
        values[name] = value
        planted.append((kind, value))
    return template.format(**values), planted


def _at(rnd: Random, now: datetime, recent: bool) -> datetime:
    """A past moment: within the last three days when ``recent``, else three to thirty days ago (whole seconds)."""
    if recent:
        ago = rnd.randint(300, int((RECENT - timedelta(hours=1)).total_seconds()))
    else:
        ago = rnd.randint(int(RECENT.total_seconds()), int(HISTORY.total_seconds()))
    return (now - timedelta(seconds=ago)).replace(microsecond=0)


def _times(rnd: Random, now: datetime, recent: int, older: int) -> list[datetime]:
    return sorted([_at(rnd, now, True) for _ in range(recent)] + [_at(rnd, now, False) for _ in range(older)])


def _hexid(rnd: Random, prefix: str) -> str:
    return f"{prefix}_{rnd.getrandbits(64):016x}"


@dataclass
class _Batch:
    rows: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {tb.name: [] for tb in t.RECORD_TABLES}
    )
    planted: list[PlantedValue] = field(default_factory=list)

    def add(self, table: sa.Table, **row: Any) -> None:
        self.rows[table.name].append(row)

    def plant(self, account_id: str, pairs: Sequence[tuple[str, str]]) -> None:
        self.planted.extend(PlantedValue(account_id, kind, value) for kind, value in pairs)


def _new_account(fake: Faker, index: int, now: datetime, taken: Callable[[str], bool]) -> dict[str, Any]:
    rnd: Random = fake.random
    people = _ThirdParties(fake)
    first, last = str(fake.first_name()), str(fake.last_name())
    account_id = _hexid(rnd, "acct")
    email = f"{first}.{last}{index}@{fake.free_email_domain()}"
    phone = people.e164()
    while taken(phone):
        phone = people.e164()
    username = f"{USERNAME_PREFIX}{index}"
    return {
        "account_id": account_id,
        "username": username,
        "username_key": username_key(username),
        "display_name": f"{first} {last}",
        "email": email,
        "email_key": email_key(email),
        "phone": phone,
        "created_at": (now - timedelta(days=rnd.randint(60, 2500), seconds=rnd.randint(0, 86399))).replace(
            microsecond=0
        ),
        "account_status": "active" if rnd.random() < 0.9 else rnd.choice(("locked", "suspended")),
        "date_of_birth": date(now.year - rnd.randint(16, 70), rnd.randint(1, 12), rnd.randint(1, 28)),
    }


def _user_records(
    fake: Faker, account: dict[str, Any], others: Sequence[str], now: datetime, batch: _Batch
) -> None:
    """Every category's records for one new account (and the mirror rows of messages with other accounts)."""
    rnd: Random = fake.random
    people = _ThirdParties(fake)
    me: str = account["account_id"]
    created: datetime = account["created_at"]

    bio, pairs = _fill(rnd.choice(_BIO_TEMPLATES), people, {"job": str(fake.job())})
    account["bio"] = bio
    batch.plant(me, pairs)
    batch.add(t.accounts, **account)

    own_ips = [str(fake.ipv4_public()) for _ in range(rnd.randint(2, 3))] + [str(fake.ipv6())]
    agents = rnd.sample(_USER_AGENTS, 2)
    for when in _times(rnd, now, recent=4, older=10):
        batch.add(
            t.ip_events,
            account_id=me,
            occurred_at=when,
            ip_address=rnd.choice(own_ips),
            port=rnd.randint(1024, 65535),
            event=rnd.choice(("login", "session", "session", "logout")),
            user_agent=rnd.choice(agents),
        )

    place = fake.local_latlng(country_code="US", coords_only=True)
    if place is None:
        raise RuntimeError("Faker has no US places")
    home_lat, home_lon = float(place[0]), float(place[1])
    accuracy_range = {"gps": (3.0, 30.0), "wifi": (20.0, 120.0), "ip": (1000.0, 5000.0)}
    for when in _times(rnd, now, recent=4, older=8):
        source = rnd.choice(("gps", "gps", "wifi", "ip"))
        accuracy = rnd.uniform(*accuracy_range[source])
        batch.add(
            t.locations,
            account_id=me,
            occurred_at=when,
            latitude=round(home_lat + rnd.uniform(-0.03, 0.03), 6),
            longitude=round(home_lon + rnd.uniform(-0.03, 0.03), 6),
            accuracy_m=round(accuracy, 1),
            source=source,
        )

    for n in range(rnd.randint(2, 3)):
        platform, model, os_version = rnd.choice(_DEVICES)
        last_seen = _at(rnd, now, recent=n == 0)
        first_seen = max(created, last_seen - timedelta(days=rnd.randint(1, 400)))
        batch.add(
            t.devices,
            account_id=me,
            device_id=_hexid(rnd, "dev"),
            platform=platform,
            model=model,
            os_version=os_version,
            first_seen=first_seen,
            last_seen=max(first_seen, last_seen),
        )

    for when in _times(rnd, now, recent=2, older=4):
        body, pairs = _fill(rnd.choice(_POST_TEMPLATES), people)
        batch.add(
            t.posts,
            account_id=me,
            occurred_at=when,
            post_id=_hexid(rnd, "post"),
            visibility=rnd.choice(("public", "public", "followers", "private")),
            body=body,
        )
        batch.plant(me, pairs)

    for conv in range(rnd.randint(2, 4)):
        in_platform = bool(others) and rnd.random() < 0.5
        counterparty = rnd.choice(others) if in_platform else people.handle()
        batch.plant(me, [("counterparty_account" if in_platform else "counterparty", counterparty)])
        conversation_id = _hexid(rnd, "conv")
        for when in _times(rnd, now, recent=2 if conv < 2 else 0, older=rnd.randint(1, 3)):
            body, pairs = _fill(rnd.choice(_MESSAGE_TEMPLATES), people)
            direction = rnd.choice(("sent", "received"))
            message_id = _hexid(rnd, "msg")
            row = {
                "occurred_at": when,
                "message_id": message_id,
                "conversation_id": conversation_id,
                "body": body,
            }
            batch.add(t.messages, account_id=me, direction=direction, counterparty_id=counterparty, **row)
            batch.plant(me, pairs)
            if in_platform:  # the same message in the other account's mailbox
                other = "received" if direction == "sent" else "sent"
                batch.add(t.messages, account_id=counterparty, direction=other, counterparty_id=me, **row)
                batch.plant(counterparty, pairs)
                batch.plant(counterparty, [("counterparty_account", me)])


async def seed_demo_data(conn: AsyncConnection, users: int, seed: int, now: datetime) -> SeedSummary:
    """Create ``demo_user_1`` … ``demo_user_{users}`` with records in every category; skip existing usernames."""
    from faker import Faker

    if users < 1:
        raise ValueError("users must be at least 1")
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    now = now.astimezone(UTC)
    a = t.accounts.c
    keys = [username_key(f"{USERNAME_PREFIX}{i}") for i in range(1, users + 1)]
    existing: dict[str, str] = {}
    for chunk in range(0, len(keys), 500):
        result = await conn.execute(
            sa.select(a.username_key, a.account_id).where(a.username_key.in_(keys[chunk : chunk + 500]))
        )
        existing.update({row.username_key: row.account_id for row in result})
    phones = set((await conn.execute(sa.select(a.phone).where(a.phone.is_not(None)))).scalars())
    account_ids = set((await conn.execute(sa.select(a.account_id))).scalars())

    def taken(phone: str) -> bool:
        return phone in phones

    fakers: dict[int, Faker] = {}
    new_accounts: dict[int, dict[str, Any]] = {}
    all_ids: list[str] = []
    for i in range(1, users + 1):
        key = keys[i - 1]
        if key in existing:
            all_ids.append(existing[key])
            continue
        fake = Faker("en_US")
        fake.seed_instance(seed * 1_000_003 + i)
        account = _new_account(fake, i, now, taken)
        while account["account_id"] in account_ids:
            account["account_id"] = _hexid(fake.random, "acct")
        phones.add(account["phone"])
        account_ids.add(account["account_id"])
        fakers[i], new_accounts[i] = fake, account
        all_ids.append(account["account_id"])

    batch = _Batch()
    for i, account in new_accounts.items():
        others = [x for x in all_ids if x != account["account_id"]]
        _user_records(fakers[i], account, others, now, batch)
    # Accounts first (foreign keys), then the rest in a fixed order.
    for table in t.RECORD_TABLES:
        rows = batch.rows[table.name] if table is not t.planted_values else []
        if rows:
            await conn.execute(table.insert(), rows)
    planted_rows = [{"account_id": p.account_id, "kind": p.kind, "value": p.value} for p in batch.planted]
    if planted_rows:
        await conn.execute(t.planted_values.insert(), planted_rows)
    counts = {name: len(rows) for name, rows in batch.rows.items() if name != t.planted_values.name}
    counts[t.planted_values.name] = len(planted_rows)
    return SeedSummary(
        users_requested=users,
        users_created=len(new_accounts),
        users_existing=users - len(new_accounts),
        rows=counts,
        planted=tuple(batch.planted),
    )


async def planted_values(conn: AsyncConnection, account_id: str | None = None) -> list[PlantedValue]:
    """Every third-party value the seeder planted (optionally only in one account's records), oldest first."""
    p = t.planted_values.c
    query = sa.select(p.account_id, p.kind, p.value).order_by(p.id)
    if account_id is not None:
        query = query.where(p.account_id == account_id)
    return [PlantedValue(row.account_id, row.kind, row.value) for row in await conn.execute(query)]
