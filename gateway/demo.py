"""Synthetic emergency requests for the demo and the tests. Every value is invented (example.gov, 555 numbers)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any


def sample_request(now: datetime, **overrides: Any) -> dict[str, Any]:
    """A valid emergency request; ``overrides`` replace top-level fields."""
    request: dict[str, Any] = {
        "agency": {
            "name": "Example County Sheriff's Office",
            "ori": "CA0000000",
            "country": "US",
            "jurisdiction": "Example County, California",
        },
        "officer": {
            "name": "Det. Alex Example",
            "title": "Detective",
            "badge": "D-1024",
            "email": "a.example@sheriff.example.gov",
            "phone": "+15555550100",
        },
        "supervisor": {
            "name": "Sgt. Sam Sample",
            "email": "s.sample@sheriff.example.gov",
            "phone": "+15555550101",
        },
        "legal_basis": "us_18_2702_b8",
        "emergency": {
            "category": "kidnapping",
            "narrative": "A 9-year-old was taken from a school parking lot an hour ago by a non-custodial adult "
            "who messaged the child on the platform beforehand.",
            "imminence": "The child is with an adult who has threatened to leave the state tonight.",
        },
        "targets": [{"type": "username", "value": "demo_user_1", "role": "suspect"}],
        "data_categories": ["subscriber_info", "ip_logs", "messages"],
        "window": {
            "start": (now - timedelta(days=3)).isoformat(),
            "end": now.isoformat(),
        },
        "attestation": {
            "statement": "I certify that this is an emergency involving danger of death or serious injury.",
            "good_faith": True,
        },
        "case_number": "2026-000123",
        "portal_reference": "DEMO-1",
    }
    request.update(overrides)
    return request
