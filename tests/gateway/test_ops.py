"""Operations: health, readiness, metrics by route template, and API docs that render offline."""

from __future__ import annotations

import re

import httpx
from harness import Gateway, now

from gateway.demo import sample_request


def test_docs_load_only_local_assets(gateway: Gateway) -> None:
    with httpx.Client(base_url=gateway.base_url) as http:
        page = http.get("/docs")
        assert page.status_code == 200
        assets = re.findall(r"""(?:src|href)=['"]([^'"]+)['"]""", page.text)
        assert assets, "the docs page links its scripts and styles"
        assert all(a.startswith("/") for a in assets), assets  # nothing from a CDN
        for asset in assets:
            assert http.get(asset).status_code == 200, asset
        spec = http.get("/openapi.json").json()
        assert spec["openapi"].startswith("3.1")
        body = spec["paths"]["/v1/requests"]["post"]["requestBody"]
        assert body["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/EmergencyRequest"
        }


def test_health_readiness_and_metrics_by_route_template(gateway: Gateway) -> None:
    with gateway.client("A") as client:
        request_id = client.submit(sample_request(now())).json()["id"]
        assert client.status(request_id).status_code == 200
    with httpx.Client(base_url=gateway.base_url) as http:
        assert http.get("/healthz").json() == {"status": "ok"}
        ready = http.get("/readyz")
        assert ready.status_code == 200
        assert set(ready.json()["checks"].values()) == {"ok"}
        metrics = http.get("/metrics").text
    assert 'route="/v1/requests/{request_id}"' in metrics
    assert request_id not in metrics
    assert 'gateway_requests_received_total{category="kidnapping"} 1.0' in metrics
