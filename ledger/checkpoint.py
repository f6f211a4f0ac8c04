"""C2SP tlog-checkpoint bodies and tlog-proof receipts (c2sp.org/tlog-proof@v1).

A receipt carries the entry's canonical leaf bytes as its base64 ``extra`` line, so it proves by itself
which entry the log holds at ``index``; the leaf is authenticated by the inclusion proof, not by trust.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ledger.encoding import Entry, b64decode_hash, b64decode_strict, b64encode, parse_leaf, parse_size
from ledger.errors import MalformedError, ProofError
from ledger.merkle import leaf_hash, verify_inclusion
from ledger.note import NoteVerifier, Verifier, open_note

PROOF_HEADER = "c2sp.org/tlog-proof@v1"
MAX_PROOF_HASHES = 64


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """A verified checkpoint: origin, size and root, taken together from one signed note."""

    origin: str
    size: int
    root: bytes
    note: str

    def body(self) -> str:
        return format_checkpoint_body(self.origin, self.size, self.root)


def format_checkpoint_body(origin: str, size: int, root: bytes) -> str:
    return f"{origin}\n{size}\n{b64encode(root)}\n"


def parse_checkpoint_body(text: str) -> tuple[str, int, bytes]:
    lines = text.split("\n")
    # text ends in "\n": the last split element is empty. Extension lines are refused: this log writes none.
    if len(lines) != 4 or lines[3] != "":
        raise MalformedError("checkpoint body is not exactly origin, size and root lines")
    origin = lines[0]
    if not origin:
        raise MalformedError("checkpoint origin is empty")
    return origin, parse_size(lines[1], "checkpoint size"), b64decode_hash(lines[2], "checkpoint root")


def open_checkpoint(note: str, verifier: NoteVerifier, cosigners: Sequence[Verifier] = ()) -> Checkpoint:
    """Verify a signed checkpoint by the log key (and every given co-signer); its origin must be the key name."""
    opened = open_note(note, [verifier, *cosigners])
    origin, size, root = parse_checkpoint_body(opened.text)
    if origin != verifier.name:
        raise MalformedError(f"checkpoint origin {origin!r} is not the key name {verifier.name!r}")
    return Checkpoint(origin, size, root, note)


# --- receipts ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Receipt:
    index: int
    hashes: tuple[bytes, ...]
    checkpoint_note: str
    extra: bytes | None


def format_receipt(index: int, hashes: Sequence[bytes], checkpoint_note: str, leaf: bytes | None) -> str:
    lines = [PROOF_HEADER]
    if leaf is not None:
        lines.append(f"extra {b64encode(leaf)}")
    lines.append(f"index {index}")
    lines.extend(b64encode(h) for h in hashes)
    return "\n".join(lines) + "\n\n" + checkpoint_note


def parse_receipt(text: str) -> Receipt:
    head, sep, note = text.partition("\n\n")
    if not sep:
        raise MalformedError("receipt has no checkpoint")
    lines = head.split("\n")
    if lines[0] != PROOF_HEADER:
        raise MalformedError(f"receipt does not start with {PROOF_HEADER}")
    pos = 1
    extra = None
    if pos < len(lines) and lines[pos].startswith("extra "):
        extra = b64decode_strict(lines[pos][len("extra ") :], "receipt extra")
        pos += 1
    if pos >= len(lines) or not lines[pos].startswith("index "):
        raise MalformedError("receipt has no index line")
    index = parse_size(lines[pos][len("index ") :], "receipt index")
    hashes = tuple(b64decode_hash(line, "receipt proof hash") for line in lines[pos + 1 :])
    if len(hashes) > MAX_PROOF_HASHES:
        raise MalformedError("receipt proof is too long")
    return Receipt(index, hashes, note, extra)


@dataclass(frozen=True, slots=True)
class ProvedEntry:
    checkpoint: Checkpoint
    index: int
    leaf: bytes
    entry: Entry


def verify_receipt(text: str, verifier: NoteVerifier, cosigners: Sequence[Verifier] = ()) -> ProvedEntry:
    """Verify a receipt offline: checkpoint signature, leaf (from ``extra``) included at ``index``."""
    receipt = parse_receipt(text)
    checkpoint = open_checkpoint(receipt.checkpoint_note, verifier, cosigners)
    if receipt.extra is None:
        raise MalformedError("receipt does not carry the entry (no extra line)")
    if receipt.index >= checkpoint.size:
        raise ProofError(f"receipt index {receipt.index} is not below the checkpoint size {checkpoint.size}")
    verify_inclusion(
        receipt.index, checkpoint.size, leaf_hash(receipt.extra), receipt.hashes, checkpoint.root
    )
    entry = parse_leaf(receipt.extra)
    if entry.seq != receipt.index or entry.log != checkpoint.origin:
        raise MalformedError("the receipt's entry names another seq or log")
    return ProvedEntry(checkpoint, receipt.index, receipt.extra, entry)
