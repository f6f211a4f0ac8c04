"""schemathesis against the gateway's own OpenAPI schema: every operation, valid and invalid data, real HTTP.

Every generated call carries valid authentication: a portal token signed for that exact call (method, path and
query as sent, body bytes) — so the fuzzing reaches the handlers instead of stopping at 401 — or a staff token on
staff routes. Zero 5xx and zero responses that break the schema (status, content type, headers, body).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import hypothesis
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase
from kit import Gateway, make_settings, now, postgres_database, redis_namespace
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import FailureGroup
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from gateway.bootstrap import prepare
from gateway.demo import sample_request
from gateway.staff.auth import ROLES
from gateway.staff.devidp import mint_staff_token

MAX_EXAMPLES = 25  # per operation and generation mode
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
]


@pytest.fixture(scope="module")
def fuzz_gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    tmp = tmp_path_factory.mktemp("fuzz")
    with postgres_database() as database_url, redis_namespace() as (redis_url, prefix):
        settings = make_settings(
            {"database_url": database_url, "redis_url": redis_url, "redis_prefix": prefix},
            tmp,
            portal_rate_limit=1_000_000,
            auth_failure_limit=1_000_000,
        )
        prepare(settings)
        gw = Gateway(settings)
        gw.register("A")
        gw.start_instance()
        with gw.client("A") as client:  # something for the GET routes to find
            accepted = client.submit(sample_request(now()))
        assert accepted.status_code == 202, accepted.text
        gw.request_id = accepted.json()["id"]  # type: ignore[attr-defined]
        try:
            yield gw
        finally:
            for server in gw.servers:
                server.stop()


def every_role_token(settings: Any) -> str:
    """A staff token holding every role, so the fuzzing reaches the handlers past the role checks."""
    return str(
        mint_staff_token(
            settings.keys_dir,
            sub="fuzzer@example.com",
            roles=sorted(ROLES),
            issuer=settings.staff_issuer,
            audience=settings.staff_audience,
        )
    )


def _security(operation: Any) -> set[str]:
    definition = operation.definition.raw
    return {name for requirement in definition.get("security", []) for name in requirement}


def sign_and_send(gw: Gateway, session: requests.Session, case: Any) -> requests.Response:
    """Prepare the request exactly as it will go on the wire, then authenticate that exact request."""
    kwargs = case.as_transport_kwargs(base_url=gw.base_url)
    prepared = session.prepare_request(
        requests.Request(**{k: v for k, v in kwargs.items() if k != "timeout"})
    )
    schemes = _security(case.operation)
    body = prepared.body or b""
    if isinstance(body, str):
        body = body.encode()
    if "PortalToken" in schemes:
        token = gw.signers["A"].token(prepared.method or "GET", prepared.path_url, body)
        prepared.headers["Authorization"] = "Bearer " + token
    elif "StaffToken" in schemes:
        prepared.headers["Authorization"] = "Bearer " + every_role_token(gw.settings)
    return session.send(prepared, timeout=30)


def fuzz(
    gw: Gateway,
    session: requests.Session,
    operation: Any,
    mode: GenerationMode,
    stats: dict[Any, int],
    path_parameters: dict[str, str] | None = None,
) -> int:
    """Run one operation in one generation mode; returns how many cases were sent."""
    sent = 0

    # Authentication is injected valid after generation: keep the generator from varying the header itself (a
    # negative case "without Authorization" would otherwise be sent with one and misjudged).
    fixed = {"Authorization": "Bearer set-when-sent"} if _security(operation) else None

    @hypothesis.settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    @hypothesis.given(
        case=operation.as_strategy(generation_mode=mode, headers=fixed, path_parameters=path_parameters)
    )
    def run(case: Any) -> None:
        nonlocal sent
        try:
            response = sign_and_send(gw, session, case)
        except (requests.exceptions.InvalidHeader, requests.exceptions.InvalidURL, UnicodeError):
            hypothesis.reject()  # not sendable over HTTP/1.1 at all (e.g. a newline in a header value)
        sent += 1
        stats[response.status_code] = stats.get(response.status_code, 0) + 1
        case.validate_response(response, checks=CHECKS)

    try:
        run()
    except hypothesis.errors.Unsatisfiable:
        if mode is GenerationMode.POSITIVE or sent:
            raise
        # Nothing of this operation can be made invalid and still be sent (no body, no constrained parameter).
    return sent


@pytest.mark.slow
def test_every_operation_fuzzed_with_valid_authentication(fuzz_gateway: Gateway) -> None:
    gw = fuzz_gateway
    schema = schemathesis.openapi.from_url(gw.base_url + "/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert operations
    ran: dict[str, int] = {}
    statuses: dict[Any, int] = {}
    failures: dict[str, list[str]] = {}
    with requests.Session() as session:
        for operation in operations:
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
                label = f"{operation.method.upper()} {operation.path} [{mode.value}]"
                runs = {label: None}
                if "{request_id}" in operation.path and mode is GenerationMode.POSITIVE:
                    # Random ids only ever find 404: also fuzz everything else against a request that exists.
                    runs[label + " (existing request)"] = {"request_id": gw.request_id}  # type: ignore[attr-defined]
                for name, path_parameters in runs.items():
                    try:
                        ran[name] = fuzz(gw, session, operation, mode, statuses, path_parameters)
                    except (Exception, FailureGroup) as exc:  # noqa: BLE001 - run every operation, report all
                        failures[name] = str(exc).strip().splitlines()[0:12]
                        ran[name] = -1
    total = sum(ran.values())
    print(f"\nschemathesis: {total} cases over {len(operations)} operations")
    for label, count in sorted(ran.items()):
        print(f"  {count:4d}  {label}")
    print("  statuses:", dict(sorted(statuses.items())))
    assert not failures, "\n\n".join(f"{label}:\n" + "\n".join(lines) for label, lines in failures.items())
    assert all(status < 500 for status in statuses)
