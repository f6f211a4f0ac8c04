"""``gateway demo``: one emergency request end to end against a running gateway, printed step by step.

A portal submits → a reviewer records the callback → two approvers approve → the portal downloads, decrypts and
verifies the signature and the ledger inclusion → ``ledger verify`` checks the whole log. Uses the embedded
default's demo portal and development identity provider (``var/``), so run it beside ``make run``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from gateway.client import (
    PinnedKeys,
    PortalClient,
    PortalSigner,
    download_package,
    load_package_key,
    load_private_key,
)
from gateway.demo import sample_request
from gateway.settings import Settings
from gateway.staff.devidp import mint_staff_token


class DemoFailed(Exception):
    pass


def _step(n: int, text: str) -> None:
    print(f"[{n}] {text}", flush=True)


def _check(response: httpx.Response, status: int, what: str) -> dict[str, Any]:
    if response.status_code != status:
        raise DemoFailed(f"{what}: HTTP {response.status_code} {response.text[:300]}")
    data: dict[str, Any] = response.json()
    return data


def run_demo(settings: Settings, base_url: str) -> int:
    info = json.loads((settings.var_dir / "demo-portal.json").read_text())
    signer = PortalSigner(
        portal_id=info["portal_id"],
        kid=info["key_id"],
        private_key=load_private_key(Path(info["private_key"])),
        officer="a.example@sheriff.example.gov",
        audience=settings.audience,
    )

    def staff(sub: str, role: str) -> httpx.Client:
        token = mint_staff_token(
            settings.keys_dir,
            sub=sub,
            roles=[role],
            issuer=settings.staff_issuer,
            audience=settings.staff_audience,
        )
        return httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"}, timeout=60)

    def post(client: httpx.Client, path: str, body: dict[str, Any]) -> httpx.Response:
        return client.post(path, content=json.dumps(body), headers={"Content-Type": "application/json"})

    with PortalClient(base_url, signer, timeout_s=60) as portal:
        submitted = _check(portal.submit(sample_request(datetime.now(UTC))), 202, "submit")
        request_id = submitted["id"]
        _step(1, f"portal {signer.portal_id} submitted emergency request {request_id} (kidnapping, P0)")
        plan = _check(portal.status(request_id), 200, "status")["plan"]
        _step(
            2,
            f"plan under policy {plan['policy']}: {plan['outcomes']}; approvals needed: {plan['approvals_required']}",
        )

        with staff("reviewer.rivera", "reviewer") as reviewer:
            detail = _check(reviewer.get(f"/v1/review/requests/{request_id}"), 200, "review detail")
            signals = [s["code"] for s in detail["triage"]["signals"]] or ["none"]
            _step(
                3,
                f"reviewer sees priority {detail['triage']['priority']}, risk signals: {', '.join(signals)}",
            )
            phone = detail["agency_registry"]["callback_phone"]
            _check(
                post(reviewer, f"/v1/review/requests/{request_id}/callback", {"outcome": "confirmed"}),
                201,
                "callback",
            )
            _step(4, f"reviewer called the agency on the registry number {phone}: confirmed")
            preview = _check(reviewer.get(f"/v1/review/requests/{request_id}/preview"), 200, "preview")
            _step(
                5,
                f"preview: {preview['redaction']['texts']} texts redacted, entities {preview['redaction']['entities']}",
            )

        categories = ["subscriber_info", "ip_logs", "messages"]
        for n, who in ((6, "approver.adams"), (7, "approver.baker")):
            with staff(who, "approver") as approver:
                body = {"action": "approve", "categories": categories}
                decided = _check(
                    post(approver, f"/v1/review/requests/{request_id}/decisions", body), 201, "approve"
                )
                _step(n, f"{who} approved {', '.join(categories)} → {decided['status']}")

        pinned = PinnedKeys.fetch(base_url)
        package = download_package(portal, request_id, load_package_key(Path(info["encryption_key"])), pinned)
        counts = {c: len(rows) for c, rows in package["records"][0]["categories"].items()}
        _step(
            8,
            f"portal downloaded, decrypted and verified the package (signature + ledger inclusion): records {counts}",
        )

    with staff("auditor.ortiz", "auditor") as auditor:
        token = auditor.headers["Authorization"].removeprefix("Bearer ")
    ledger_cmd = shutil.which("ledger") or str(Path(sys.executable).parent / "ledger")
    result = subprocess.run(  # noqa: S603 - our own console script, fixed arguments
        [ledger_cmd, "verify", "--url", base_url, "--key", pinned.ledger_verifier_key],
        env={**os.environ, "LEDGER_TOKEN": token},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    output = (result.stdout + result.stderr).strip().splitlines()
    _step(9, f"ledger verify: {output[-1] if output else ''} (exit {result.returncode})")
    return 0 if result.returncode == 0 else 1
