"""Policy files: every problem is reported with its file and line; invalid sets never load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from policies import (
    DEFAULT_POLICY_DIR,
    PolicyError,
    PolicyFileError,
    Problem,
    check_paths,
    load_policy_set,
)

HEADER = """\
[policy_set]
id = "test"
version = "1"
"""

GOOD_RULE = """\
[[rule]]
id = "b8.harm"
legal_basis = "us_18_2702_b8"
emergency_categories = ["imminent_harm_to_life"]
approvals = 1
max_targets = 3
summary = "Find the person in danger."

[rule.categories.ip_logs]
allowed = true
look_back = "72h"
fields = ["timestamp", "ip_address"]

[rule.categories.messages]
allowed = true
look_back = "3d"
fields = ["timestamp", "body"]
approvals = 2
"""


def write(directory: Path, name: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(tmp_path: Path, rules: str) -> list[Problem]:
    write(tmp_path, "set.toml", HEADER)
    write(tmp_path, "rules.toml", rules)
    problems = check_paths([tmp_path])
    with pytest.raises(PolicyFileError) as raised:
        load_policy_set(tmp_path)
    assert list(raised.value.problems) == problems
    return problems


def line_of(text: str, needle: str) -> int:
    for n, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return n
    raise AssertionError(needle)


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, problems
    return problems[0]


def test_a_good_set_loads(tmp_path: Path) -> None:
    write(tmp_path, "set.toml", HEADER)
    write(tmp_path, "rules.toml", GOOD_RULE)
    policy = load_policy_set(tmp_path)
    assert policy.id == "test"
    rule = policy.rules[0]
    messages = rule.category_rule("messages")
    assert messages is not None
    assert messages.look_back_hours == 72
    assert messages.approvals == 2
    assert rule.category_rule("ip_logs").approvals == 1  # type: ignore[union-attr]


def test_single_file_set_loads(tmp_path: Path) -> None:
    path = write(tmp_path, "one.toml", HEADER + "\n" + GOOD_RULE)
    assert load_policy_set(path).rules[0].id == "b8.harm"


@pytest.mark.parametrize(
    ("replace", "by", "needle", "words"),
    [
        ("max_targets = 3", 'max_targets = "3"', "max_targets", "Expected `int`, got `str`"),
        ("approvals = 1", "approvals = 3", "approvals = 3", "approvals must be 1 or 2"),
        ("approvals = 2", "approvals = 0", "approvals = 0", "approvals must be 1 or 2"),
        ('look_back = "72h"', 'look_back = "-72h"', "-72h", "positive"),
        ('look_back = "72h"', 'look_back = "0d"', '"0d"', "positive"),
        ('look_back = "72h"', 'look_back = "400d"', "400d", "one-year maximum"),
        ('look_back = "72h"', "look_back = 72", "look_back = 72", "Expected `str | null`, got `int`"),
        ('look_back = "72h"', 'look_back = "three days"', "three days", "not a duration"),
        ('"us_18_2702_b8"', '"us_18_2703_d"', "us_18_2703_d", "unknown legal basis 'us_18_2703_d'"),
        ('["imminent_harm_to_life"]', '["fraud"]', '["fraud"]', "unknown emergency category 'fraud'"),
        (
            "[rule.categories.ip_logs]",
            "[rule.categories.ip_log]",
            "ip_log]",
            "unknown data category 'ip_log'",
        ),
        ('"ip_address"]', '"ip_adress"]', "ip_adress", "unknown field 'ip_adress'"),
        ('"ip_address"]', '"timestamp"]', '["timestamp", "timestamp"]', "listed twice"),
        ("max_targets = 3", "max_targets = 0", "max_targets = 0", "max_targets must be between 1 and 25"),
        ("max_targets = 3", "max_targets = 26", "max_targets = 26", "max_targets must be between 1 and 25"),
        ('summary = "Find the person in danger."', 'summary = "  "', "summary", "plain words"),
        ('id = "b8.harm"', 'id = "B8 Harm"', "B8 Harm", "rule id 'B8 Harm' must be"),
        ('fields = ["timestamp", "ip_address"]', "fields = []", "fields = []", "non-empty 'fields'"),
        ('fields = ["timestamp", "ip_address"]', "", "[rule.categories.ip_logs]", "non-empty 'fields'"),
        ('look_back = "72h"', "", "[rule.categories.ip_logs]", "needs look_back"),
        ("approvals = 2", "approvals = 2\ncolour = 1", "colour", "unknown key `colour`"),
        ("max_targets = 3", "max_targets = 3\nwindow = 1", "window", "unknown key `window`"),
    ],
)
def test_each_mistake_is_reported_at_its_line(
    tmp_path: Path, replace: str, by: str, needle: str, words: str
) -> None:
    assert replace in GOOD_RULE
    text = GOOD_RULE.replace(replace, by, 1)
    problem = only(problems_of(tmp_path, text))
    assert problem.file == str(tmp_path / "rules.toml")
    assert words in problem.message
    assert problem.line == line_of(text, needle), problem


def test_an_item_of_a_multi_line_list_is_reported_at_its_own_line(tmp_path: Path) -> None:
    text = GOOD_RULE.replace(
        'fields = ["timestamp", "ip_address"]', 'fields = [\n  "timestamp",\n  "ip_adress",\n  "port",\n]'
    )
    problem = only(problems_of(tmp_path, text))
    assert "unknown field 'ip_adress'" in problem.message
    assert problem.line == line_of(text, '"ip_adress"')


def test_free_text_without_redaction_is_rejected(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("approvals = 2", "approvals = 2\nredact_free_text = false")
    problem = only(problems_of(tmp_path, text))
    assert "body can only be released redacted" in problem.message
    assert problem.line == line_of(text, "redact_free_text = false")


def test_redaction_may_be_off_when_no_free_text_is_released(tmp_path: Path) -> None:
    text = GOOD_RULE.replace('fields = ["timestamp", "body"]', 'fields = ["timestamp"]').replace(
        "approvals = 2", "approvals = 2\nredact_free_text = false"
    )
    write(tmp_path, "set.toml", HEADER)
    write(tmp_path, "rules.toml", text)
    assert load_policy_set(tmp_path).rules[0].id == "b8.harm"


@pytest.mark.parametrize("category", ["messages", "posts"])
def test_c4_rule_releasing_content_is_rejected(tmp_path: Path, category: str) -> None:
    text = GOOD_RULE.replace("us_18_2702_b8", "us_18_2702_c4").replace(
        "[rule.categories.messages]", f"[rule.categories.{category}]"
    )
    if category == "posts":
        text = text.replace('fields = ["timestamp", "body"]', 'fields = ["timestamp", "post_id"]')
    problem = only(problems_of(tmp_path, text))
    assert "is content" in problem.message and "us_18_2702_c4" in problem.message
    assert problem.line == line_of(text, f"[rule.categories.{category}]") + 1  # the `allowed = true` line


def test_c4_rule_refusing_content_loads(tmp_path: Path) -> None:
    text = GOOD_RULE.replace("us_18_2702_b8", "us_18_2702_c4").replace(
        'allowed = true\nlook_back = "3d"\nfields = ["timestamp", "body"]\napprovals = 2',
        'allowed = false\nnote = "content"',
    )
    write(tmp_path, "set.toml", HEADER)
    write(tmp_path, "rules.toml", text)
    rule = load_policy_set(tmp_path).rules[0]
    assert rule.category_rule("messages") is not None
    assert not rule.category_rule("messages").allowed  # type: ignore[union-attr]


def test_refused_category_with_settings_is_rejected(tmp_path: Path) -> None:
    text = GOOD_RULE.replace('allowed = true\nlook_back = "3d"', 'allowed = false\nlook_back = "3d"')
    problems = problems_of(tmp_path, text)
    messages = [p.message for p in problems]
    assert any("'look_back' has no meaning" in m for m in messages)
    assert any("'fields' has no meaning" in m for m in messages)


def test_snapshot_category_takes_no_window(tmp_path: Path) -> None:
    text = (
        GOOD_RULE
        + '\n[rule.categories.subscriber_info]\nallowed = true\nlook_back = "1d"\nfields = ["username"]\n'
    )
    problem = only(problems_of(tmp_path, text))
    assert "current snapshot" in problem.message
    assert problem.line == line_of(text, 'look_back = "1d"')


def test_overlapping_rules_across_files_are_rejected(tmp_path: Path) -> None:
    write(tmp_path, "set.toml", HEADER)
    write(tmp_path, "a.toml", GOOD_RULE)
    second = GOOD_RULE.replace('id = "b8.harm"', 'id = "b8.harm-again"').replace(
        '["imminent_harm_to_life"]', '["kidnapping", "imminent_harm_to_life"]'
    )
    write(tmp_path, "b.toml", second)
    problem = only(check_paths([tmp_path]))
    assert problem.file == str(tmp_path / "b.toml")
    assert problem.line == line_of(second, "emergency_categories")
    assert "overlapping rules" in problem.message
    assert f"{tmp_path / 'a.toml'}:1" in problem.message  # names where the other rule is


def test_duplicate_rule_ids_are_rejected(tmp_path: Path) -> None:
    second = GOOD_RULE.replace('["imminent_harm_to_life"]', '["kidnapping"]')
    text = GOOD_RULE + "\n" + second
    problem = only(problems_of(tmp_path, text))
    assert "rule id 'b8.harm' is already used" in problem.message
    assert problem.line == [n for n, line in enumerate(text.splitlines(), 1) if line == 'id = "b8.harm"'][1]


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = (
        GOOD_RULE.replace("approvals = 1", "approvals = 5")
        .replace('"72h"', '"-1h"')
        .replace('"ip_address"]', '"ip_adress"]')
        .replace("us_18_2702_b8", "nope")
    )
    problems = problems_of(tmp_path, text)
    assert len(problems) == 4
    assert [p.line for p in problems] == sorted(p.line or 0 for p in problems)
    rendered = str(PolicyFileError(problems))
    assert rendered.startswith("4 problems in policy files")
    assert f"{tmp_path / 'rules.toml'}:{line_of(text, 'approvals = 5')}: " in rendered


def test_toml_syntax_error_has_its_line(tmp_path: Path) -> None:
    text = GOOD_RULE.replace('fields = ["timestamp", "ip_address"]', 'fields = ["timestamp", "ip_address"')
    problem = only(problems_of(tmp_path, text))
    assert problem.message.startswith("not valid TOML")
    assert problem.line is not None and problem.line >= line_of(text, '"ip_address"')


def test_rule_must_be_an_array_of_tables(tmp_path: Path) -> None:
    problem = only(problems_of(tmp_path, GOOD_RULE.replace("[[rule]]", "[rule]")))
    assert "[[rule]]" in problem.message


def test_unknown_top_level_table(tmp_path: Path) -> None:
    text = GOOD_RULE + "\n[rules]\nx = 1\n"
    problem = only(problems_of(tmp_path, text))
    assert "unknown table or key 'rules'" in problem.message
    assert problem.line == line_of(text, "[rules]")


def test_set_needs_exactly_one_header(tmp_path: Path) -> None:
    write(tmp_path, "rules.toml", GOOD_RULE)
    assert "no [policy_set] table" in only(check_paths([tmp_path])).message
    write(tmp_path, "a.toml", HEADER)
    write(tmp_path, "b.toml", HEADER)
    problem = only(check_paths([tmp_path]))
    assert problem.file == str(tmp_path / "b.toml")
    assert "a second [policy_set]" in problem.message


def test_empty_sets_fail_closed(tmp_path: Path) -> None:
    assert "no policy files" in only(check_paths([tmp_path])).message
    write(tmp_path, "set.toml", HEADER)
    assert "has no rules" in only(check_paths([tmp_path])).message
    assert "no such file" in only(check_paths([tmp_path / "missing"])).message
    with pytest.raises(PolicyError):
        load_policy_set(tmp_path / "missing")


def test_non_utf8_file(tmp_path: Path) -> None:
    write(tmp_path, "set.toml", HEADER)
    (tmp_path / "rules.toml").write_bytes(b'[[rule]]\nid = "\xff"\n')
    assert "not UTF-8" in only(check_paths([tmp_path])).message


def test_check_paths_covers_several_paths(tmp_path: Path) -> None:
    good = tmp_path / "good"
    shutil.copytree(DEFAULT_POLICY_DIR, good)
    bad = tmp_path / "bad"
    write(bad, "set.toml", HEADER)
    write(bad, "rules.toml", GOOD_RULE.replace("approvals = 1", "approvals = 9"))
    problems = check_paths([good, bad])
    assert [p.file for p in problems] == [str(bad / "rules.toml")]


# ----------------------------------------------------------------------------------------------- content hash
def test_hash_ignores_layout_comments_and_order(tmp_path: Path) -> None:
    original = load_policy_set(DEFAULT_POLICY_DIR)
    moved = tmp_path / "moved"
    moved.mkdir()
    # All rules in one file, in reverse order, with comments and different spacing; the header last.
    texts = [p.read_text() for p in sorted(DEFAULT_POLICY_DIR.glob("*.toml")) if p.name != "policy_set.toml"]
    chunks = [c for t in texts for c in t.split("[[rule]]")[1:]]
    body = "\n".join("# a comment\n[[rule]]   \n" + c.replace(" = ", "   =   ") for c in reversed(chunks))
    (moved / "all.toml").write_text(body + "\n" + (DEFAULT_POLICY_DIR / "policy_set.toml").read_text())
    reordered = load_policy_set(moved)
    assert reordered.content_hash == original.content_hash
    assert reordered.to_canonical_bytes() == original.to_canonical_bytes()

    # Listing fields in another order does not change the policy either.
    text = (moved / "all.toml").read_text()
    (moved / "all.toml").write_text(
        text.replace('["timestamp", "latitude", "longitude"', '["longitude", "latitude", "timestamp"', 1)
    )
    assert load_policy_set(moved).content_hash == original.content_hash

    # A change of meaning changes the hash.
    changed = text.replace('"72h"', '"71h"', 1)
    assert changed != text
    (moved / "all.toml").write_text(changed)
    assert load_policy_set(moved).content_hash != original.content_hash


def test_hash_changes_with_version(tmp_path: Path) -> None:
    write(tmp_path, "set.toml", HEADER)
    write(tmp_path, "rules.toml", GOOD_RULE)
    first = load_policy_set(tmp_path).content_hash
    write(tmp_path, "set.toml", HEADER.replace('version = "1"', 'version = "2"'))
    assert load_policy_set(tmp_path).content_hash != first
