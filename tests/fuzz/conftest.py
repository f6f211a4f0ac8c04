"""Fuzzing helpers live in tests/security/kit.py (live gateways on real services)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "security"))
