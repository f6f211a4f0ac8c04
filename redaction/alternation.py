"""Word alternations as prefix trees: the same matches, found faster.

Python's ``re`` tries the alternatives of ``(?:reach|reached|tell|told|…)`` one after another at every position it
reaches; the cue lists of :mod:`redaction.people` hold up to a hundred words, so a long text pays a hundred failed
first letters at every word. :func:`factored` rewrites such an alternation with common leading characters taken out
(``(?:reach(?:|ed)|t(?:ell|old)|…)``), which finds exactly the same matches in the same order of preference:

- only a leading atom that matches exactly one character, or none, in exactly one way (a literal character or an
  escape like ``\\.`` or ``\\s``; no group, no class, nothing quantified) is taken out, so backtracking into it has
  nothing to try;
- an alternative joins an earlier one with the same leading atom only when every alternative between them starts
  with a different literal letter, digit or punctuation mark (even ignoring case), so none of them could have
  matched where it does: the order in which alternatives are tried is kept wherever it could matter.
"""

from __future__ import annotations

import re

_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*,?\d*\})[?+]?")
_PLAIN = re.compile(
    r"[A-Za-z0-9'’ ,/&:;!#%@=~<>\"-]"
)  # literal characters: the alternation order test needs these


def _class_end(pattern: str, i: int) -> int:
    """The index after the character class that opens at ``pattern[i]``."""
    j = i + 1
    if pattern[j : j + 1] == "^":
        j += 1
    if pattern[j : j + 1] == "]":
        j += 1
    while pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group_end(pattern: str, i: int) -> int:
    """The index after the group that opens at ``pattern[i]``."""
    depth, j = 0, i
    while True:
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(pattern, j)
            continue
        depth += {"(": 1, ")": -1}.get(c, 0)
        j += 1
        if depth == 0:
            return j


def _atoms(pattern: str) -> list[str]:
    """``pattern`` split into atoms, each with its quantifier."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            j = i + 2
        elif c == "[":
            j = _class_end(pattern, i)
        elif c == "(":
            j = _group_end(pattern, i)
        else:
            j = i + 1
        q = _QUANTIFIER.match(pattern, j)
        if q:
            j = q.end()
        out.append(pattern[i:j])
        i = j
    return out


def _split(pattern: str) -> list[str]:
    """``pattern``'s top-level alternatives."""
    out, cur = [], ""
    for tok in _atoms(pattern):
        if tok == "|":
            out.append(cur)
            cur = ""
        else:
            cur += tok
    out.append(cur)
    return out


def _fixed(atom: str) -> bool:
    """An atom that matches one character (or a zero-width assertion) in exactly one way."""
    return (len(atom) == 1 and atom not in "|()[]{}^$.*+?") or (len(atom) == 2 and atom[0] == "\\")


def _exclusive(a: str, b: str) -> bool:
    """Two leading atoms that can never both match at one position, whatever the case flags."""
    return bool(_PLAIN.fullmatch(a) and _PLAIN.fullmatch(b) and a.lower() != b.lower())


def _factor(alternatives: list[list[str]]) -> list[str]:
    groups: list[tuple[str | None, list[list[str]]]] = []
    for alt in alternatives:
        lead = alt[0] if alt and _fixed(alt[0]) else None
        home = None
        if lead is not None:
            for k in range(len(groups) - 1, -1, -1):
                key, _ = groups[k]
                if key == lead:
                    home = k
                    break
                if key is None or not _exclusive(key, lead):
                    break
        if home is None:
            groups.append((lead, [alt]))
        else:
            groups[home][1].append(alt)
    parts: list[str] = []
    for key, members in groups:
        if key is None or len(members) == 1:
            parts.extend("".join(m) for m in members)
        else:
            rest = _factor([m[1:] for m in members])
            parts.append(key + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")"))
    return parts


def factored(alternation: str) -> str:
    """``(?:a|b|…)`` with the leading characters its alternatives share taken out; the same matches (see above)."""
    if not (alternation.startswith("(?:") and alternation.endswith(")")):
        raise ValueError("expected a non-capturing group (?:…)")
    inner = alternation[3:-1]
    return "(?:" + "|".join(_factor([_atoms(a) for a in _split(inner)])) + ")"
