"""The ``redact`` command: JSONL in, JSONL out, offsets into the original text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from faker import Faker

from redaction.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_cli_redacts_jsonl_with_keep_and_original_offsets(tmp_path: Path, fake: Faker) -> None:
    target, other = fake.email(), fake.email()
    records = [
        {"id": "m1", "text": f"from {target} to {other}", "keep": [target]},
        {"id": 2, "text": f"{other} again, call 628-555-0199"},
        {"id": "m3", "text": "nothing here, order #123456 at 10:30"},
    ]
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in records) + "\n\n", encoding="utf-8")
    assert main(["-i", str(src), "-o", str(dst), "--batch-size", "2", "--chunk", "2"]) == 0
    out = _lines(dst)
    assert [o["id"] for o in out] == ["m1", 2, "m3"]
    assert out[0]["text"] == f"from {target} to <EMAIL_1>"
    assert out[1]["text"] == "<EMAIL_1> again, call <PHONE_1>"  # one release per run: same placeholder
    assert out[2]["text"] == records[2]["text"] and out[2]["entities"] == []
    for rec, o in zip(records, out, strict=True):
        for e in o["entities"]:  # type: ignore[attr-defined]
            assert set(e) == {"type", "start", "end", "score"}
            assert rec["text"][e["start"] : e["end"]] in (other, "628-555-0199")  # type: ignore[index]


def test_cli_reports_malformed_lines_and_exits_1(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text('{"id": 1, "text": "hi"}\nnot json\n{"id": 3}\n{"id": 4, "text": "x", "extra": 1}\n')
    assert main(["-i", str(src), "-o", str(dst)]) == 1
    out = _lines(dst)
    assert out[0] == {"id": 1, "text": "hi", "entities": []}
    assert [o.get("line") for o in out[1:]] == [2, 3, 4]
    assert all("error" in o and "text" not in o for o in out[1:])


def test_python_dash_m_redaction_reads_stdin(tmp_path: Path) -> None:
    line = json.dumps({"id": "a", "text": "text Ana Ruiz at 628-555-0199"})
    proc = subprocess.run(
        [sys.executable, "-m", "redaction", "--threshold", "0.5", "--processes", "1"],
        input=line + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["id"] == "a" and out["text"] == "text <PERSON_1> at <PHONE_1>"
    assert [(e["type"], e["start"], e["end"]) for e in out["entities"]] == [
        ("PERSON", 5, 13),
        ("PHONE_NUMBER", 17, 29),
    ]
    assert all(0.5 <= e["score"] <= 1.0 for e in out["entities"])


def test_cli_usage_errors_exit_2(tmp_path: Path) -> None:
    assert main(["--processes", "-1"]) == 2
    assert main(["--model", str(tmp_path)]) == 2
