"""YAML policy files: the same schema and checks as TOML, with lines from the YAML node tree."""

from __future__ import annotations

import tomllib
from pathlib import Path

import yaml

from policies import DEFAULT_POLICY_DIR, check_paths, load_policy_set

RULES = """\
rule:
  - id: b8.harm
    legal_basis: us_18_2702_b8
    emergency_categories: [imminent_harm_to_life]
    approvals: 1
    max_targets: 3
    summary: Find the person in danger.
    categories:
      ip_logs:
        allowed: true
        look_back: 72h
        fields:
          - timestamp
          - ip_adress
      messages:
        allowed: true
        look_back: 3d
        fields: [timestamp, body]
        redact_free_text: false
        approvals: 2
"""


def test_default_policy_as_yaml_has_the_same_hash(tmp_path: Path) -> None:
    for source in DEFAULT_POLICY_DIR.glob("*.toml"):
        data = tomllib.loads(source.read_text())
        (tmp_path / (source.stem + ".yaml")).write_text(yaml.safe_dump(data, sort_keys=False))
    assert load_policy_set(tmp_path).content_hash == load_policy_set(DEFAULT_POLICY_DIR).content_hash


def test_yaml_problems_have_lines(tmp_path: Path) -> None:
    (tmp_path / "set.yaml").write_text("policy_set:\n  id: t\n  version: '1'\n")
    (tmp_path / "rules.yml").write_text(RULES)
    problems = check_paths([tmp_path])
    lines = RULES.splitlines()
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [
        (lines.index("          - ip_adress") + 1, "ip_logs"),
        (lines.index("        redact_free_text: false") + 1, "messages"),
    ]


def test_yaml_repeated_keys_and_aliases_are_refused(tmp_path: Path) -> None:
    (tmp_path / "set.yaml").write_text("policy_set:\n  id: t\n  version: '1'\n  id: u\n")
    (tmp_path / "rules.yaml").write_text("rule:\n  - &r {id: a}\n  - *r\n")
    problems = check_paths([tmp_path])
    messages = {(Path(p.file).name, p.line, p.message) for p in problems}
    assert ("set.yaml", 4, "key 'id' is repeated") in messages
    assert ("rules.yaml", 2, "YAML anchors and aliases are not allowed") in messages  # at the anchor


def test_yaml_syntax_error(tmp_path: Path) -> None:
    (tmp_path / "set.yaml").write_text("policy_set:\n  id: [t\n")
    (problem,) = check_paths([tmp_path])
    assert problem.message.startswith("not valid YAML")
    assert problem.line is not None


def test_yaml_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    (tmp_path / "set.yaml").write_text("- 1\n- 2\n")
    (problem,) = check_paths([tmp_path])
    assert "mapping" in problem.message
