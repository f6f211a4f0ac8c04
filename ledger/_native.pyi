# Types of the optional C module built from _native.c.

SHA256_IMPL: str

def check_joined(
    blob: bytes,
    count: int,
    start: int,
    log_json: bytes,
    kinds: tuple[bytes, ...],
    max_leaf: int,
    strict: bool,
    /,
) -> tuple[bytes, bytes, bytes, bytes] | None: ...
def sha256(data: bytes, generic: bool = ..., /) -> bytes: ...
