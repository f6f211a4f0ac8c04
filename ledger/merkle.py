"""RFC 9162 Merkle tree hashing, proof generation over stored subtree hashes, and strict proof verification.

Stored-hash layout: the hash of every *complete* subtree is stored once, under the flattened index of
Go's ``golang.org/x/mod/sumdb/tlog`` (``stored_hash_index``). Appending leaf ``n`` writes the leaf hash and
the hashes of the subtrees that leaf completes (one plus the number of trailing one bits of ``n``) and reads
as many left siblings; any subtree hash, and so any root or proof, is built from at most O(log n) stored
hashes.

Policy for an empty first tree: a consistency proof from size 0 is rejected, including 0 → 0. Every tree is
trivially an extension of the empty tree, so such a proof carries no information, and accepting one would
let a caller "prove" a checkpoint without ever comparing roots. The first checkpoint seen is instead trusted
on its signature (trust on first use) and later ones are proven consistent with it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence

from ledger.errors import ProofError

HASH_SIZE = 32
EMPTY_ROOT = hashlib.sha256(b"").digest()

_sha256 = hashlib.sha256


def leaf_hash(leaf: bytes) -> bytes:
    """RFC 9162 leaf hash: SHA-256(0x00 || leaf)."""
    return _sha256(b"\x00" + leaf).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """RFC 9162 interior node hash: SHA-256(0x01 || left || right)."""
    return _sha256(b"\x01" + left + right).digest()


def _largest_power_of_two_below(n: int) -> int:
    """The largest power of two strictly smaller than ``n`` (n >= 2)."""
    return 1 << ((n - 1).bit_length() - 1)


# --- stored-hash layout ------------------------------------------------------------------------------------


def stored_hash_index(level: int, n: int) -> int:
    """Index of the stored hash of the complete subtree at ``level`` number ``n`` (Go tlog layout)."""
    for _ in range(level):
        n = 2 * n + 1
    i = 0
    while n > 0:
        i += n
        n >>= 1
    return i + level


def stored_hash_count(size: int) -> int:
    """How many stored hashes a tree of ``size`` leaves has."""
    if size == 0:
        return 0
    count = stored_hash_index(0, size - 1) + 1
    i = size - 1
    while i & 1:
        count += 1
        i >>= 1
    return count


def append_reads(n: int) -> list[int]:
    """Stored indexes read to append leaf ``n``: the left siblings of the subtrees it completes, lowest first."""
    out = []
    level = 0
    while (n >> level) & 1:
        out.append(stored_hash_index(level, (n >> level) - 1))
        level += 1
    return out


def append_hashes(n: int, leaf: bytes, left_siblings: Sequence[bytes]) -> list[tuple[int, bytes]]:
    """The (index, hash) rows appending leaf ``n`` writes, given ``append_reads(n)``'s hashes in that order."""
    return _append_rows(n, leaf_hash(leaf), left_siblings)


def _append_rows(n: int, h: bytes, left_siblings: Sequence[bytes]) -> list[tuple[int, bytes]]:
    rows = [(stored_hash_index(0, n), h)]
    for level, sibling in enumerate(left_siblings):
        h = node_hash(sibling, h)
        rows.append((stored_hash_index(level + 1, n >> (level + 1)), h))
    return rows


# --- subtree ranges and proof generation -------------------------------------------------------------------

Range = tuple[int, int]


def _subtrees(lo: int, hi: int) -> list[tuple[int, int]]:
    """Decompose the RFC 9162 subtree over leaves [lo, hi) into complete subtrees (level, number)."""
    out: list[tuple[int, int]] = []
    while hi - lo > 0:
        size = hi - lo
        if size & (size - 1) == 0 and lo % size == 0:
            level = size.bit_length() - 1
            out.append((level, lo >> level))
            break
        k = _largest_power_of_two_below(size)
        level = k.bit_length() - 1
        out.append((level, lo >> level))
        lo += k
    return out


def _range_hash(lo: int, hi: int, stored: Mapping[int, bytes]) -> bytes:
    parts = [stored[stored_hash_index(level, n)] for level, n in _subtrees(lo, hi)]
    h = parts[-1]
    for left in reversed(parts[:-1]):
        h = node_hash(left, h)
    return h


def inclusion_ranges(index: int, size: int) -> list[Range]:
    """The leaf ranges whose hashes form PATH(index, D[0:size]) (RFC 9162 §2.1.3.1), leaf sibling first."""
    if not 0 <= index < size:
        raise ProofError(f"inclusion proof needs 0 <= index < size, got index {index} size {size}")
    out: list[Range] = []
    lo, hi = 0, size
    while hi - lo > 1:
        k = _largest_power_of_two_below(hi - lo)
        if index - lo < k:
            out.append((lo + k, hi))
            hi = lo + k
        else:
            out.append((lo, lo + k))
            lo += k
    out.reverse()
    return out


def consistency_ranges(first: int, second: int) -> list[Range]:
    """The leaf ranges whose hashes form PROOF(first, D[0:second]) (RFC 9162 §2.1.4.1)."""
    if not 0 < first <= second:
        raise ProofError(f"consistency proof needs 0 < first <= second, got {first} and {second}")
    out: list[Range] = []
    lo, hi, m, complete = 0, second, first, True
    while True:
        if m == hi - lo:
            if not complete:
                out.append((lo, hi))
            break
        k = _largest_power_of_two_below(hi - lo)
        if m <= k:
            out.append((lo + k, hi))
            hi = lo + k
        else:
            out.append((lo, lo + k))
            lo += k
            m -= k
            complete = False
    out.reverse()
    return out


def stored_indexes(ranges: Iterable[Range]) -> list[int]:
    """Every stored index needed to hash these ranges (sorted, without repeats)."""
    return sorted({stored_hash_index(level, n) for lo, hi in ranges for level, n in _subtrees(lo, hi)})


def hash_ranges(ranges: Sequence[Range], stored: Mapping[int, bytes]) -> list[bytes]:
    """Hash each range from the stored complete-subtree hashes (``stored`` must hold ``stored_indexes``)."""
    return [_range_hash(lo, hi, stored) for lo, hi in ranges]


def root_ranges(size: int) -> list[Range]:
    """The range whose hash is the root of a tree of ``size`` leaves (none for the empty tree)."""
    return [(0, size)] if size else []


# --- in-memory trees (used by the verifier and the tests) --------------------------------------------------


class CompactTree:
    """The right edge of a growing tree: enough to compute every prefix root while reading leaves once."""

    __slots__ = ("_hashes", "_levels", "size")

    def __init__(self) -> None:
        self._hashes: list[bytes] = []
        self._levels: list[int] = []
        self.size = 0

    def append_hash(self, h: bytes) -> None:
        hashes, levels = self._hashes, self._levels
        level = 0
        n = self.size
        while n & 1:
            h = node_hash(hashes.pop(), h)
            levels.pop()
            level += 1
            n >>= 1
        hashes.append(h)
        levels.append(level)
        self.size += 1

    def root(self) -> bytes:
        if not self._hashes:
            return EMPTY_ROOT
        h = self._hashes[-1]
        for left in reversed(self._hashes[:-1]):
            h = node_hash(left, h)
        return h


def root_of_leaf_hashes(hashes: list[bytes]) -> bytes:
    """The RFC 9162 root over these leaf hashes, level by level (an odd last node moves up unchanged)."""
    if not hashes:
        return EMPTY_ROOT
    level = hashes
    sha256 = _sha256
    while len(level) > 1:
        paired = [sha256(b"\x01" + a + b).digest() for a, b in zip(level[::2], level[1::2], strict=False)]
        if len(level) & 1:
            paired.append(level[-1])
        level = paired
    return level[0]


def root_of_joined_hashes(hashes: bytes) -> bytes:
    """``root_of_leaf_hashes`` over concatenated 32-byte leaf hashes."""
    sha256 = _sha256
    while len(hashes) > HASH_SIZE:
        size = len(hashes)
        paired = [sha256(b"\x01" + hashes[i : i + 64]).digest() for i in range(0, size - HASH_SIZE, 64)]
        if size & HASH_SIZE:  # an odd number of nodes: the last moves up unchanged
            paired.append(hashes[-HASH_SIZE:])
        hashes = b"".join(paired)
    return hashes if hashes else EMPTY_ROOT


class MemoryTree:
    """A whole tree in memory with the same stored-hash layout as the database; for tests and exports."""

    def __init__(self, leaves: Iterable[bytes] = ()) -> None:
        self.stored: dict[int, bytes] = {}
        self.size = 0
        for leaf in leaves:
            self.append(leaf)

    @classmethod
    def from_leaf_hashes(cls, hashes: bytes) -> MemoryTree:
        """A tree from concatenated 32-byte leaf hashes."""
        tree = cls()
        for i in range(0, len(hashes), HASH_SIZE):
            tree.append_leaf_hash(hashes[i : i + HASH_SIZE])
        return tree

    @staticmethod
    def root_of_hashes(hashes: bytes) -> bytes:
        """The root of the tree whose leaf hashes are concatenated in ``hashes``."""
        compact = CompactTree()
        for i in range(0, len(hashes), HASH_SIZE):
            compact.append_hash(hashes[i : i + HASH_SIZE])
        return compact.root()

    def append(self, leaf: bytes) -> bytes:
        h = leaf_hash(leaf)
        self.append_leaf_hash(h)
        return h

    def append_leaf_hash(self, h: bytes) -> None:
        n = self.size
        siblings = [self.stored[i] for i in append_reads(n)]
        self.stored.update(_append_rows(n, h, siblings))
        self.size += 1

    def root(self, size: int | None = None) -> bytes:
        size = self.size if size is None else size
        if not 0 <= size <= self.size:
            raise ProofError(f"size {size} outside the tree (size {self.size})")
        return hash_ranges(root_ranges(size), self.stored)[0] if size else EMPTY_ROOT

    def inclusion_proof(self, index: int, size: int) -> list[bytes]:
        if size > self.size:
            raise ProofError(f"size {size} beyond the tree (size {self.size})")
        return hash_ranges(inclusion_ranges(index, size), self.stored)

    def consistency_proof(self, first: int, second: int) -> list[bytes]:
        if second > self.size:
            raise ProofError(f"size {second} beyond the tree (size {self.size})")
        return hash_ranges(consistency_ranges(first, second), self.stored)


# --- verification (after transparency-dev/merkle proof/verify.go) ------------------------------------------


def _check_hash(h: object, what: str) -> bytes:
    if not isinstance(h, bytes) or len(h) != HASH_SIZE:
        raise ProofError(f"{what} is not a {HASH_SIZE}-byte hash")
    return h


def _check_size(n: object, what: str) -> int:
    if not isinstance(n, int) or isinstance(n, bool) or n < 0:
        raise ProofError(f"{what} must be a non-negative integer")
    return n


def _decompose(index: int, size: int) -> tuple[int, int]:
    inner = (index ^ (size - 1)).bit_length()
    border = (index >> inner).bit_count()
    return inner, border


def _chain_inner(seed: bytes, proof: Sequence[bytes], index: int) -> bytes:
    for i, h in enumerate(proof):
        seed = node_hash(seed, h) if (index >> i) & 1 == 0 else node_hash(h, seed)
    return seed


def _chain_inner_right(seed: bytes, proof: Sequence[bytes], index: int) -> bytes:
    for i, h in enumerate(proof):
        if (index >> i) & 1:
            seed = node_hash(h, seed)
    return seed


def _chain_border_right(seed: bytes, proof: Sequence[bytes]) -> bytes:
    for h in proof:
        seed = node_hash(h, seed)
    return seed


def root_from_inclusion_proof(index: int, size: int, leaf_hash_: bytes, proof: Sequence[bytes]) -> bytes:
    """The root an inclusion proof leads to; raises ProofError when the proof is malformed."""
    _check_size(index, "index")
    _check_size(size, "size")
    if index >= size:
        raise ProofError(f"index {index} is not below size {size}")
    _check_hash(leaf_hash_, "leaf hash")
    for h in proof:
        _check_hash(h, "proof hash")
    inner, border = _decompose(index, size)
    if len(proof) != inner + border:
        raise ProofError(f"inclusion proof has {len(proof)} hashes, expected {inner + border}")
    res = _chain_inner(leaf_hash_, proof[:inner], index)
    return _chain_border_right(res, proof[inner:])


def verify_inclusion(index: int, size: int, leaf_hash_: bytes, proof: Sequence[bytes], root: bytes) -> None:
    """Raise ProofError unless ``proof`` shows leaf ``index`` of the tree (``size``, ``root``) has ``leaf_hash_``.

    Size and root must come together from a verified checkpoint: a proof alone does not bind the size.
    """
    _check_hash(root, "root")
    if root_from_inclusion_proof(index, size, leaf_hash_, proof) != root:
        raise ProofError(f"inclusion proof for index {index} does not lead to the root of size {size}")


def verify_consistency(size1: int, size2: int, root1: bytes, root2: bytes, proof: Sequence[bytes]) -> None:
    """Raise ProofError unless ``proof`` shows tree (size2, root2) extends tree (size1, root1).

    size1 = 0 is always rejected (see the module docstring).
    """
    _check_size(size1, "size1")
    _check_size(size2, "size2")
    _check_hash(root1, "root1")
    _check_hash(root2, "root2")
    for h in proof:
        _check_hash(h, "proof hash")
    if size2 < size1:
        raise ProofError(f"size2 {size2} is smaller than size1 {size1}")
    if size1 == 0:
        raise ProofError("a consistency proof from the empty tree proves nothing and is refused")
    if size1 == size2:
        if proof:
            raise ProofError("equal sizes need an empty consistency proof")
        if root1 != root2:
            raise ProofError(f"two different roots for the same size {size1}")
        return
    if not proof:
        raise ProofError("empty consistency proof for different sizes")
    inner, border = _decompose(size1 - 1, size2)
    shift = (size1 & -size1).bit_length() - 1
    inner -= shift
    if size1 == 1 << shift:
        seed, start = root1, 0
    else:
        seed, start = proof[0], 1
    if len(proof) != start + inner + border:
        raise ProofError(f"consistency proof has {len(proof)} hashes, expected {start + inner + border}")
    rest = proof[start:]
    mask = (size1 - 1) >> shift
    hash1 = _chain_border_right(_chain_inner_right(seed, rest[:inner], mask), rest[inner:])
    if hash1 != root1:
        raise ProofError(f"consistency proof does not lead to the root of size {size1}")
    hash2 = _chain_border_right(_chain_inner(seed, rest[:inner], mask), rest[inner:])
    if hash2 != root2:
        raise ProofError(f"consistency proof does not lead to the root of size {size2}")
