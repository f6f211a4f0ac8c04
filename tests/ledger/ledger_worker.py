"""A separate process that appends to a ledger (used by the concurrency and crash tests).

    python ledger_worker.py URL COUNT TAG [--hold]

Appends COUNT entries, one transaction each, printing ``appended <seq>`` after each commit. With ``--hold`` it
appends one more entry, prints ``holding <seq>`` before committing and waits on stdin, so the parent can
SIGKILL it in the middle of an append.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.ext.asyncio import create_async_engine

from ledger import Ledger, NoteSigner, use_immediate_transactions

ORIGIN = "gateway.example/ledger"


async def work(url: str, count: int, tag: str, hold: bool) -> None:
    engine = create_async_engine(url)
    use_immediate_transactions(engine)
    ledger = Ledger(ORIGIN, NoteSigner(ORIGIN, Ed25519PrivateKey.generate()))
    for i in range(count):
        async with engine.begin() as conn:
            appended = await ledger.append(
                conn, "request.received", {"worker": tag, "i": i}, time=datetime.now(UTC)
            )
        print(f"appended {appended.seq}", flush=True)
    if hold:
        async with engine.begin() as conn:
            appended = await ledger.append(
                conn, "request.received", {"worker": tag, "partial": True}, time=datetime.now(UTC)
            )
            print(f"holding {appended.seq}", flush=True)
            await asyncio.to_thread(sys.stdin.readline)
    await engine.dispose()


if __name__ == "__main__":
    asyncio.run(work(sys.argv[1], int(sys.argv[2]), sys.argv[3], "--hold" in sys.argv[4:]))
