"""Older scenario files brought up to the current schema, one version at a time, with what
each step changes in the answers (said to the user once the file is open)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from core.translations import QT_TRANSLATE_NOOP


def _migrate_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 reads the load from demand and puts latency at the operating point.

    Version 1 costed a case at the utilization slider and showed latency flat out
    ("max"). A version-1 file with a demand keeps its demand as the load; "max" (the
    only automatic choice version 1 had) becomes "auto", the operating point at that
    load; a number the user fixed stays fixed."""
    workload = data.get("workload")
    if isinstance(workload, dict):
        workload = dict(workload)
        cases = workload.get("cases_per_day")
        has_demand = isinstance(cases, int | float) and not isinstance(cases, bool) and cases > 0
        workload.setdefault("load_driver", "cases_per_day" if has_demand else "utilization")
        if workload.get("concurrency", "max") == "max":
            workload["concurrency"] = "auto"
        data = {**data, "workload": workload}
    return data


# Migrations from each earlier schema version to the next: version -> function.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _migrate_1_to_2}
# What each migration changes in the answers, said to the user once the file is open.
MIGRATION_NOTES: dict[int, str] = {
    1: QT_TRANSLATE_NOOP(
        "Messages", "Figures now follow the load: cost per case is at the cases per day in the file (it was at the "
        "utilization set), and latencies are at the calls in flight that serve the peak hour (they were "
        "flat out), so they may differ from what this file showed before."),
}
