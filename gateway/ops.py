"""Operations routes: liveness, readiness, Prometheus metrics. No authentication, nothing sensitive."""

from __future__ import annotations

import asyncio
from typing import Any

from cryptography.hazmat.primitives import serialization
from litestar import Request, Response, get
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from redis.exceptions import RedisError
from sqlalchemy.exc import SQLAlchemyError

from gateway.client import signing_key_id
from gateway.deps import services_of
from gateway.errors import ServiceUnavailable
from gateway.guards import RedisReplayGuard

_CHECK_TIMEOUT_S = 2.0


@get("/healthz", tags=["operations"], summary="Liveness", sync_to_thread=False)
def healthz() -> dict[str, str]:
    """The process is up and serving."""
    return {"status": "ok"}


@get("/readyz", tags=["operations"], summary="Readiness: database and Redis reachable")
async def readyz(request: Request[Any, Any, Any]) -> Response[dict[str, Any]]:
    """200 when the database (and Redis, if configured) answer, and the replay guard in Redis has been up long enough
    to vouch for freshly issued tokens; 503 otherwise."""
    services = services_of(request)
    checks: dict[str, str] = {}
    try:
        await asyncio.wait_for(services.db.ping(), _CHECK_TIMEOUT_S)
        checks["database"] = "ok"
    except (SQLAlchemyError, OSError, TimeoutError):
        checks["database"] = "unreachable"
    replay = services.authenticator.replay
    if isinstance(replay, RedisReplayGuard):
        # Reachable is not enough: for ``leeway`` seconds after Redis restarts (its memory of used tokens gone), the
        # replay guard refuses every token, as it cannot tell whether one was used before the restart.
        try:
            uptime = await asyncio.wait_for(replay.uptime_s(), _CHECK_TIMEOUT_S)
            checks["redis"] = "ok" if uptime >= replay.covers_fresh_tokens_after_s else "restarted"
        except (ServiceUnavailable, RedisError, OSError, TimeoutError, KeyError, ValueError):
            checks["redis"] = "unreachable"
    elif services.redis is not None:
        try:
            await asyncio.wait_for(services.redis.ping(), _CHECK_TIMEOUT_S)
            checks["redis"] = "ok"
        except (RedisError, OSError, TimeoutError):
            checks["redis"] = "unreachable"
    ready = all(v == "ok" for v in checks.values())
    return Response(
        content={"status": "ready" if ready else "not-ready", "checks": checks},
        status_code=200 if ready else 503,
    )


#: Litestar appends "; charset=utf-8" to text/* types itself: without this, the header named the charset twice.
METRICS_MEDIA_TYPE = CONTENT_TYPE_LATEST.replace("; charset=utf-8", "")


@get(
    "/metrics",
    tags=["operations"],
    summary="Prometheus metrics",
    media_type=METRICS_MEDIA_TYPE,
    sync_to_thread=False,
)
def metrics(request: Request[Any, Any, Any]) -> Response[bytes]:
    registry = services_of(request).metrics.registry
    return Response(content=generate_latest(registry), media_type=METRICS_MEDIA_TYPE)


@get(
    "/v1/keys", tags=["portal"], summary="The gateway's public keys: package signing and ledger verification"
)
async def public_keys(request: Request[Any, Any, Any]) -> dict[str, Any]:
    """Public keys portals and auditors pin: the key that signs packages, and the ledger's verifier key."""
    services = services_of(request)
    public = services.package_signer.public_key()
    return {
        "package_signing": {
            "key_id": signing_key_id(public),
            "alg": "Ed25519",
            "public_key_pem": public.public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            ).decode(),
        },
        "ledger": {
            "origin": services.settings.ledger_origin,
            "verifier_key": services.trail.log.verifier_key(),
        },
    }
