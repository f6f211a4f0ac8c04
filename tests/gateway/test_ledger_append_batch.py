"""The intake's ledger path: ``Ledger.append_batch`` (leaves split for PostgreSQL's ``ledger_append``) must build
exactly the leaves ``encode_leaf`` builds, and ``ledger_append`` must store exactly what the Python append stores."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from ledger import Ledger, NoteSigner, encode_leaf, guard_ddl, metadata, use_immediate_transactions
from ledger.encoding import GENESIS_PREV, MAX_SAFE_INT, chain_hash
from ledger.log import _SPLICE, AppendBatch

ORIGIN = "append-batch.test/log"
T0 = datetime(2026, 11, 25, 12, 0, 0, 123456, tzinfo=UTC)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-MAX_SAFE_INT, max_value=MAX_SAFE_INT),
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=12),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=12,
)
data_objects = st.dictionaries(st.text(max_size=8), values, max_size=5)


def _ledger() -> Ledger:
    return Ledger(ORIGIN, NoteSigner(ORIGIN, Ed25519PrivateKey.generate()))


def _spliced(batch: AppendBatch, i: int, seq: int, prev: str) -> bytes:
    head, tail = batch.heads[i], batch.tails[i]
    return (head + _SPLICE.replace(GENESIS_PREV, prev).replace('"seq":0', f'"seq":{seq}') + tail).encode()


@settings(max_examples=300, deadline=None)
@given(
    data=data_objects, seq=st.integers(min_value=0, max_value=MAX_SAFE_INT), prev_seed=st.binary(max_size=8)
)
def test_append_batch_leaves_equal_encode_leaf(data: dict[str, Any], seq: int, prev_seed: bytes) -> None:
    prev = chain_hash(prev_seed)
    try:
        expected = encode_leaf(origin=ORIGIN, seq=seq, time=T0, kind="plan.made", prev=prev, data=data)
    except Exception as exc:  # noqa: BLE001 - whatever encode_leaf refuses, append_batch must refuse too
        with pytest.raises(type(exc)):
            _ledger().append_batch([("plan.made", data)], time=T0)
        return
    batch = _ledger().append_batch([("plan.made", data)], time=T0)
    assert _spliced(batch, 0, seq, prev) == expected


async def test_ledger_append_function_matches_the_python_append(postgres_url: str, tmp_path: Any) -> None:
    """The same entries appended on PostgreSQL (``ledger_append``) and on SQLite (Python): same leaves, same tree."""
    ledger = _ledger()
    entries = [
        ("request.received", {"request": f"r-{i}", "n": i, "note": "é\u2028\x01" if i % 5 == 0 else "plain"})
        for i in range(37)
    ]
    stores: dict[str, tuple[list[Any], list[Any]]] = {}
    for name, url in (("postgres", postgres_url), ("sqlite", f"sqlite+aiosqlite:///{tmp_path}/l.db")):
        engine = create_async_engine(url)
        use_immediate_transactions(engine)
        async with engine.begin() as conn:
            await conn.run_sync(metadata.create_all)
            for statement in guard_ddl(conn.dialect.name):
                await conn.execute(text(statement))
        for start in range(0, len(entries), 3):  # batches of 1-3, as intake and review append them
            async with engine.begin() as conn:
                await ledger.append_many(conn, entries[start : start + 3], time=T0 + timedelta(seconds=start))
        async with engine.connect() as conn:
            leaves = (await conn.execute(text("SELECT seq, leaf FROM ledger_entries ORDER BY seq"))).all()
            hashes = (await conn.execute(text("SELECT idx, hash FROM ledger_tree_hashes ORDER BY idx"))).all()
        stores[name] = ([tuple(r) for r in leaves], [(int(i), bytes(h)) for i, h in hashes])
        await engine.dispose()
    assert stores["postgres"] == stores["sqlite"]
