"""The record source: the platform's user data a release reads from, and the synthetic demo data.

Read through :class:`RecordSource` (:class:`SqlRecordSource` over the ``record_*`` tables): resolve a request's
target to an account id, then fetch one category within a window, projected to the allowed fields.
:func:`seed_demo_data` fills the tables with synthetic users (``gateway demo-data``).
"""

from gateway.records.seed import (
    DEMO_TARGET_USERNAME,
    PlantedValue,
    SeedSummary,
    planted_values,
    seed_demo_data,
)
from gateway.records.source import (
    InvalidWindow,
    Record,
    RecordSource,
    RecordSourceError,
    SqlRecordSource,
    UnknownCategory,
    UnknownField,
    UnknownTargetType,
    rfc3339,
)

__all__ = [
    "DEMO_TARGET_USERNAME",
    "InvalidWindow",
    "PlantedValue",
    "Record",
    "RecordSource",
    "RecordSourceError",
    "SeedSummary",
    "SqlRecordSource",
    "UnknownCategory",
    "UnknownField",
    "UnknownTargetType",
    "planted_values",
    "rfc3339",
    "seed_demo_data",
]
