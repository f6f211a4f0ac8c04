"""OpenAPI: the schema of bodies that handlers decode themselves (strictly), and the offline docs UI.

Handlers that must see the exact body bytes (the portal token signs them) read the raw body and decode it with
msgspec in strict mode, so Litestar cannot infer their request schema; :func:`json_body_operation` documents it
from the same msgspec Struct. The Swagger UI assets are shipped in
``gateway/static/swagger-ui``: ``/docs`` renders with no internet access.
"""

from __future__ import annotations

import re
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec
from litestar import Litestar
from litestar.openapi.plugins import SwaggerRenderPlugin
from litestar.openapi.spec import (
    Components,
    OpenAPI,
    OpenAPIMediaType,
    OpenAPIResponse,
    OpenAPIType,
    Operation,
    Reference,
    RequestBody,
    Schema,
    SecurityScheme,
)

REF_PREFIX = "#/components/schemas/"
#: Swagger UI 5 (renders OpenAPI 3.1), shipped in the package: see static/swagger-ui/README.md.
SWAGGER_UI_DIR = Path(__file__).parent / "static" / "swagger-ui"
PROBLEM_MEDIA_TYPE = "application/problem+json"
_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")
_RENAMES = {"not": "schema_not", "if": "schema_if", "else": "schema_else"}
_SCHEMA_FIELDS = {f for f in Schema.__dataclass_fields__}


def _to_spec(node: Any) -> Any:
    """JSON Schema (as msgspec emits it) → Litestar's OpenAPI spec objects."""
    if isinstance(node, list):
        return [_to_spec(item) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return Reference(ref=REF_PREFIX + node["$ref"].rsplit("/", 1)[-1])
    kwargs: dict[str, Any] = {}
    for key, value in node.items():
        name = _RENAMES.get(key) or _CAMEL.sub("_", key).lower()
        if name not in _SCHEMA_FIELDS:
            continue
        if name == "properties":
            kwargs[name] = {prop: _to_spec(sub) for prop, sub in value.items()}
        elif name in {"items", "any_of", "all_of", "one_of", "additional_properties"}:
            kwargs[name] = _to_spec(value)
        else:
            kwargs[name] = value
    return Schema(**kwargs)


def component_schemas(*types: Any) -> dict[str, Schema | Reference]:
    _, defs = msgspec.json.schema_components(types, ref_template=REF_PREFIX + "{name}")
    return {name: _to_spec(schema) for name, schema in defs.items()}


def json_body_operation(type_: Any, description: str) -> type[Operation]:
    """An Operation class whose request body is ``type_`` as JSON (registered in ``component_schemas``)."""
    members = typing.get_args(type_) or (type_,)
    refs = [Reference(ref=REF_PREFIX + member.__name__) for member in members]
    body_schema: Schema | Reference = refs[0] if len(refs) == 1 else Schema(one_of=list(refs))

    @dataclass
    class _Operation(Operation):
        def __post_init__(self) -> None:
            self.request_body = RequestBody(
                content={"application/json": OpenAPIMediaType(schema=body_schema)},
                description=description,
                required=True,
            )

    return _Operation


def register_bodies(app: Litestar, *body_types: Any) -> None:
    """Add the body Structs' schemas to the app's (generated, cached) OpenAPI components."""
    schema = app.openapi_schema
    if schema.components.schemas is None:
        schema.components.schemas = {}
    schema.components.schemas.update(component_schemas(*body_types))  # type: ignore[arg-type]
    document_problems(schema)


#: The problem+json answers an authenticated route may give (gateway.problems), documented on every such route.
_AUTHENTICATED_PROBLEMS = (400, 401, 403, 404, 409, 410, 422, 429, 500, 503)
_BODY_PROBLEMS = (413, 415)
_OPEN_PROBLEMS = (500,)
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def document_problems(schema: OpenAPI) -> None:
    """Document the RFC 9457 problem responses of every operation (Litestar only lists 2xx and 400 itself)."""
    if schema.components.schemas is None:
        schema.components.schemas = {}
    schema.components.schemas["Problem"] = Schema(
        type=OpenAPIType.OBJECT,
        required=["type", "title", "status"],
        properties={
            "type": Schema(type=OpenAPIType.STRING),
            "title": Schema(type=OpenAPIType.STRING),
            "status": Schema(type=OpenAPIType.INTEGER),
            "detail": Schema(type=OpenAPIType.STRING),
            "errors": Schema(
                type=OpenAPIType.ARRAY,
                items=Schema(
                    type=OpenAPIType.OBJECT,
                    properties={
                        "pointer": Schema(type=OpenAPIType.STRING),
                        "detail": Schema(type=OpenAPIType.STRING),
                    },
                ),
            ),
        },
    )
    problem = OpenAPIMediaType(schema=Reference(ref=REF_PREFIX + "Problem"))
    for item in (schema.paths or {}).values():
        for method in _METHODS:
            operation: Operation | None = getattr(item, method, None)
            if operation is None:
                continue
            statuses: tuple[int, ...] = _AUTHENTICATED_PROBLEMS if operation.security else _OPEN_PROBLEMS
            if operation.request_body is not None:
                statuses += _BODY_PROBLEMS
            responses = operation.responses if operation.responses is not None else {}
            for status in statuses:
                documented = OpenAPIResponse(
                    description="A problem (RFC 9457)", content={PROBLEM_MEDIA_TYPE: problem}
                )
                if (
                    status == 400
                ):  # Litestar's own 400 entry says application/json; the gateway answers problems
                    responses[str(status)] = documented
                else:
                    responses.setdefault(str(status), documented)
            operation.responses = responses


def components() -> Components:
    return Components(
        security_schemes={
            "PortalToken": SecurityScheme(
                type="http",
                scheme="bearer",
                bearer_format="JWT",
                description="Single-use portal token (EdDSA/ES256) bound to method, path, query and body; "
                "see the README's token contract.",
            ),
            "StaffToken": SecurityScheme(
                type="http",
                scheme="bearer",
                bearer_format="JWT",
                description="Staff token from the company identity provider (roles reviewer, approver, auditor, "
                "admin); in the embedded default, `gateway staff-token --sub NAME --role ROLE`.",
            ),
        },
    )


def docs_plugin(assets_path: str) -> SwaggerRenderPlugin:
    return SwaggerRenderPlugin(
        path="/docs",
        js_url=f"{assets_path}/swagger-ui-bundle.js",
        css_url=f"{assets_path}/swagger-ui.css",
        standalone_preset_js_url=f"{assets_path}/swagger-ui-standalone-preset.js",
        favicon=f"<link rel='icon' type='image/png' href='{assets_path}/favicon-32x32.png'>",
    )
