"""The ledger's tables, the append-only triggers, and SQLite transaction set-up."""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Column, Integer, LargeBinary, MetaData, Table, Text, event
from sqlalchemy.ext.asyncio import AsyncEngine

metadata = MetaData()

# A 64-bit key; on SQLite exactly ``INTEGER``, so the primary key is the table's rowid: rows are stored in key order
# and read straight from the table's B-tree, not through a separate index and a second lookup per row.
_KEY = BigInteger().with_variant(Integer(), "sqlite")

entries_table = Table(
    "ledger_entries",
    metadata,
    Column("seq", _KEY, primary_key=True, autoincrement=False),
    Column("leaf", Text, nullable=False),
)

tree_hashes_table = Table(
    "ledger_tree_hashes",
    metadata,
    # Go sumdb tlog's flattened stored-hash index (ledger.merkle.stored_hash_index).
    Column("idx", _KEY, primary_key=True, autoincrement=False),
    Column("hash", LargeBinary(32), nullable=False),
)

checkpoints_table = Table(
    "ledger_checkpoints",
    metadata,
    Column("size", _KEY, primary_key=True, autoincrement=False),
    Column("note", Text, nullable=False),
)

LEDGER_TABLES = (entries_table, tree_hashes_table, checkpoints_table)
_KEYS = {"ledger_entries": "seq", "ledger_tree_hashes": "idx", "ledger_checkpoints": "size"}


#: PostgreSQL: the append itself, in one statement. ``ledger_append(lock_key, heads, tails)`` takes the log's
#: advisory lock, reads the tail, and for each entry builds the leaf ``head ,"prev":"<hex>","seq":<n>,"time": tail``
#: (``Ledger.append_batch`` splits each canonical leaf there), computes the stored tree hashes it completes, inserts
#: the leaves and the hashes (one INSERT each for the whole batch), and returns ``(seq, leaf_hash)`` rows. The same
#: arithmetic as ``ledger.merkle.append_hashes`` and ``stored_hash_index`` (whose closed form is
#: ``2m - popcount(m) + level`` with ``m = ((n + 1) << level) - 1``); tests compare both. Each query of a VOLATILE
#: PL/pgSQL function takes a fresh snapshot, so the tail is read after the lock is held even when the call is part
#: of a larger statement.
APPEND_FUNCTION_DDL = (
    """CREATE OR REPLACE FUNCTION ledger_append(lock_key bigint, heads text[], tails text[])
RETURNS TABLE (seq bigint, leaf_hash bytea) LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  zero CONSTANT bytea := decode('00', 'hex');
  one CONSTANT bytea := decode('01', 'hex');
  n bigint;
  m bigint;
  want bigint;
  prev text;
  leaf text;
  leaf_bytes bytea;
  h bytea;
  sibling bytea;
  lvl integer;
  k integer;
  pos integer;
  seqs bigint[] := '{}';
  leaves text[] := '{}';
  idxs bigint[] := '{}';
  hashes bytea[] := '{}';
BEGIN
  IF current_setting('server_encoding') <> 'UTF8' THEN
    RAISE EXCEPTION 'ledger_append needs a UTF8 database' USING ERRCODE = 'feature_not_supported';
  END IF;
  IF coalesce(array_length(heads, 1), 0) <> coalesce(array_length(tails, 1), 0) THEN
    RAISE EXCEPTION 'ledger_append: heads and tails differ in length' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM pg_advisory_xact_lock(lock_key);
  SELECT e.seq + 1, encode(sha256(convert_to(e.leaf, 'UTF8')), 'hex') INTO n, prev
    FROM ledger_entries AS e ORDER BY e.seq DESC LIMIT 1;
  IF n IS NULL THEN
    n := 0;
    prev := repeat('0', 64);
  END IF;
  FOR k IN 1 .. coalesce(array_length(heads, 1), 0) LOOP
    leaf := heads[k] || ',"prev":"' || prev || '","seq":' || n::text || ',"time":' || tails[k];
    leaf_bytes := convert_to(leaf, 'UTF8');
    h := sha256(zero || leaf_bytes);
    seq := n;
    leaf_hash := h;
    RETURN NEXT;
    seqs := seqs || n;
    leaves := leaves || leaf;
    -- stored_hash_index(level, i) = 2m - popcount(m) + level, m = ((i + 1) << level) - 1
    idxs := idxs || (2 * n - length(replace(n::bit(64)::text, '0', '')));
    hashes := hashes || h;
    lvl := 0;
    WHILE ((n >> lvl) & 1) = 1 LOOP
      m := ((n >> lvl) << lvl) - 1;  -- the left sibling: stored_hash_index(lvl, (n >> lvl) - 1)
      want := 2 * m - length(replace(m::bit(64)::text, '0', '')) + lvl;
      pos := array_position(idxs, want);  -- written earlier in this batch?
      IF pos IS NOT NULL THEN
        sibling := hashes[pos];
      ELSE
        sibling := NULL;
        SELECT t.hash INTO sibling FROM ledger_tree_hashes AS t WHERE t.idx = want;
      END IF;
      IF sibling IS NULL THEN
        RAISE EXCEPTION 'stored tree hash % missing (level %, entry %)', want, lvl, n USING ERRCODE = 'data_corrupted';
      END IF;
      h := sha256(one || sibling || h);
      lvl := lvl + 1;
      m := (((n >> lvl) + 1) << lvl) - 1;  -- the completed subtree: stored_hash_index(lvl, n >> lvl)
      idxs := idxs || (2 * m - length(replace(m::bit(64)::text, '0', '')) + lvl);
      hashes := hashes || h;
    END LOOP;
    prev := encode(sha256(leaf_bytes), 'hex');
    n := n + 1;
  END LOOP;
  INSERT INTO ledger_entries (seq, leaf) SELECT u.s, u.l FROM unnest(seqs, leaves) AS u(s, l);
  INSERT INTO ledger_tree_hashes (idx, hash) SELECT u.i, u.h FROM unnest(idxs, hashes) AS u(i, h);
END $$""",
)


def guard_ddl(dialect_name: str) -> list[str]:
    """SQL creating triggers that refuse UPDATE and DELETE (and TRUNCATE, and SQLite's REPLACE) on the tables,
    and on PostgreSQL the ``ledger_append`` function (``APPEND_FUNCTION_DDL``) that ``Ledger`` appends with.

    Run after ``metadata.create_all``; each statement is idempotent.
    """
    if dialect_name == "postgresql":
        function = (
            "CREATE OR REPLACE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'ledger table % is append-only: % refused', TG_TABLE_NAME, TG_OP "
            "USING ERRCODE = 'insufficient_privilege'; END $$"
        )
        out = [function, *APPEND_FUNCTION_DDL]
        for table in _KEYS:
            row_trigger = f"{table}_append_only BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW"
            truncate_trigger = f"{table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT"
            out += [
                f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}",
                f"CREATE TRIGGER {row_trigger} EXECUTE FUNCTION ledger_refuse_change()",
                f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}",
                f"CREATE TRIGGER {truncate_trigger} EXECUTE FUNCTION ledger_refuse_change()",
            ]
        return out
    if dialect_name == "sqlite":
        out = []
        for table, key in _KEYS.items():
            refuse = f"BEGIN SELECT RAISE(ABORT, 'ledger table {table} is append-only'); END"
            # INSERT OR REPLACE deletes the old row without firing delete triggers (unless
            # recursive_triggers is on): refuse any insert that would meet an existing key.
            exists = f"EXISTS (SELECT 1 FROM {table} WHERE {key} = NEW.{key})"  # noqa: S608 - fixed names
            out += [
                f"CREATE TRIGGER IF NOT EXISTS {table}_no_update BEFORE UPDATE ON {table} {refuse}",
                f"CREATE TRIGGER IF NOT EXISTS {table}_no_delete BEFORE DELETE ON {table} {refuse}",
                f"CREATE TRIGGER IF NOT EXISTS {table}_no_replace BEFORE INSERT ON {table} WHEN {exists} {refuse}",
            ]
        return out
    raise ValueError(f"no append-only triggers for dialect {dialect_name!r}")


def use_immediate_transactions(engine: AsyncEngine, busy_timeout_ms: int = 30_000) -> None:
    """On SQLite, start every transaction with ``BEGIN IMMEDIATE`` (and wait up to ``busy_timeout_ms`` for the
    write lock), so appends from several processes are serialised; a no-op on other databases.

    This replaces the sqlite3 driver's own deferred BEGIN (the recipe in SQLAlchemy's aiosqlite docs).
    """
    if engine.dialect.name != "sqlite":
        return
    sync_engine = engine.sync_engine

    @event.listens_for(sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.close()

    @event.listens_for(sync_engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
