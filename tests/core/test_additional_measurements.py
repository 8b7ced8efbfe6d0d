"""The rows added after the shared 134 (resources/validation/additional-measurements.csv): fitted
and cross-validated with them, reported apart, never in the headline figures."""

from __future__ import annotations

import json

from core.catalog import read_resource_text
from core.cli import main
from core.measurements import additional_measurements_text, builtin_measurements_text, read_measurements
from core.validation import prepare, run_validation, setup_of

SHARED = read_measurements(builtin_measurements_text())
ADDITIONAL = read_measurements(additional_measurements_text())


def test_additional_rows_have_the_shared_columns_new_ids_and_a_source_each() -> None:
    shared_columns = set(SHARED[0])
    assert shared_columns <= set(ADDITIONAL[0])
    shared_ids = {row["id"] for row in SHARED}
    ids = [row["id"] for row in ADDITIONAL]
    assert len(ids) == len(set(ids)) and not shared_ids & set(ids)
    assert all(row["source"].strip() and row["notes"].strip() for row in ADDITIONAL)


def test_every_additional_row_is_predicted() -> None:
    points = run_validation(additional_measurements_text())
    assert len(points) == len(ADDITIONAL)
    assert all(p.predicted_output_tokens_per_s for p in points), [p.id for p in points if p.error]


def test_a_stated_batch_cap_replaces_the_stacks_default() -> None:
    row = next(row for row in ADDITIONAL if row["max_sequences"])
    assert dict(setup_of(row).tool_settings)["max_sequences_per_replica"] == float(row["max_sequences"])
    default = prepare([{**row, "max_sequences": ""}]).columns["max_sequences_per_replica"][0]
    capped = prepare([row]).columns["max_sequences_per_replica"][0]
    assert capped == float(row["max_sequences"]) < default


def test_validate_keeps_the_shared_rows_as_the_headline_and_lists_the_additional_apart(capsys) -> None:
    assert main(["validate", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["id"] for p in data["points"]] == [row["id"] for row in SHARED]
    extra = data["additional_rows"]
    assert [p["id"] for p in extra["points"]] == [row["id"] for row in ADDITIONAL]
    assert extra["summary"]["points"] == len(ADDITIONAL)


def test_fit_report_headline_counts_the_shared_rows_and_reports_all_rows_apart() -> None:
    report = json.loads(read_resource_text("calibration", "fit-report.json"))
    assert report["rows"] == len(SHARED) == report["leave_one_source_out"]["points"]
    extra = report["with_additional_rows"]
    assert extra["rows"] == len(SHARED) + len(ADDITIONAL) == extra["leave_one_source_out"]["points"]
    assert extra["additional_rows_only"]["points"] == extra["additional_rows"] == len(ADDITIONAL)
    assert sum(bool(r.get("additional")) for r in report["residuals"]) == len(ADDITIONAL)
