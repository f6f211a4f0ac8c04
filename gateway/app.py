"""The app factory: ``create_app(settings)`` builds everything one app instance needs; nothing at import time."""

from __future__ import annotations

import gc
import logging
import threading
from typing import Any

import redis.asyncio as aioredis
from litestar import Litestar
from litestar.openapi import OpenAPIConfig
from litestar.static_files import create_static_files_router
from redis.exceptions import RedisError
from sqlalchemy.exc import SQLAlchemyError

from gateway import openapi, ops, problems
from gateway.audit.routes import AuditController, StaffReadsController
from gateway.audit.trail import Trail
from gateway.db import Database
from gateway.errors import ConfigurationError, InvalidRequest, ServiceUnavailable
from gateway.guards import (
    MemoryRateLimiter,
    RateLimiter,
    RedisRateLimiter,
    RedisReplayGuard,
    ReplayGuard,
    SqlReplayGuard,
)
from gateway.intake.routes import IntakeController
from gateway.intake.schemas import EmergencyRequest
from gateway.keys import PACKAGE_SIGNER, load_ed25519_key
from gateway.observability import Metrics, ObservedApp
from gateway.policy_store import ActivePolicy
from gateway.portals.auth import PortalAuthenticator
from gateway.records.source import SqlRecordSource
from gateway.review.routes import ReviewController
from gateway.review.schemas import Approve, CallbackBody, Deny, FollowUp, RequestInfo
from gateway.services import Clock, Services, system_clock
from gateway.settings import Settings
from gateway.staff.auth import StaffAuthenticator, key_source

log = logging.getLogger("gateway")
DOCS_ASSETS = "/docs-assets"


def _unavailable(_request: Any, _exc: Exception) -> Any:
    # SQLSTATE class 22 (data exception: a NUL character, a value too long …) is the caller's input, not an outage.
    if str(getattr(getattr(_exc, "orig", None), "sqlstate", "") or "").startswith("22"):
        return problems._gateway_error_handler(_request, InvalidRequest("A value cannot be stored as given."))
    return problems._gateway_error_handler(_request, ServiceUnavailable())


def build_services(settings: Settings, clock: Clock = system_clock) -> Services:
    db = Database(settings.database_url)
    client: aioredis.Redis | None = None
    replay: ReplayGuard
    limiter: RateLimiter
    if settings.redis_url:
        client = aioredis.Redis.from_url(
            settings.redis_url, socket_connect_timeout=2, socket_timeout=2, health_check_interval=30
        )
        replay = RedisReplayGuard(client, settings.redis_prefix, settings.clock_skew_s)
        limiter = RedisRateLimiter(client, settings.redis_prefix)
    else:
        replay = SqlReplayGuard(db)
        limiter = MemoryRateLimiter()
    authenticator = PortalAuthenticator(
        audience=settings.audience,
        replay=replay,
        max_lifetime_s=settings.token_max_lifetime_s,
        leeway_s=settings.clock_skew_s,
        max_token_bytes=settings.max_token_bytes,
    )
    staff = StaffAuthenticator(
        keys=key_source(settings.staff_jwks),
        issuer=settings.staff_issuer,
        audience=settings.staff_audience,
        leeway_s=settings.clock_skew_s,
        max_token_bytes=settings.max_token_bytes,
    )
    trail = Trail.load(settings.keys_dir, settings.ledger_origin)
    try:
        package_signer = load_ed25519_key(settings.keys_dir / PACKAGE_SIGNER)
    except (OSError, ValueError, TypeError) as exc:
        raise ConfigurationError(f"package signing key unusable ({type(exc).__name__})") from None
    return Services(
        package_signer=package_signer,
        records=SqlRecordSource(),
        redaction_lock=threading.Lock(),
        settings=settings,
        staff=staff,
        trail=trail,
        policy=ActivePolicy(),
        db=db,
        clock=clock,
        authenticator=authenticator,
        limiter=limiter,
        metrics=Metrics(),
        redis=client,
    )


def create_app(settings: Settings | None = None, *, clock: Clock = system_clock) -> Litestar:
    """A fully wired Litestar app. Tests build their own with their own settings and clock."""
    settings = settings or Settings.from_env()
    services = build_services(settings, clock)

    async def _startup() -> None:
        # Fail closed: no (valid) active policy set, no service. The message names the fix.
        async with services.db.read() as conn:
            await services.policy.get(conn)

    async def _shutdown() -> None:
        await services.close()

    handlers: dict[type[Exception] | int, Any] = dict(problems.exception_handlers)
    handlers[SQLAlchemyError] = _unavailable
    handlers[RedisError] = _unavailable
    handlers[ConnectionError] = _unavailable
    app = Litestar(
        route_handlers=[
            IntakeController,
            AuditController,
            StaffReadsController,
            ReviewController,
            ops.public_keys,
            ops.healthz,
            ops.readyz,
            ops.metrics,
            problems.problem_doc,
            create_static_files_router(
                path=DOCS_ASSETS,
                directories=[openapi.SWAGGER_UI_DIR],
                include_in_schema=False,
                send_as_attachment=False,
            ),
        ],
        exception_handlers=handlers,
        request_max_body_size=settings.max_body_bytes,
        on_startup=[_startup],
        on_shutdown=[_shutdown],
        openapi_config=OpenAPIConfig(
            title="Disclosure gateway",
            version="1",
            description="Emergency data requests from verified law-enforcement portals, reviewed, minimised, "
            "redacted, sealed, and recorded in a verifiable ledger.",
            path="/",
            render_plugins=[openapi.docs_plugin(DOCS_ASSETS)],
            components=openapi.components(),
        ),
        debug=False,
        logging_config=None,
    )
    app.state.services = services
    openapi.register_bodies(app, EmergencyRequest, CallbackBody, Approve, Deny, RequestInfo, FollowUp)
    return app


def create_asgi(settings: Settings | None = None, *, clock: Clock = system_clock) -> ObservedApp:
    """The served ASGI app: the Litestar app wrapped with request ids, metrics and the access log."""
    app = create_app(settings, clock=clock)
    return ObservedApp(app, app.state.services.metrics)


def serve_asgi() -> ObservedApp:
    """``create_asgi`` for a server worker (``gateway serve``): afterwards everything built so far (the app, and the
    redaction models and patterns it imported) is moved out of the garbage collector's sight with ``gc.freeze``.
    Full collections then walk only what requests allocate, instead of pausing the worker for the whole heap."""
    app = create_asgi()
    gc.collect()
    gc.freeze()
    return app
