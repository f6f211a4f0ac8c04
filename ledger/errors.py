"""The ledger's exceptions: one base, a few meaningful subclasses."""

from __future__ import annotations


class LedgerError(Exception):
    """Base of every error the ledger raises."""


class MalformedError(LedgerError):
    """Input that does not parse strictly: a note, a checkpoint, a proof, a key, a size, a leaf."""


class InvalidEntryError(LedgerError):
    """An entry the log refuses to append: unknown kind, a float, a non-string key, too large."""


class ProofError(LedgerError):
    """A Merkle inclusion or consistency proof that does not verify, or a proof request out of range."""


class SignatureError(LedgerError):
    """A signed note without a valid signature by the expected key."""


class TamperError(LedgerError):
    """The log's content contradicts what it signed or committed to.

    ``seq`` is the first entry shown to be bad (``None`` when no single entry can be named).
    """

    def __init__(self, message: str, seq: int | None = None) -> None:
        super().__init__(message)
        self.seq = seq


class ForkError(TamperError):
    """Two validly signed checkpoints of the same log that cannot both be true (a fork or a rollback)."""
