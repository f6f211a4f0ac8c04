"""With Redis configured but unreachable, portal calls answer 503: never accepted without the replay guard."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from harness import Gateway, assert_problem, count_requests, make_settings, now

from gateway.bootstrap import prepare
from gateway.demo import sample_request


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def gateway_without_redis(postgres_url: str, tmp_path: Path) -> Gateway:
    settings = make_settings(
        {"database_url": postgres_url, "redis_url": f"redis://127.0.0.1:{_closed_port()}/0"}, tmp_path
    )
    prepare(settings)
    gw = Gateway(settings)
    gw.register("A")
    gw.start_instance()
    yield gw  # type: ignore[misc]
    for server in gw.servers:
        server.stop()


def test_unreachable_redis_gives_503_and_accepts_nothing(gateway_without_redis: Gateway) -> None:
    gw = gateway_without_redis
    with gw.client("A") as client:
        problem = assert_problem(client.submit(sample_request(now())), 503, "service-unavailable")
        assert "redis" not in str(problem).lower()
    assert count_requests(gw) == 0


def test_readiness_reports_redis_unreachable(gateway_without_redis: Gateway) -> None:
    import httpx

    with httpx.Client(base_url=gateway_without_redis.base_url) as http:
        response = http.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "redis": "unreachable"}
