"""`gateway demo` against a running gateway prepared the way `make run` prepares it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from harness import LiveServer, make_settings

from gateway.app import create_asgi
from gateway.bootstrap import prepare_demo
from gateway.demo_run import run_demo


def test_demo_plays_one_request_end_to_end(
    stack: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = make_settings(stack, tmp_path)
    prepare_demo(settings, users=3)
    server = LiveServer(create_asgi(settings)).start()
    try:
        assert run_demo(settings, server.base_url) == 0
    finally:
        server.stop()
    printed = capsys.readouterr().out
    assert "[7] approver.baker approved subscriber_info, ip_logs, messages → released" in printed
    assert "[9] ledger verify: OK" in printed
