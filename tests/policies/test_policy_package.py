"""The package stands alone: it imports none of the other packages and ships its default policy."""

from __future__ import annotations

import subprocess
import sys

import policies


def test_policies_imports_no_sibling_package() -> None:
    code = (
        "import sys, policies; "
        "from policies import load_policy_set, DEFAULT_POLICY_DIR; load_policy_set(DEFAULT_POLICY_DIR); "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'gateway', 'ledger', 'redaction'}); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_public_api_is_complete() -> None:
    for name in policies.__all__:
        assert hasattr(policies, name), name
    assert policies.PolicySet.default_path() == policies.DEFAULT_POLICY_DIR
    assert (policies.DEFAULT_POLICY_DIR / "policy_set.toml").is_file()


def test_record_schema_marks_sensitive_fields() -> None:
    schema = policies.RECORD_SCHEMA
    assert set(schema) == {"subscriber_info", "ip_logs", "location", "messages", "posts", "device_info"}
    assert policies.CONTENT_CATEGORIES == {"messages", "posts"}
    assert schema["messages"].names_of_kind("free_text") == {"body"}
    assert schema["messages"].names_of_kind("third_party_identifier") == {"counterparty_id"}
    assert schema["posts"].names_of_kind("free_text") == {"body"}
    assert schema["subscriber_info"].names_of_kind("free_text") == {"bio"}
    assert schema["subscriber_info"].time_field is None
    for spec in schema.values():
        assert spec.time_field is None or spec.time_field in spec.field_names
