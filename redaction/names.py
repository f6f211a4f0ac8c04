"""The US Census given-name and surname tables shipped in ``redaction/data`` (see the README there): the 1990 files,
and the names of the 2020 files that the 1990 ones do not hold.

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


def _percents(name: str) -> dict[str, float]:
    table: dict[str, float] = {}
    try:
        for line in _lines(name):
            word, percent = line.split()
            table[word] = float(percent)
    except ValueError as exc:
        raise ModelLoadError(f"malformed {name}") from exc
    if not table:
        raise ModelLoadError(f"empty name table {name}")
    return table


def load_name_tables_2020() -> tuple[dict[str, float], dict[str, float]]:
    """``(given names, surnames)`` of the 2020 Census that the 1990 tables do not hold, each → percent of people
    bearing it; all lower case. Names given since 1990 ("Liam", "Jayden", "Nevaeh") and those of people who came
    since ("Oluwaseun", "Nguyen", "Priya") are here."""
    return _percents("given_names_2020.txt"), _percents("surnames_2020.txt")
