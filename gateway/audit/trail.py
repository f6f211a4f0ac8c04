"""The gateway's side of the ledger: which log it writes to, with which keys, and what goes into entries.

Entries carry identifiers, decisions, policy hashes, counts and digests — never personal data. Targets appear
only as HMAC-SHA256 commitments under the ledger key (``var/keys/ledger-hmac.key``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncConnection

import ledger
from gateway.errors import ConfigurationError
from gateway.keys import LEDGER_HMAC, LEDGER_SIGNER


@dataclass
class Trail:
    log: ledger.Ledger
    hmac_key: bytes

    @classmethod
    def load(cls, keys_dir: Path, origin: str) -> Trail:
        """The ledger with its signer and commitment keys; missing keys refuse to start (fail closed)."""
        try:
            signer = ledger.load_signer(keys_dir / LEDGER_SIGNER, origin)
            hmac_key = (keys_dir / LEDGER_HMAC).read_bytes()
        except (OSError, ledger.LedgerError) as exc:
            raise ConfigurationError(f"ledger keys unusable in {keys_dir} ({type(exc).__name__})") from None
        if len(hmac_key) < 32:
            raise ConfigurationError("ledger HMAC key is shorter than 32 bytes")
        return cls(ledger.Ledger(origin, signer), hmac_key)

    def commit_target(self, target_type: str, value: str) -> str:
        """A keyed commitment to one target identifier (normalised), unlinkable without the ledger key."""
        normalised = value.strip().lower()
        if target_type == "username":
            normalised = normalised.lstrip("@")
        return ledger.commitment(self.hmac_key, f"{target_type}:{normalised}")

    async def record(self, conn: AsyncConnection, kind: str, data: dict[str, object], now: datetime) -> int:
        """Append one entry inside the caller's transaction; returns its seq."""
        appended = await self.log.append(conn, kind, data, time=now)
        return appended.seq

    async def record_many(
        self, conn: AsyncConnection, entries: list[tuple[str, dict[str, object]]], now: datetime
    ) -> list[int]:
        """Append several entries in order inside the caller's transaction, under one ledger lock; their seqs."""
        appended = await self.log.append_many(conn, entries, time=now)
        return [a.seq for a in appended]
