"""The sweeps behind the charts and the outcome as CSV: every number, read back the same."""

from __future__ import annotations

import csv
import io
import math

import numpy as np
import pytest

from core.export_tables import SWEEP_TABLES, outcome_table, sweep_table
from core.overview import analyze
from core.scenario_io import builtin_scenario


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture(scope="module")
def analysis():
    return analyze(builtin_scenario("r1-claims-8xh20"))


def test_cost_vs_fleet_reads_back_the_sweep(analysis) -> None:
    outcome, overview = analysis
    rows = _rows(sweep_table("cost_vs_fleet", outcome, overview).csv_text())
    assert [int(r["accelerator_count"]) for r in rows] == [int(c) for c in overview.gpu_counts]
    costs = np.asarray(overview.by_gpu_count["cost_per_case"], dtype=float)
    for row, cost in zip(rows, costs, strict=True):
        assert (row["cost_per_case_CNY"] == "") == (not math.isfinite(cost))
        if row["cost_per_case_CNY"]:
            assert float(row["cost_per_case_CNY"]) == cost  # every digit kept
            ratio = float(row["cost_per_case_p90"]) / cost
            assert ratio == pytest.approx(outcome.cost_per_case_p90 / outcome.cost_per_case)
    own = next(r for r in rows if int(r["accelerator_count"]) == 8)
    assert float(own["cost_per_case_CNY"]) == pytest.approx(outcome.cost_per_case, rel=1e-9)


def test_every_chart_has_its_table(analysis) -> None:
    outcome, overview = analysis
    for name in SWEEP_TABLES:
        table = sweep_table(name, outcome, overview)
        assert table.rows and all(len(row) == len(table.columns) for row in table.rows)
    latency = _rows(sweep_table("latency_vs_concurrency", outcome, overview).csv_text())
    assert [float(r["concurrency"]) for r in latency] == list(overview.concurrency_levels)
    accelerators = _rows(sweep_table("accelerators", outcome, overview).csv_text())
    assert {r["accelerator_id"] for r in accelerators} == set(overview.accelerator_ids)
    with pytest.raises(ValueError, match="cost_vs_fleet"):
        sweep_table("pie", outcome, overview)


def test_outcome_table_has_every_figure(analysis) -> None:
    outcome, _overview = analysis
    rows = {r["figure"]: r["value"] for r in _rows(outcome_table(outcome, (("scenario", "x"),)).csv_text())}
    assert float(rows["cost_per_case"]) == outcome.cost_per_case
    assert float(rows["memory_per_accelerator.weights_gb"]) == outcome.memory_per_accelerator.weights_gb
    assert rows["scenario"] == "x"
