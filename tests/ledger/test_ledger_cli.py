"""The ``ledger`` command against the HTTP contract (a stub over the real Ledger on a real database),
including an attacker with superuser rights who switches the append-only triggers off."""

# ruff: noqa: S608 - SQL built from fixed names and integers in tests

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from ledger_testkit import LedgerDB, LedgerHTTPStub, make_ledger_db

from ledger.cli import main
from ledger.merkle import stored_hash_count


async def run(*argv: str) -> int:
    return await asyncio.to_thread(main, list(argv))


async def test_verify_export_prove_and_state(
    ldb: LedgerDB, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vkey = ldb.ledger.verifier_key()
    state = tmp_path / "state.json"
    await ldb.append_many(25)
    with LedgerHTTPStub(ldb, asyncio.get_running_loop(), token="s3cret") as stub:
        assert (
            await run("verify", "--url", stub.url, "--key", vkey, "--token", "s3cret", "--state", str(state))
            == 0
        )
        assert "25 entries" in capsys.readouterr().out
        await ldb.append_many(14)
        key_file = tmp_path / "log.vkey"
        key_file.write_text(vkey + "\n")
        assert (
            await run(
                "verify",
                "--url",
                stub.url,
                "--key",
                str(key_file),
                "--token",
                "s3cret",
                "--state",
                str(state),
            )
            == 0
        )
        assert "39 entries" in (out := capsys.readouterr().out) and "size 25 verified before" in out
        out_file = tmp_path / "ledger.jsonl"
        assert await run("export", "--url", stub.url, "--out", str(out_file), "--token", "s3cret") == 0
        assert await run("verify", "--url", stub.url, "--key", vkey) == 2  # no token: 401
        assert "HTTP 401" in capsys.readouterr().err
        receipt = await asyncio.to_thread(lambda: __import__("httpx").get(
            f"{stub.url}/v1/ledger/receipts/30", headers={"Authorization": "Bearer s3cret"}).text)  # fmt: skip
    assert await run("verify", "--export", str(out_file), "--key", vkey, "--state", str(state)) == 0
    lines = out_file.read_text().splitlines()
    assert len(lines) == 40 and json.loads(lines[0])["format"] == "ledger-export/v1"
    receipt_file = tmp_path / "30.tlog-proof"
    receipt_file.write_text(receipt)
    capsys.readouterr()
    assert await run("prove", "--receipt", str(receipt_file), "--key", vkey) == 0
    assert '"request":"r-30"' in capsys.readouterr().out
    receipt_file.write_text(receipt.replace("index 30", "index 31"))
    assert await run("prove", "--receipt", str(receipt_file), "--key", vkey) == 1
    other = make_other_key()
    receipt_file.write_text(receipt)
    assert await run("prove", "--receipt", str(receipt_file), "--key", other) == 1


def make_other_key() -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from ledger import NoteSigner

    return NoteSigner("gateway.example/ledger", Ed25519PrivateKey.generate()).verifier_key()


async def _verify(ldb: LedgerDB, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    capsys.readouterr()
    with LedgerHTTPStub(ldb, asyncio.get_running_loop()) as stub:
        rc = await run("verify", "--url", stub.url, "--key", ldb.ledger.verifier_key(), *extra)
    return rc, capsys.readouterr().err


async def _signed(ldb: LedgerDB, count: int) -> None:
    await ldb.append_many(count)
    async with ldb.engine.begin() as conn:
        await ldb.ledger.checkpoint(conn)


@pytest.mark.parametrize("seq", [0, 7, 19])
async def test_changed_byte_is_named(ldb: LedgerDB, capsys: pytest.CaptureFixture[str], seq: int) -> None:
    await _signed(ldb, 20)
    await ldb.tamper(
        f"UPDATE ledger_entries SET leaf = replace(leaf, '\"r-{seq}\"', '\"r-X\"') WHERE seq = {seq}"
    )
    rc, err = await _verify(ldb, capsys)
    assert rc == 1 and f"[first bad seq: {seq}]" in err, err


async def test_changed_byte_in_export_is_named(
    ldb: LedgerDB, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    await _signed(ldb, 20)
    await ldb.tamper("UPDATE ledger_entries SET leaf = replace(leaf, '\"n\":11', '\"n\":12') WHERE seq = 11")
    out = tmp_path / "export.jsonl"
    with LedgerHTTPStub(ldb, asyncio.get_running_loop()) as stub:
        assert await run("export", "--url", stub.url, "--out", str(out)) == 0
    capsys.readouterr()
    assert await run("verify", "--export", str(out), "--key", ldb.ledger.verifier_key()) == 1
    assert "[first bad seq: 11]" in capsys.readouterr().err


async def test_changed_prev_field_is_named(ldb: LedgerDB, capsys: pytest.CaptureFixture[str]) -> None:
    await _signed(ldb, 20)
    await ldb.tamper(
        'UPDATE ledger_entries SET leaf = replace(leaf, \'"prev":"\', \'"prev":"0\') WHERE seq = 9'
    )
    await ldb.tamper(
        'UPDATE ledger_entries SET leaf = replace(leaf, \'"prev":"00\', \'"prev":"0\') WHERE seq = 9'
    )
    rc, err = await _verify(ldb, capsys)
    assert rc == 1 and "[first bad seq: 9]" in err, err


async def test_deleted_row_is_named(ldb: LedgerDB, capsys: pytest.CaptureFixture[str]) -> None:
    await _signed(ldb, 20)
    await ldb.tamper("DELETE FROM ledger_entries WHERE seq = 5")
    rc, err = await _verify(ldb, capsys)
    assert rc == 1 and "entry 5 is missing" in err and "[first bad seq: 5]" in err, err


async def test_swapped_rows_are_named(ldb: LedgerDB, capsys: pytest.CaptureFixture[str]) -> None:
    await _signed(ldb, 20)
    await ldb.tamper(
        "UPDATE ledger_entries SET seq = -1 WHERE seq = 3",
        "UPDATE ledger_entries SET seq = 3 WHERE seq = 9",
        "UPDATE ledger_entries SET seq = 9 WHERE seq = -1",
    )
    rc, err = await _verify(ldb, capsys)
    assert rc == 1 and "[first bad seq: 3]" in err, err


async def test_truncation_is_caught_through_state(
    ldb: LedgerDB, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state = tmp_path / "state.json"
    await _signed(ldb, 20)
    rc, err = await _verify(ldb, capsys, "--state", str(state))
    assert rc == 0, err
    # The attacker removes the tail and every trace of it; the server, holding the key, signs the shorter log.
    await ldb.tamper(
        "DELETE FROM ledger_entries WHERE seq >= 15",
        f"DELETE FROM ledger_tree_hashes WHERE idx >= {stored_hash_count(15)}",
        "DELETE FROM ledger_checkpoints WHERE size > 15",
    )
    rc, err = await _verify(ldb, capsys)
    assert rc == 0, err  # on its own the shorter log is consistent...
    rc, err = await _verify(ldb, capsys, "--state", str(state))
    assert rc == 1 and "shrank from 20 to 15" in err and "[first bad seq: 15]" in err, (
        err
    )  # ...but not with the past
    evidence = json.loads((tmp_path / "state.json.fork.json").read_text())
    assert evidence["old_checkpoint"] != evidence["new_checkpoint"] and evidence["first_bad_seq"] == 15


async def test_fork_is_named_with_evidence(
    ldb: LedgerDB, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two copies of the log, signed by the same key, diverging at seq 12."""
    state = tmp_path / "state.json"
    await _signed(ldb, 20)
    assert (await _verify(ldb, capsys, "--state", str(state)))[0] == 0
    # SQLite: a second database file. PostgreSQL: the same database, emptied by the attacker and refilled, so the
    # server answers with a history that differs from entry 12 on, signed by the same key.
    fork = await make_ledger_db(
        ldb.url.replace("gateway.db", "fork.db") if "sqlite" in ldb.url else ldb.url, ldb.signer
    )
    if fork.engine.dialect.name == "postgresql":
        await fork.tamper(
            "DELETE FROM ledger_checkpoints", "DELETE FROM ledger_tree_hashes", "DELETE FROM ledger_entries"
        )
    try:
        await fork.append_many(12)
        await fork.append_many(10, kind="plan.made")
        rc, err = await _verify(fork, capsys, "--state", str(state))
    finally:
        await fork.engine.dispose()
    assert rc == 1 and "FAIL (fork)" in err and "[first bad seq: 12]" in err, err
    evidence = json.loads((tmp_path / "state.json.fork.json").read_text())
    assert evidence["first_bad_seq"] == 12 and '"plan.made"' in evidence["new_leaf"]
    assert evidence["consistency_proof"]["first"] == 20 and evidence["consistency_proof"]["second"] == 22


async def test_verify_requires_every_given_key(ldb: LedgerDB, capsys: pytest.CaptureFixture[str]) -> None:
    from cryptography.hazmat.primitives.asymmetric.mldsa import MLDSA44PrivateKey

    from ledger import Ledger, MLDSASigner

    cosigner = MLDSASigner("gateway.example/ledger", MLDSA44PrivateKey.generate())
    ldb.ledger = Ledger("gateway.example/ledger", ldb.signer, [cosigner])
    await _signed(ldb, 5)
    pq_key = ldb.ledger.cosigner_keys()[0]
    assert (await _verify(ldb, capsys, "--key", pq_key))[0] == 0
    stranger = MLDSASigner("gateway.example/ledger", MLDSA44PrivateKey.generate()).verifier_key()
    rc, err = await _verify(ldb, capsys, "--key", stranger)
    assert rc == 1 and "FAIL (signature)" in err


def test_unusable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    receipt = tmp_path / "r.tlog-proof"
    receipt.write_text("c2sp.org/tlog-proof@v1\nindex 0\n\nx\n")
    assert main(["prove", "--receipt", str(receipt), "--key", "not-a-key"]) == 2
    assert "--key" in capsys.readouterr().err
    assert main(["prove", "--receipt", str(tmp_path / "missing"), "--key", make_other_key()]) == 2
    assert main(["verify", "--url", "http://127.0.0.1:9", "--key", make_other_key()]) == 2
    assert (
        main(["prove", "--receipt", str(receipt), "--key", make_other_key()]) == 1
    )  # readable but not valid


async def test_verify_straight_from_the_database(ldb: LedgerDB, capsys: pytest.CaptureFixture[str]) -> None:
    await _signed(ldb, 12)
    url = ldb.url.replace("+aiosqlite", "").replace("+asyncpg", "+psycopg")
    capsys.readouterr()
    assert await run("verify", "--database", url, "--key", ldb.ledger.verifier_key()) == 0
    assert "12 entries" in capsys.readouterr().out
    await ldb.tamper("UPDATE ledger_entries SET leaf = replace(leaf, '\"r-4\"', '\"r-5\"') WHERE seq = 4")
    assert await run("verify", "--database", url, "--key", ldb.ledger.verifier_key()) == 1
    assert "[first bad seq: 4]" in capsys.readouterr().err
