"""Reading policy files (TOML): structure, meaning, and every problem with its file and line.

tomllib reports no positions for values, so :class:`_LineIndex` scans the source text once and maps each table
header and ``key = value`` line to the path it defines (``("rule", 2, "categories", "ip_logs", "fields")``). A
problem found at a path is reported at the line of the longest prefix of that path that was written in the file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final, TypeVar, cast

import msgspec
import yaml

from policies.errors import PolicyFileError, Problem
from policies.model import Approvals, CategoryRule, PolicySet, Rule
from policies.schema import (
    EMERGENCY_CATEGORIES,
    LEGAL_BASES,
    MAX_TARGETS_LIMIT,
    RECORD_SCHEMA,
)

__all__ = ["MAX_LOOK_BACK_HOURS", "check_paths", "load_policy_set", "parse_look_back"]

#: No rule may look back further than a year.
MAX_LOOK_BACK_HOURS: Final = 365 * 24
MAX_FILE_BYTES: Final = 1024 * 1024
POLICY_SUFFIXES: Final = (".toml", ".yaml", ".yml")

_ID_RE: Final = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_LOOK_BACK_RE: Final = re.compile(r"^\s*([+-]?[0-9]+)\s*([hd])\s*$")
_TOML_POS_RE: Final = re.compile(r"\(at line (\d+), column \d+\)")
_MSGSPEC_PATH_RE: Final = re.compile(r"^(.*?)(?: - at `\$(.*)`)?$", re.DOTALL)
_UNKNOWN_RE: Final = re.compile(r"^Object contains unknown field `(.+)`$")
_PATH_PART_RE: Final = re.compile(r"\.([^.\[]+)|\[(\d+)\]")

PathKey = tuple[str | int, ...]
_T = TypeVar("_T")


# --------------------------------------------------------------------------------------------------- raw shapes
class _RawHeader(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    id: str
    version: str
    description: str = ""


class _RawRuleHead(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    id: str
    legal_basis: str
    emergency_categories: list[str]
    approvals: int
    max_targets: int
    summary: str


class _RawCategory(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    allowed: bool
    look_back: str | None = None
    fields: list[str] | None = None
    redact_free_text: bool | None = None
    keep_target_identifiers: bool | None = None
    approvals: int | None = None
    note: str = ""


# --------------------------------------------------------------------------------------------------- line index
def _split_key(key: str) -> list[str]:
    """Split a TOML (dotted, possibly quoted) key into its parts."""
    parts: list[str] = []
    buf: list[str] = []
    quote: str | None = None
    for ch in key:
        if quote:
            if ch == quote:
                quote = None
            else:
                buf.append(ch)
        elif ch in "\"'":
            quote = ch
        elif ch == ".":
            parts.append("".join(buf).strip())
            buf = []
        else:
            buf.append(ch)
    parts.append("".join(buf).strip())
    return parts


def _outside_strings(line: str) -> str:
    """The line with quoted strings blanked out (for bracket counting and comment stripping)."""
    out: list[str] = []
    quote: str | None = None
    for ch in line:
        if quote:
            out.append(" ")
            if ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
            out.append(" ")
        elif ch == "#":
            break
        else:
            out.append(ch)
    return "".join(out)


class _LineIndex:
    """Path -> first line that writes it, for one TOML source text."""

    def __init__(self, text: str) -> None:
        self.lines: dict[PathKey, int] = {}
        self.items: dict[tuple[PathKey, str], int] = {}  # (list path, item) -> line (YAML)
        self.ends: dict[int, int] = {}  # first line of a multi-line value -> its last line
        self.text_lines = text.splitlines()
        value_start = 0
        counters: dict[PathKey, int] = {}
        current: PathKey = ()
        multiline: str | None = None
        depth = 0
        for lineno, raw in enumerate(text.splitlines(), 1):
            line = raw.strip()
            if multiline is not None:
                if raw.count(multiline) % 2 == 1:
                    multiline = None
                continue
            if depth > 0:  # inside a multi-line array
                bare = _outside_strings(line)
                depth += bare.count("[") - bare.count("]")
                self.ends[value_start] = lineno
                continue
            if not line or line.startswith("#"):
                continue
            if line.startswith("[["):
                end = line.find("]]")
                parts = _split_key(line[2:end])
                parent = self._resolve(parts[:-1], counters)
                key: PathKey = (*parent, parts[-1])
                index = counters.get(key, 0)
                counters[key] = index + 1
                current = (*key, index)
                self.lines.setdefault(current, lineno)
                self.lines.setdefault(key, lineno)
                continue
            if line.startswith("["):
                end = line.find("]")
                current = self._resolve(_split_key(line[1:end]), counters)
                self.lines.setdefault(current, lineno)
                continue
            if "=" in line:
                key_text, _, value = line.partition("=")
                self.lines.setdefault((*current, *_split_key(key_text)), lineno)
                for delim in ('"""', "'''"):
                    if value.count(delim) % 2 == 1:
                        multiline = delim
                        break
                else:
                    bare = _outside_strings(value)
                    depth = max(0, bare.count("[") - bare.count("]"))
                    value_start = lineno

    @staticmethod
    def _resolve(parts: Sequence[str], counters: Mapping[PathKey, int]) -> PathKey:
        resolved: list[str | int] = []
        for part in parts:
            resolved.append(part)
            count = counters.get(tuple(resolved))
            if count:
                resolved.append(count - 1)
        return tuple(resolved)

    def item_line(self, path: PathKey, item: str) -> int | None:
        """The line of the quoted ``item`` in the list written at ``path`` (which may span lines)."""
        if (path, item) in self.items:
            return self.items[(path, item)]
        start = self.line_of(path)
        if start is None:
            return None
        end = self.ends.get(start, start)
        for n in range(start, end + 1):
            text = self.text_lines[n - 1]
            if f'"{item}"' in text or f"'{item}'" in text:
                return n
        return start

    def line_of(self, path: PathKey) -> int | None:
        for n in range(len(path), 0, -1):
            line = self.lines.get(path[:n])
            if line is not None:
                return line
        return None


# --------------------------------------------------------------------------------------------------- collection
class _File:
    """One file being checked: its name, its line index, and the problems found so far."""

    def __init__(self, name: str, index: _LineIndex, problems: list[Problem]) -> None:
        self.name = name
        self.index = index
        self.problems = problems

    def problem(self, path: PathKey, message: str) -> None:
        self.problems.append(Problem(file=self.name, line=self.index.line_of(path), message=message))

    def item_problem(self, path: PathKey, item: str, message: str) -> None:
        """A problem with one item of a list: at the line that holds it, else at the list's key."""
        line = self.index.item_line(path, item)
        self.problems.append(Problem(file=self.name, line=line, message=message))

    def where(self, path: PathKey) -> str:
        line = self.index.line_of(path)
        return self.name if line is None else f"{self.name}:{line}"

    def convert(self, value: Any, type_: type[_T], path: PathKey, what: str) -> _T | None:
        try:
            return msgspec.convert(value, type_, strict=True)
        except msgspec.ValidationError as exc:
            match = _MSGSPEC_PATH_RE.match(str(exc))
            message, sub = (match.group(1), match.group(2) or "") if match else (str(exc), "")
            sub_path: list[str | int] = []
            for name, idx in _PATH_PART_RE.findall(sub):
                sub_path.append(int(idx) if idx else name)
            unknown = _UNKNOWN_RE.match(message)
            if unknown:
                sub_path.append(unknown.group(1))
            full = (*path, *sub_path)
            at = ".".join(str(p) for p in full if not isinstance(p, int))
            self.problem(full, f"{what}: {_plain(message)} (at {at})")
            return None


def _plain(message: str) -> str:
    return message.replace("Object contains unknown field", "unknown key").replace(
        "Object missing required field", "missing required key"
    )


def parse_look_back(text: str) -> int:
    """``"72h"`` -> 72, ``"30d"`` -> 720. Raises ValueError with a plain message."""
    match = _LOOK_BACK_RE.match(text)
    if not match:
        raise ValueError(f'look_back {text!r} is not a duration such as "72h" or "30d"')
    amount, unit = int(match.group(1)), match.group(2)
    hours = amount * (24 if unit == "d" else 1)
    if hours <= 0:
        raise ValueError(f"look_back {text!r} must be a positive duration")
    if hours > MAX_LOOK_BACK_HOURS:
        raise ValueError(f"look_back {text!r} is longer than the one-year maximum (365d)")
    return hours


class _Draft:
    """A rule that passed its own checks, waiting for the cross-rule checks."""

    def __init__(self, rule: Rule, file: _File, path: PathKey) -> None:
        self.rule = rule
        self.file = file
        self.path = path


def _check_category(
    f: _File, path: PathKey, name: str, raw: _RawCategory, legal_basis: str | None, rule_approvals: int | None
) -> CategoryRule | None:
    spec = RECORD_SCHEMA[name]
    ok = True

    def bad(key: str | None, message: str) -> None:
        nonlocal ok
        ok = False
        f.problem(path if key is None else (*path, key), f"{name}: {message}")

    if raw.approvals is not None and raw.approvals not in (1, 2):
        bad("approvals", f"approvals must be 1 or 2 (got {raw.approvals})")
    if not raw.allowed:
        optional: tuple[tuple[str, object], ...] = (
            ("look_back", raw.look_back),
            ("fields", raw.fields),
            ("approvals", raw.approvals),
            ("redact_free_text", raw.redact_free_text),
            ("keep_target_identifiers", raw.keep_target_identifiers),
        )
        for key, value in optional:
            if value is not None:
                bad(key, f"'{key}' has no meaning for a category that is not allowed; remove it")
        if not ok:
            return None
        return CategoryRule(category=name, allowed=False, note=raw.note.strip())

    if legal_basis == "us_18_2702_c4" and spec.content:
        bad(
            "allowed",
            "this is content, and legal basis us_18_2702_c4 permits only non-content records; "
            "it can never be allowed under it",
        )
    look_back_hours: int | None = None
    if spec.time_field is None:
        if raw.look_back is not None:
            bad("look_back", f"{name} is a current snapshot with no time window; remove look_back")
    elif raw.look_back is None:
        bad(None, f'an allowed {name} needs look_back (the largest window, such as "72h" or "30d")')
    else:
        try:
            look_back_hours = parse_look_back(raw.look_back)
        except ValueError as exc:
            bad("look_back", str(exc))
    fields = raw.fields
    if not fields:
        bad(
            "fields" if fields is not None else None,
            f"an allowed {name} needs a non-empty 'fields' list",
        )
        fields = []
    seen: set[str] = set()
    for field in fields:
        if spec.field(field) is None:
            ok = False
            f.item_problem(
                (*path, "fields"),
                field,
                f"{name}: unknown field {field!r}; {name} has {', '.join(spec.field_names)}",
            )
        elif field in seen:
            ok = False
            f.item_problem((*path, "fields"), field, f"{name}: field {field!r} is listed twice")
        seen.add(field)
    free_text = sorted(seen & spec.names_of_kind("free_text"))
    if free_text and raw.redact_free_text is False:
        bad(
            "redact_free_text",
            f"free-text field(s) {', '.join(free_text)} can only be released redacted; "
            "set redact_free_text = true or remove them",
        )
    approvals = raw.approvals if raw.approvals is not None else rule_approvals
    if not ok or approvals not in (1, 2):
        return None
    return CategoryRule(
        category=name,
        allowed=True,
        look_back_hours=look_back_hours,
        fields=tuple(f for f in spec.field_names if f in seen),
        redact_free_text=True if raw.redact_free_text is None else raw.redact_free_text,
        keep_target_identifiers=bool(raw.keep_target_identifiers),
        approvals=cast(Approvals, approvals),
        note=raw.note.strip(),
    )


def _check_rule(f: _File, path: PathKey, value: Any) -> _Draft | None:
    if not isinstance(value, dict):
        f.problem(path, "each [[rule]] must be a table")
        return None
    body = dict(value)
    categories = body.pop("categories", {})
    head = f.convert(body, _RawRuleHead, path, "rule")
    ok = head is not None
    legal_basis: str | None = None
    rule_approvals: int | None = None
    if head is not None:
        if not _ID_RE.match(head.id):
            ok = False
            f.problem(
                (*path, "id"), f"rule id {head.id!r} must be lower-case letters, digits, '.', '_' or '-'"
            )
        if head.legal_basis in LEGAL_BASES:
            legal_basis = head.legal_basis
        else:
            ok = False
            f.problem(
                (*path, "legal_basis"),
                f"unknown legal basis {head.legal_basis!r}; expected one of {', '.join(LEGAL_BASES)}",
            )
        if not head.emergency_categories:
            ok = False
            f.problem((*path, "emergency_categories"), "emergency_categories must name at least one category")
        seen: set[str] = set()
        for category in head.emergency_categories:
            if category not in EMERGENCY_CATEGORIES:
                ok = False
                f.item_problem(
                    (*path, "emergency_categories"),
                    category,
                    f"unknown emergency category {category!r}; expected one of {', '.join(EMERGENCY_CATEGORIES)}",
                )
            elif category in seen:
                ok = False
                f.item_problem(
                    (*path, "emergency_categories"),
                    category,
                    f"emergency category {category!r} is listed twice",
                )
            seen.add(category)
        if head.approvals in (1, 2):
            rule_approvals = head.approvals
        else:
            ok = False
            f.problem((*path, "approvals"), f"approvals must be 1 or 2 (got {head.approvals})")
        if not 1 <= head.max_targets <= MAX_TARGETS_LIMIT:
            ok = False
            f.problem(
                (*path, "max_targets"),
                f"max_targets must be between 1 and {MAX_TARGETS_LIMIT} (got {head.max_targets})",
            )
        if not head.summary.strip():
            ok = False
            f.problem((*path, "summary"), "summary must say in plain words what the rule is for")
    if not isinstance(categories, dict):
        f.problem((*path, "categories"), "categories must be a table of data categories")
        return None
    if not categories:
        ok = False
        f.problem(path, "a rule must list at least one data category under [rule.categories.<name>]")
    rules: list[CategoryRule] = []
    for name, raw_value in categories.items():
        cpath: PathKey = (*path, "categories", name)
        if name not in RECORD_SCHEMA:
            ok = False
            f.problem(cpath, f"unknown data category {name!r}; expected one of {', '.join(RECORD_SCHEMA)}")
            continue
        if not isinstance(raw_value, dict):
            ok = False
            f.problem(cpath, f"{name} must be a table")
            continue
        raw = f.convert(raw_value, _RawCategory, cpath, name)
        checked = None if raw is None else _check_category(f, cpath, name, raw, legal_basis, rule_approvals)
        if checked is None:
            ok = False
        else:
            rules.append(checked)
    if not ok or head is None or rule_approvals is None:
        return None
    order = list(RECORD_SCHEMA)
    rule = Rule(
        id=head.id,
        legal_basis=head.legal_basis,
        emergency_categories=tuple(
            sorted(set(head.emergency_categories), key=list(EMERGENCY_CATEGORIES).index)
        ),
        approvals=cast(Approvals, rule_approvals),
        max_targets=head.max_targets,
        summary=" ".join(head.summary.split()),
        categories=tuple(sorted(rules, key=lambda c: order.index(c.category))),
        source=f.where(path),
    )
    return _Draft(rule, f, path)


def _parse_toml(name: str, text: str, problems: list[Problem]) -> tuple[Any, _LineIndex] | None:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_POS_RE.search(str(exc))
        line = int(match.group(1)) if match else None
        problems.append(Problem(file=name, line=line, message=f"not valid TOML: {exc}"))
        return None
    return doc, _LineIndex(text)


def _parse_yaml(name: str, text: str, problems: list[Problem]) -> tuple[Any, _LineIndex] | None:
    """YAML with positions from the node tree; duplicate keys and aliases (which PyYAML accepts) are refused."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problems.append(
            Problem(file=name, line=line, message=f"not valid YAML: {getattr(exc, 'problem', None) or exc}")
        )
        return None
    index = _LineIndex("")
    before = len(problems)
    seen: set[int] = set()

    def walk(node: yaml.Node, path: PathKey) -> None:
        line = node.start_mark.line + 1
        if id(node) in seen:
            problems.append(Problem(file=name, line=line, message="YAML anchors and aliases are not allowed"))
            return
        seen.add(id(node))
        index.lines.setdefault(path, line)
        if isinstance(node, yaml.MappingNode):
            keys: set[str] = set()
            for key_node, value_node in node.value:
                key = str(key_node.value)
                key_line = key_node.start_mark.line + 1
                if key in keys:
                    problems.append(Problem(file=name, line=key_line, message=f"key {key!r} is repeated"))
                keys.add(key)
                index.lines.setdefault((*path, key), key_line)
                walk(value_node, (*path, key))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                if isinstance(item, yaml.ScalarNode):
                    index.items.setdefault((path, str(item.value)), item.start_mark.line + 1)
                walk(item, (*path, i))

    if root is None:
        return {}, index
    walk(root, ())
    if len(problems) > before:
        return None
    return yaml.safe_load(text), index


def _check_file(
    name: str, data: bytes, problems: list[Problem]
) -> tuple[list[tuple[_RawHeader, _File]], list[_Draft]]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem(file=name, line=None, message=f"not UTF-8 text ({exc.reason})"))
        return [], []
    parsed = (
        _parse_yaml(name, text, problems)
        if name.endswith((".yaml", ".yml"))
        else _parse_toml(name, text, problems)
    )
    if parsed is None:
        return [], []
    doc, index = parsed
    if not isinstance(doc, dict):
        problems.append(
            Problem(file=name, line=1, message="a policy file must be a table (mapping) at the top")
        )
        return [], []
    f = _File(name, index, problems)
    headers: list[tuple[_RawHeader, _File]] = []
    drafts: list[_Draft] = []
    for key in doc:
        if key not in ("policy_set", "rule"):
            f.problem((key,), f"unknown table or key {key!r}; a policy file holds [policy_set] and [[rule]]")
    if "policy_set" in doc:
        header = f.convert(doc["policy_set"], _RawHeader, ("policy_set",), "policy_set")
        if header is not None:
            header_ok = True
            if not _ID_RE.match(header.id):
                header_ok = False
                f.problem(
                    ("policy_set", "id"),
                    f"policy set id {header.id!r} must be lower-case letters, digits, '.', '_' or '-'",
                )
            if not header.version.strip() or len(header.version) > 64:
                header_ok = False
                f.problem(
                    ("policy_set", "version"), "version must be a non-empty string of at most 64 characters"
                )
            if header_ok:
                headers.append((header, f))
    rules = doc.get("rule", [])
    if not isinstance(rules, list):
        f.problem(("rule",), "'rule' must be an array of tables: write each rule as [[rule]]")
        return headers, drafts
    for i, value in enumerate(rules):
        draft = _check_rule(f, ("rule", i), value)
        if draft is not None:
            drafts.append(draft)
    return headers, drafts


def _policy_files(path: Path, problems: list[Problem]) -> list[Path]:
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in POLICY_SUFFIXES)
        if not files:
            problems.append(
                Problem(
                    file=str(path),
                    line=None,
                    message="no policy files (*.toml, *.yaml, *.yml) in this directory",
                )
            )
        return files
    if path.is_file():
        return [path]
    problems.append(Problem(file=str(path), line=None, message="no such file or directory"))
    return []


def _build(path: Path) -> tuple[PolicySet | None, list[Problem]]:
    problems: list[Problem] = []
    headers: list[tuple[_RawHeader, _File]] = []
    drafts: list[_Draft] = []
    for file in _policy_files(path, problems):
        try:
            data = file.read_bytes()
        except OSError as exc:
            problems.append(Problem(file=str(file), line=None, message=f"cannot read: {exc.strerror}"))
            continue
        if len(data) > MAX_FILE_BYTES:
            problems.append(Problem(file=str(file), line=None, message="file larger than 1 MiB"))
            continue
        file_headers, file_drafts = _check_file(str(file), data, problems)
        headers += file_headers
        drafts += file_drafts
    if not problems and not headers:
        problems.append(
            Problem(
                file=str(path),
                line=None,
                message="no [policy_set] table: a policy set needs an id and a version",
            )
        )
    for _, extra in headers[1:]:
        extra.problem(
            ("policy_set",),
            f"a second [policy_set] table (the first is at {headers[0][1].where(('policy_set',))})",
        )
    ids: dict[str, _Draft] = {}
    keys: dict[tuple[str, str], _Draft] = {}
    for d in drafts:
        first = ids.setdefault(d.rule.id, d)
        if first is not d:
            d.file.problem(
                (*d.path, "id"), f"rule id {d.rule.id!r} is already used at {first.file.where(first.path)}"
            )
        for category in d.rule.emergency_categories:
            other = keys.setdefault((d.rule.legal_basis, category), d)
            if other is not d:
                d.file.problem(
                    (*d.path, "emergency_categories"),
                    f"overlapping rules: {d.rule.legal_basis} / {category} is already covered by rule "
                    f"{other.rule.id!r} at {other.file.where(other.path)}",
                )
    if not problems and not drafts:
        problems.append(
            Problem(
                file=str(path), line=None, message="the policy set has no rules; it would refuse everything"
            )
        )
    if problems:
        return None, sorted(problems, key=lambda p: (p.file, p.line or 0))
    header = headers[0][0]
    policy = PolicySet(
        id=header.id,
        version=header.version.strip(),
        description=" ".join(header.description.split()),
        rules=tuple(sorted((d.rule for d in drafts), key=lambda r: r.id)),
    )
    return policy, []


def load_policy_set(path: Path | str) -> PolicySet:
    """Load and validate a policy set from a directory of ``*.toml`` files or from one file.

    Raises :class:`PolicyFileError` listing every problem found; never returns a partial or invalid set.
    """
    policy, problems = _build(Path(path))
    if policy is None:
        raise PolicyFileError(problems)
    return policy


def check_paths(paths: Iterable[Path | str]) -> list[Problem]:
    """Every problem in the policy sets at ``paths`` (each a directory or a file); empty when all are valid."""
    problems: list[Problem] = []
    for path in paths:
        problems += _build(Path(path))[1]
    return problems
