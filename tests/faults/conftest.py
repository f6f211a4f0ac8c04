"""Fixtures for the fault tests (the helpers live in faultkit.py: test modules import that, never conftest)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from faultkit import RedisProcess
from kit import free_port


@pytest.fixture
def redis_process(tmp_path: Path) -> Iterator[RedisProcess]:
    process = RedisProcess(free_port(), tmp_path)
    try:
        yield process.start()
    finally:
        if process.proc is not None:
            process.kill()
