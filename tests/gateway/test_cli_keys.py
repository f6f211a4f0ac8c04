"""Portal key changes through the ``gateway`` command are logged as ``key.rotated`` in the same transaction."""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519
from harness import make_settings

from gateway import cli
from gateway.bootstrap import prepare
from gateway.client import generate_package_key
from gateway.db import Database
from gateway.errors import ConfigurationError, NotFound
from gateway.settings import Settings
from ledger.storage import entries_table


def _pem(tmp_path: Path, name: str) -> str:
    key = ed25519.Ed25519PrivateKey.generate().public_key()
    path = tmp_path / f"{name}.pem"
    path.write_bytes(
        key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    return str(path)


def _key_entries(settings: Settings) -> list[dict[str, Any]]:
    async def main() -> list[dict[str, Any]]:
        db = Database(settings.database_url)
        try:
            async with db.read() as conn:
                rows = (
                    await conn.execute(sa.select(entries_table.c.leaf).order_by(entries_table.c.seq))
                ).all()
        finally:
            await db.dispose()
        leaves = [json.loads(row.leaf) for row in rows]
        return [leaf["data"] for leaf in leaves if leaf["kind"] == "key.rotated"]

    return asyncio.run(main())


def test_key_changes_are_logged(
    stack: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = make_settings(stack, tmp_path)
    prepare(settings)

    cli.cmd_portals_add(
        settings,
        argparse.Namespace(
            name="County PD portal", public_key=_pem(tmp_path, "a"), agency=["CA0000001"], json=True
        ),
    )
    added = json.loads(capsys.readouterr().out)
    portal, first = added["portal_id"], added["key_id"]
    cli.cmd_portals_add_key(
        settings, argparse.Namespace(portal_id=portal, public_key=_pem(tmp_path, "b"), json=True)
    )
    second = json.loads(capsys.readouterr().out)["key_id"]
    cli.cmd_portals_retire_key(settings, argparse.Namespace(kid=first))
    capsys.readouterr()
    enc = tmp_path / "enc.pem"
    enc.write_bytes(generate_package_key(hybrid=False).public_pem())
    answers = []
    for _ in range(2):  # the second registration of the same key changes nothing and logs nothing
        cli.cmd_portals_set_encryption_key(
            settings, argparse.Namespace(portal_id=portal, public_key=str(enc), json=True)
        )
        answers.append(json.loads(capsys.readouterr().out)["encryption_key_id"])
    enc_id = answers[0]
    assert answers == [enc_id, enc_id]

    assert _key_entries(settings) == [
        {"portal": portal, "purpose": "signing", "action": "added", "key": first},
        {"portal": portal, "purpose": "signing", "action": "added", "key": second},
        {"portal": portal, "purpose": "signing", "action": "retired", "key": first},
        {"portal": portal, "purpose": "encryption", "action": "added", "key": enc_id},
    ]

    # a refused change logs nothing
    with pytest.raises(NotFound):
        cli.cmd_portals_retire_key(settings, argparse.Namespace(kid="no-such-kid"))
    assert len(_key_entries(settings)) == 4


def test_no_ledger_key_no_key_change(sqlite_url: str, tmp_path: Path) -> None:
    settings = make_settings({"database_url": sqlite_url, "redis_url": None}, tmp_path)
    prepare(settings)
    (settings.keys_dir / "ledger-signer.pem").unlink()
    with pytest.raises(ConfigurationError, match="ledger keys"):
        cli.cmd_portals_add(
            settings,
            argparse.Namespace(name="County PD portal", public_key=_pem(tmp_path, "a"), agency=[], json=True),
        )
