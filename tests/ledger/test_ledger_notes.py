"""Signed notes, keys, checkpoints and receipts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ledger import (
    MalformedError,
    SignatureError,
    generate_signer_key,
    load_signer,
    parse_verifier_key,
)
from ledger.checkpoint import format_checkpoint_body, open_checkpoint
from ledger.note import open_note, parse_private_key_line, sign_note

GO_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
GO_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
GO_TEXT = (
    "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
)


def _readme_line(vectors_dir: Path, marker: str) -> str:
    lines = (vectors_dir / "signed-note" / "README.md").read_text().splitlines()
    return next(line.strip() for line in lines if line.strip().startswith(marker))


def test_signature_line_is_byte_exact(vectors_dir: Path) -> None:
    assert GO_SKEY in (vectors_dir / "signed-note" / "README.md").read_text()
    expected = _readme_line(vectors_dir, "\u2014 PeterNeumann ")
    signer = parse_private_key_line(GO_SKEY)
    assert signer.verifier_key() == GO_VKEY
    note = sign_note(GO_TEXT, [signer])
    assert note == GO_TEXT + "\n" + expected + "\n"
    assert open_note(note, [parse_verifier_key(GO_VKEY)]).text == GO_TEXT


def test_c2sp_spec_vector(vectors_dir: Path) -> None:
    vkey = _readme_line(vectors_dir, "verifier key: example.com/foo").split(": ", 1)[1]
    blob = _readme_line(vectors_dir, "signature blob (base64):").split(": ", 1)[1]
    note = "This is an example message.\n\n\u2014 example.com/foo " + blob + "\n"
    assert open_note(note, [parse_verifier_key(vkey)]).text == "This is an example message.\n"
    with pytest.raises(SignatureError):
        open_note(note.replace("example message", "example massage"), [parse_verifier_key(vkey)])


def test_unknown_signatures_are_ignored_but_known_ones_must_verify() -> None:
    signer = parse_private_key_line(GO_SKEY)
    verifier = parse_verifier_key(GO_VKEY)
    note = sign_note(GO_TEXT, [signer])
    other = "\u2014 someone.else AAAAAAAA\n"
    assert open_note(note + other, [verifier]).text == GO_TEXT
    with pytest.raises(MalformedError):  # two signatures by the same known key
        open_note(note + note.split("\n\n", 1)[1], [verifier])
    sig_line = note.split("\n\n", 1)[1]
    broken = sig_line[:-6] + ("AAAA==" if not sig_line.endswith("AAAA=\n") else "BBBA==") + "\n"
    with pytest.raises((SignatureError, MalformedError)):
        open_note(GO_TEXT + "\n" + broken, [verifier])
    with pytest.raises(SignatureError):  # no signature by the expected key at all
        open_note(GO_TEXT + "\n" + other, [verifier])


@pytest.mark.parametrize(
    "note",
    [
        GO_TEXT,  # no signatures
        GO_TEXT + "\n",
        GO_TEXT + "\n\u2014 PeterNeumann !!!!\n",
        GO_TEXT + "\n- PeterNeumann AAAAAAAA\n",
        GO_TEXT + "\n\u2014 PeterNeumann  AAAAAAAA\n",
        GO_TEXT + "\n\u2014 PeterNeumann AAAAAAAA",
        "no newline\n\u2014 x AAAAAAAA\n",
        "bad\x00text\n\n\u2014 x AAAAAAAA\n",
    ],
)
def test_malformed_notes_are_refused(note: str) -> None:
    with pytest.raises((MalformedError, SignatureError)):
        open_note(note, [parse_verifier_key(GO_VKEY)])


def test_key_files(tmp_path: Path) -> None:
    path = tmp_path / "ledger.key"
    generate_signer_key(path)
    assert (os.stat(path).st_mode & 0o777) == 0o600
    with pytest.raises(FileExistsError):
        generate_signer_key(path)
    signer = load_signer(path, "example.org/ledger")
    again = load_signer(path, "example.org/ledger")
    assert signer.verifier_key() == again.verifier_key()
    assert parse_verifier_key(signer.verifier_key()).vkey() == signer.verifier_key()
    go = tmp_path / "go.key"
    go.write_text(GO_SKEY + "\n")
    assert load_signer(go, "PeterNeumann").verifier_key() == GO_VKEY
    with pytest.raises(MalformedError):
        load_signer(go, "SomeoneElse")


@pytest.mark.parametrize(
    "vkey",
    [
        "PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",  # wrong key id
        "PeterNeumann+c74f20a3+Ahpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",  # wrong algorithm byte
        "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T",  # bad base64
        "PeterNeumann+C74F20A3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",  # upper-case hex
        "Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
    ],
)
def test_malformed_verifier_keys(vkey: str) -> None:
    with pytest.raises(MalformedError):
        parse_verifier_key(vkey)


def test_checkpoint_parsing_is_strict() -> None:
    signer = parse_private_key_line(GO_SKEY)
    verifier = parse_verifier_key(GO_VKEY)
    root = bytes(range(32))
    good = sign_note(format_checkpoint_body("PeterNeumann", 5, root), [signer])
    checkpoint = open_checkpoint(good, verifier)
    assert (checkpoint.size, checkpoint.root) == (5, root)
    bodies = [
        "PeterNeumann\n05\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n",
        "PeterNeumann\n+5\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n",
        "PeterNeumann\n5 \nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n",
        "PeterNeumann\n1_0\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n",
        "PeterNeumann\n\u0665\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n",
        "PeterNeumann\n5\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHg==\n",  # 31 bytes
        "PeterNeumann\n5\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8\n",  # no padding
        "Other\n5\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n",  # origin is not the key name
    ]
    for body in bodies:
        with pytest.raises(MalformedError):
            open_checkpoint(sign_note(body, [signer]), verifier)


def test_ml_dsa_cosignature(tmp_path: Path) -> None:
    from ledger import load_cosigner, parse_any_verifier_key
    from ledger.note import MLDSASigner

    generate_signer_key(tmp_path / "log.key")
    generate_signer_key(tmp_path / "pq.key", "ml-dsa-44")
    signer = load_signer(tmp_path / "log.key", "example.org/log")
    cosigner = load_cosigner(tmp_path / "pq.key", "example.org/log")
    with pytest.raises(MalformedError):
        load_cosigner(tmp_path / "log.key", "example.org/log")
    note = sign_note(format_checkpoint_body("example.org/log", 3, bytes(32)), [signer, cosigner])
    assert note.count("\u2014 example.org/log ") == 2
    ed = parse_verifier_key(signer.verifier_key())
    pq = parse_any_verifier_key(cosigner.verifier_key())
    assert open_checkpoint(note, ed).size == 3  # a verifier that only knows the Ed25519 key ignores ML-DSA
    assert open_checkpoint(note, ed, [pq]).size == 3
    other = parse_any_verifier_key(MLDSASigner("example.org/log", _mldsa()).verifier_key())
    with pytest.raises(SignatureError):
        open_checkpoint(note, ed, [other])
    ed_only = sign_note(format_checkpoint_body("example.org/log", 3, bytes(32)), [signer])
    with pytest.raises(SignatureError):
        open_checkpoint(ed_only, ed, [pq])
    with pytest.raises(MalformedError):
        parse_verifier_key(cosigner.verifier_key())  # the log key must be Ed25519


def _mldsa():  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.asymmetric.mldsa import MLDSA44PrivateKey

    return MLDSA44PrivateKey.generate()
