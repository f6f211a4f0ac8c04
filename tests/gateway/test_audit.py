"""Auditor routes over HTTP, checked with the ledger library and the offline `ledger verify` command."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from harness import Gateway, assert_problem, now

import ledger
from gateway.demo import sample_request


def _submit(gw: Gateway, n: int) -> None:
    with gw.client("A") as client:
        for _ in range(n):
            assert client.submit(sample_request(now())).status_code == 202


def test_auditor_proofs_verify_against_the_signed_checkpoint(gateway: Gateway) -> None:
    _submit(gateway, 3)  # 1 policy entry + 2 per request = 7 entries
    with gateway.staff("audrey", "auditor") as auditor:
        vkey = auditor.get("/v1/ledger/verifier-key").text.strip()
        note = auditor.get("/v1/ledger/checkpoint").text
        checkpoint = ledger.open_checkpoint(note, ledger.parse_verifier_key(vkey))
        assert checkpoint.size == 7
        entries = auditor.get("/v1/ledger/entries", params={"start": "0", "limit": "1000"}).json()["entries"]
        assert [e["seq"] for e in entries] == list(range(7))
        for entry in entries:
            proof = auditor.get(
                "/v1/ledger/proofs/inclusion",
                params={"index": str(entry["seq"]), "size": str(checkpoint.size)},
            ).json()
            hashes = [base64.b64decode(h) for h in proof["hashes"]]
            ledger.verify_inclusion(
                entry["seq"],
                checkpoint.size,
                ledger.leaf_hash(entry["leaf"].encode()),
                hashes,
                checkpoint.root,
            )
        _submit(gateway, 1)
        newer = ledger.open_checkpoint(
            auditor.get("/v1/ledger/checkpoint").text, ledger.parse_verifier_key(vkey)
        )
        assert newer.size == 9
        proof = auditor.get("/v1/ledger/proofs/consistency", params={"first": "7", "second": "9"}).json()
        ledger.verify_consistency(
            7, 9, checkpoint.root, newer.root, [base64.b64decode(h) for h in proof["hashes"]]
        )
        receipt = auditor.get("/v1/ledger/receipts/8")
        assert receipt.status_code == 200
        proved = ledger.verify_receipt(receipt.text, ledger.parse_verifier_key(vkey))
        assert proved.index == 8
        assert proved.entry.kind == "plan.made"


@pytest.mark.parametrize("value", ["+1", "01", " 1", "1_0", "-1", "１", "1.0", ""])
def test_numbers_are_parsed_strictly(gateway: Gateway, value: str) -> None:
    with gateway.staff("audrey", "auditor") as auditor:
        assert_problem(auditor.get("/v1/ledger/entries", params={"start": value}), 422)


def test_only_auditors_and_admins_read_the_ledger(gateway: Gateway) -> None:
    with gateway.staff("rita", "reviewer") as reviewer:
        assert_problem(reviewer.get("/v1/ledger/checkpoint"), 403, "forbidden")
    with gateway.staff("adam", "admin") as admin:
        assert admin.get("/v1/ledger/checkpoint").status_code == 200
    with httpx.Client(base_url=gateway.base_url) as anonymous:
        assert_problem(anonymous.get("/v1/ledger/checkpoint"), 401)
    # A portal token is never a staff token, nor the reverse.
    signer = gateway.signers["A"]
    portal_token = signer.token("GET", "/v1/ledger/checkpoint")
    with httpx.Client(base_url=gateway.base_url) as http:
        assert_problem(
            http.get("/v1/ledger/checkpoint", headers={"Authorization": f"Bearer {portal_token}"}), 401
        )
        staff_token = gateway.staff_token("adam", "admin")
        response = http.get("/v1/requests/edr_x", headers={"Authorization": f"Bearer {staff_token}"})
        assert_problem(response, 401)


def test_ledger_verify_command_passes_against_the_running_gateway(gateway: Gateway, tmp_path: Path) -> None:
    _submit(gateway, 2)
    with gateway.staff("audrey", "auditor") as auditor:
        vkey = auditor.get("/v1/ledger/verifier-key").text.strip()
    env = {**os.environ, "LEDGER_TOKEN": gateway.staff_token("audrey", "auditor")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ledger.cli",
            "verify",
            "--url",
            gateway.base_url,
            "--key",
            vkey,
            "--jobs",
            "1",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("route", "params"),
    [
        ("/v1/ledger/proofs/inclusion", {"index": "3", "size": "3"}),  # index must be below size
        ("/v1/ledger/proofs/inclusion", {"index": "0", "size": "999"}),  # beyond the log
        ("/v1/ledger/proofs/consistency", {"first": "0", "second": "2"}),  # from an empty tree proves nothing
        ("/v1/ledger/proofs/consistency", {"first": "3", "second": "2"}),
    ],
)
def test_impossible_proofs_are_422(gateway: Gateway, route: str, params: dict[str, str]) -> None:
    _submit(gateway, 1)
    with gateway.staff("audrey", "auditor") as auditor:
        assert_problem(auditor.get(route, params=params), 422, "invalid-request")
