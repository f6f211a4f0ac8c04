"""The gateway's exceptions. They become RFC 9457 problem+json in exactly one place (``gateway.problems``).

Messages here are shown to callers: they must never carry personal data, tokens or internal names.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence


class GatewayError(Exception):
    """Base of every error the gateway raises on purpose."""

    status: int = 500
    slug: str = "internal-error"
    title: str = "Internal error"

    def __init__(
        self,
        detail: str | None = None,
        *,
        headers: Mapping[str, str] | None = None,
        errors: Sequence[Mapping[str, str]] | None = None,
    ) -> None:
        super().__init__(detail or self.title)
        self.detail = detail
        self.headers = dict(headers or {})
        self.errors = list(errors or [])


class ConfigurationError(GatewayError):
    """A setting, key or policy is missing or invalid: the gateway refuses to start (fail closed)."""

    slug = "configuration-error"
    title = "The gateway is misconfigured"


class MalformedRequest(GatewayError):
    status, slug, title = 400, "malformed-request", "The request body is not valid JSON"


class Unauthenticated(GatewayError):
    """Any authentication failure. The caller is never told which check failed."""

    status, slug, title = 401, "unauthenticated", "Authentication failed"


class Forbidden(GatewayError):
    status, slug, title = 403, "forbidden", "Not allowed"


class NotFound(GatewayError):
    status, slug, title = 404, "not-found", "Not found"


class Conflict(GatewayError):
    status, slug, title = 409, "conflict", "Conflict"


class Gone(GatewayError):
    status, slug, title = 410, "gone", "No longer available"


class UnsupportedMediaType(GatewayError):
    status, slug, title = 415, "unsupported-media-type", "Unsupported media type"


class InvalidRequest(GatewayError):
    status, slug, title = 422, "invalid-request", "The request is not valid"


class IdempotencyKeyReused(GatewayError):
    status, slug, title = 422, "idempotency-key-reused", "Idempotency-Key was already used with another body"


class RateLimited(GatewayError):
    status, slug, title = 429, "rate-limited", "Too many requests"


class ServiceUnavailable(GatewayError):
    status, slug, title = 503, "service-unavailable", "Service temporarily unavailable"
