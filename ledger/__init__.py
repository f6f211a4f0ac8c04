"""Append-only, hash-chained RFC 9162 Merkle log with C2SP signed checkpoints and an offline verifier.

Standalone: never imports ``gateway``, ``policies`` or ``redaction``.
"""

from ledger.checkpoint import Checkpoint, ProvedEntry, open_checkpoint, verify_receipt
from ledger.encoding import KINDS, Entry, canonical_json, commitment, encode_leaf, parse_leaf
from ledger.errors import (
    ForkError,
    InvalidEntryError,
    LedgerError,
    MalformedError,
    ProofError,
    SignatureError,
    TamperError,
)
from ledger.log import AppendedEntry, Ledger
from ledger.merkle import leaf_hash, node_hash, verify_consistency, verify_inclusion
from ledger.note import (
    MLDSASigner,
    NoteSigner,
    NoteVerifier,
    generate_signer_key,
    load_cosigner,
    load_signer,
    parse_any_verifier_key,
    parse_verifier_key,
)
from ledger.storage import guard_ddl, metadata, use_immediate_transactions

__all__ = [
    "KINDS",
    "AppendedEntry",
    "Checkpoint",
    "Entry",
    "ForkError",
    "InvalidEntryError",
    "Ledger",
    "LedgerError",
    "MLDSASigner",
    "MalformedError",
    "NoteSigner",
    "NoteVerifier",
    "ProofError",
    "ProvedEntry",
    "SignatureError",
    "TamperError",
    "canonical_json",
    "commitment",
    "encode_leaf",
    "generate_signer_key",
    "guard_ddl",
    "leaf_hash",
    "load_cosigner",
    "load_signer",
    "metadata",
    "node_hash",
    "open_checkpoint",
    "parse_any_verifier_key",
    "parse_leaf",
    "parse_verifier_key",
    "use_immediate_transactions",
    "verify_consistency",
    "verify_inclusion",
    "verify_receipt",
]
