"""The 1990 US Census given-name and surname tables shipped in ``redaction/data`` (see the README there).

Read from the installed package, once per analyzer; nothing is downloaded.
"""

from __future__ import annotations

from importlib.resources import files

from redaction.errors import ModelLoadError


def _lines(name: str) -> list[str]:
    try:
        text = files("redaction").joinpath("data", name).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelLoadError(f"cannot read the name table {name}: {type(exc).__name__}") from exc
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def load_name_tables() -> tuple[dict[str, float], frozenset[str], frozenset[str]]:
    """``(given names → percent of people bearing them, surnames, rare surnames)``, all lower case."""
    given: dict[str, float] = {}
    try:
        for line in _lines("given_names.txt"):
            name, percent = line.split()
            given[name] = float(percent)
    except ValueError as exc:
        raise ModelLoadError("malformed given_names.txt") from exc
    surnames = frozenset(_lines("surnames.txt"))
    rare = frozenset(_lines("surnames_rare.txt"))
    if not given or not surnames or not rare:
        raise ModelLoadError("empty name tables")
    return given, surnames, rare
