"""OpenAPI: the schema of bodies that handlers decode themselves (strictly), and the offline docs UI.

Handlers that must see the exact body bytes (the portal token signs them) read the raw body and decode it with
msgspec in strict mode, so Litestar cannot infer their request schema; :func:`json_body_operation` documents it
from the same msgspec Struct. The Swagger UI assets are served from the installed ``swagger_ui_bundle``
package: ``/docs`` renders with no internet access.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import msgspec
from litestar import Litestar
from litestar.openapi.plugins import SwaggerRenderPlugin
from litestar.openapi.spec import (
    Components,
    OpenAPIMediaType,
    Operation,
    Reference,
    RequestBody,
    Schema,
    SecurityScheme,
)

REF_PREFIX = "#/components/schemas/"
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
    name = type_.__name__

    @dataclass
    class _Operation(Operation):
        def __post_init__(self) -> None:
            self.request_body = RequestBody(
                content={"application/json": OpenAPIMediaType(schema=Reference(ref=REF_PREFIX + name))},
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
