"""The one place where exceptions become RFC 9457 ``application/problem+json`` responses.

Every error path answers with a stable ``type`` (``/problems/<slug>``, documented at that URL), a human ``title``
and ``status``; never a stack trace or an internal name. Unexpected exceptions are logged server-side and answered
with a generic 500.
"""

from __future__ import annotations

import logging
from typing import Any

import msgspec
from litestar import Request, Response, get
from litestar.exceptions import HTTPException
from litestar.params import FromPath
from litestar.response import Response as LitestarResponse

from gateway.errors import GatewayError, NotFound

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_PATH = "/problems/"

log = logging.getLogger("gateway.errors")

#: Litestar's own HTTP errors, by status: (slug, title). Their ``detail`` texts are not passed through.
_HTTP_PROBLEMS: dict[int, tuple[str, str]] = {
    400: ("bad-request", "Bad request"),
    401: ("unauthenticated", "Authentication failed"),
    403: ("forbidden", "Not allowed"),
    404: ("not-found", "Not found"),
    405: ("method-not-allowed", "Method not allowed"),
    406: ("not-acceptable", "Not acceptable"),
    409: ("conflict", "Conflict"),
    413: ("payload-too-large", "Request body too large"),
    415: ("unsupported-media-type", "Unsupported media type"),
    429: ("rate-limited", "Too many requests"),
    500: ("internal-error", "Internal error"),
    503: ("service-unavailable", "Service temporarily unavailable"),
}

#: Human descriptions served at ``/problems/<slug>``.
PROBLEM_DOCS: dict[str, str] = {
    "bad-request": "The request could not be understood (for example a malformed query parameter).",
    "malformed-request": "The body is not well-formed JSON. Send UTF-8 JSON with Content-Type application/json.",
    "invalid-request": "The body is well-formed JSON but breaks the schema or a rule; `errors` lists where.",
    "unauthenticated": "The token was missing or failed a check. Sign a new single-use token for this exact "
    "method, path and body (see the token contract in the README). The reason is not disclosed.",
    "forbidden": "Authenticated, but this identity may not do this.",
    "not-found": "No such resource for this caller.",
    "method-not-allowed": "The route does not support this method.",
    "not-acceptable": "The requested representation is not available.",
    "conflict": "The request conflicts with the current state of the resource.",
    "idempotency-key-reused": "This Idempotency-Key was first used with a different body; use a new key.",
    "gone": "The resource existed but has expired.",
    "payload-too-large": "The body is larger than the gateway accepts.",
    "unsupported-media-type": "Send the body as application/json.",
    "rate-limited": "Too many requests; retry after the number of seconds in Retry-After.",
    "internal-error": "An unexpected error. Nothing was half-written; retry with the same Idempotency-Key.",
    "service-unavailable": "A dependency (database, replay store) is unreachable; nothing was accepted. Retry.",
    "configuration-error": "The gateway is misconfigured.",
}


def problem_response(
    status: int,
    slug: str,
    title: str,
    detail: str | None = None,
    *,
    headers: dict[str, str] | None = None,
    extra: dict[str, Any] | None = None,
) -> Response[bytes]:
    body: dict[str, Any] = {"type": PROBLEM_PATH + slug, "title": title, "status": status}
    if detail:
        body["detail"] = detail
    if extra:
        body.update(extra)
    return LitestarResponse(
        content=msgspec.json.encode(body),
        status_code=status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers or {},
    )


def _gateway_error_handler(request: Request[Any, Any, Any], exc: GatewayError) -> Response[bytes]:
    if exc.status >= 500:
        log.warning("request failed", extra={"event": "request.failed", "problem": exc.slug})
    extra = {"errors": exc.errors} if exc.errors else None
    return problem_response(exc.status, exc.slug, exc.title, exc.detail, headers=exc.headers, extra=extra)


def _http_exception_handler(request: Request[Any, Any, Any], exc: HTTPException) -> Response[bytes]:
    status = exc.status_code
    slug, title = _HTTP_PROBLEMS.get(status, ("internal-error" if status >= 500 else "bad-request", "Error"))
    if status >= 500:
        log.error("http error", extra={"event": "request.error", "status": status})
    headers = dict(exc.headers or {})
    return problem_response(status, slug, title, headers=headers)


def _unexpected_handler(request: Request[Any, Any, Any], exc: Exception) -> Response[bytes]:
    # The traceback stays in the server's log; the caller learns nothing internal.
    log.error("unexpected error", exc_info=exc, extra={"event": "request.crashed"})
    return problem_response(500, "internal-error", "Internal error")


exception_handlers: dict[type[Exception] | int, Any] = {
    GatewayError: _gateway_error_handler,
    HTTPException: _http_exception_handler,
    Exception: _unexpected_handler,
}


@get(PROBLEM_PATH + "{slug:str}", media_type="text/plain", include_in_schema=False, sync_to_thread=False)
def problem_doc(slug: FromPath[str]) -> str:
    """Human-readable description of a problem ``type``."""
    try:
        return f"{slug}\n\n{PROBLEM_DOCS[slug]}\n"
    except KeyError:
        raise NotFound() from None
