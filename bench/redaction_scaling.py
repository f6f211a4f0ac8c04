"""Redaction time against text length: one long line, this engine against bare Presidio, same run.

A user writes the text a disclosure carries, so its shape is the adversary's: one paragraph of 200,000 characters
(the default ``max_chars``) full of name-like words. Each pattern below is repeated to a short and a long length
(ten times longer by default) and both engines redact it once, one text per call. Linear work shows as a time
ratio near the length ratio (10); work that grows with the square of the length shows as a ratio near 100.

    .venv/bin/python bench/redaction_scaling.py                       # 20,000 and 200,000 characters
    .venv/bin/python bench/redaction_scaling.py --short 5000 --long 50000
"""

from __future__ import annotations

import argparse
import secrets
import time
from typing import Any

import redaction_eval  # first: it takes bench/ off sys.path (bench/redaction.py would shadow the package)

# Chosen to make the rules work: names around emoji, greetings, titles in a list, a comma list of given names,
# "Label: Name" records on one line, lower-case filler (no name at all), a name in shouted text, a name and an age
# between "|", a delimited record's header and row, a screen name's underscores run on, a list of names with no
# other cue; runs with no space that an address pattern once re-read from
# every "-" in them; one run of symbols, which spaCy's tokenizer takes apart in time growing with the square of
# its length; and a label, a name or nothing before ONE run of spaces or tabs (a pair ``(head, fill)``: the head
# once, then the fill to the length), where a pattern that backtracks over the run is quadratic ("LN" + 50,000
# spaces once took 32.6 s) although no repeated pattern shows it.
PATTERNS: list[str | tuple[str, str]] = [
    "Judy Pope 💍 ",
    "Hi Kim! ",
    "Mr Smith, Mrs Jones, Dr Lee and ",
    "Kelly, Nathan, April, ",
    "Name: Amy King; ",
    "c/o Amy King ",
    "and then we went home ",
    "ASK Todd IF ",
    "Lisa | 17 | ",
    "name,dob,email\nAmy King,1/2/1990,a@b.co\n",
    "a-",
    "A-",
    "xX_Jones_Xx_",
    "Tyler, Reginald, Kent D'Hubbard, ",
    "😀",
    ("LN", " "),
    ("Name:", "\t"),
    ("Judy Pope", " "),
    ("", " "),
]
# Bare Presidio reads the whole run; at the long length it would take an hour: timed at the short length only.
BARE_SHORT_ONLY = {"😀"}


def _repeat(pattern: str | tuple[str, str], n: int) -> str:
    if isinstance(pattern, tuple):
        head, fill = pattern
        return head + fill * (n - len(head))
    return (pattern * (n // len(pattern) + 1))[:n]


def _bare() -> Any:
    analyzer, anonymizer = redaction_eval.bare_presidio()

    def run(text: str) -> bool:
        results = analyzer.analyze(text=text, language="en")
        anonymizer.anonymize(text=text, analyzer_results=results)
        return True

    return run


def _ours() -> Any:
    from redaction import Redactor

    redactor = Redactor(secrets.token_bytes(32))

    def run(text: str) -> bool:
        return not redactor.redact(text).failed

    return run


def _time(run: Any, text: str) -> tuple[float, bool]:
    t = time.perf_counter()
    ok = run(text)
    return time.perf_counter() - t, ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--short", type=int, default=20_000, help="characters of the short line (default 20,000)")
    ap.add_argument("--long", type=int, default=200_000, help="characters of the long line (default 200,000)")
    args = ap.parse_args(argv)
    engines = {"this engine": _ours(), "bare Presidio": _bare()}
    print(f"one line, {args.short:,} and {args.long:,} characters; seconds, and long/short time ratio")
    print(f"{'pattern':<36}" + "".join(f"{name:>32}" for name in engines) + f"{'ours/bare (long)':>18}")
    failed = False
    for pattern in PATTERNS:
        cells = []
        long_times = []
        for name, run in engines.items():
            short_s, ok_short = _time(run, _repeat(pattern, args.short))
            if name == "bare Presidio" and pattern in BARE_SHORT_ONLY:
                cells.append(f"{short_s:8.2f} {'-':>8}  {'-':>7}")
                continue
            long_s, ok_long = _time(run, _repeat(pattern, args.long))
            failed |= not (ok_short and ok_long)
            mark = "" if ok_short and ok_long else " withheld"
            cells.append(f"{short_s:8.2f} {long_s:8.2f}  ×{long_s / short_s:6.1f}{mark}")
            long_times.append(long_s)
        ratio = f"{long_times[0] / long_times[1]:.2f}" if len(long_times) == 2 else "-"
        label = f"{pattern[0]!r} + {pattern[1]!r}…" if isinstance(pattern, tuple) else repr(pattern)
        print(f"{label:<36}" + "".join(f"{c:>32}" for c in cells) + f"{ratio:>18}")
    if failed:
        print("a text was withheld (redaction failed): see above")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
