"""The numbers behind each chart, and the outcome, as tables for CSV files.

Column names are keys with units (like the CLI's JSON keys), not display words. Likely
ranges of a sweep are relative as at the scenario's operating point, as the charts shade them.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.catalog import load_catalog
from core.outcome import Outcome
from core.overview import Overview

SWEEP_TABLES = ("cost_vs_fleet", "throughput_vs_speed", "latency_vs_concurrency", "accelerators", "memory")


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]

    def csv_text(self) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(self.columns)
        for row in self.rows:
            writer.writerow(["" if _missing(value) else _plain(value) for value in row])
        return buffer.getvalue()


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and not math.isfinite(value))


def _plain(value: Any) -> Any:
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float):
        return repr(value)  # every digit: a round trip through the CSV gives the same number
    return value


def _factor(value: float | None, bound: float | None) -> float | None:
    return bound / value if value and bound is not None and math.isfinite(bound) else None


def _column(sweep: Any, name: str, size: int) -> list[float | None]:
    if sweep is None:
        return [math.nan] * size
    return [float(v) for v in np.broadcast_to(np.asarray(sweep[name], dtype=float), (size,))]


def _scaled(values: list[float | None], factor: float | None) -> list[float | None]:
    return [None if factor is None or value is None else value * factor for value in values]


def sweep_table(name: str, outcome: Outcome, overview: Overview) -> Table:
    """The sweep one chart draws (see SWEEP_TABLES)."""
    if name == "cost_vs_fleet":
        counts = [float(c) for c in overview.gpu_counts]
        costs = _column(overview.by_gpu_count, "cost_per_case", len(counts))
        demand = overview.demand_met_count
        low = _factor(outcome.cost_per_case, outcome.cost_per_case_p10)
        high = _factor(outcome.cost_per_case, outcome.cost_per_case_p90)
        latency = _column(overview.by_gpu_count, "case_latency_s", len(counts))
        rows: tuple[tuple[Any, ...], ...] = tuple(
            (int(count), demand is not None and count >= demand, cost, cost_low, cost_high, seconds)
            for count, cost, cost_low, cost_high, seconds in zip(
                counts, costs, _scaled(costs, low), _scaled(costs, high), latency, strict=True)
        )
        return Table(("accelerator_count", "serves_peak_demand", f"cost_per_case_{outcome.currency}",
                      "cost_per_case_p10", "cost_per_case_p90", "case_latency_s"), rows)
    if name in ("throughput_vs_speed", "latency_vs_concurrency"):
        levels = [float(c) for c in overview.concurrency_levels]
        sweep = overview.by_concurrency
        if name == "throughput_vs_speed":
            names = ("output_tokens_per_s_per_user", "output_tokens_per_s_per_gpu")
            columns = [_column(sweep, n, len(levels)) for n in names]
            return Table(("concurrency", *names), tuple(zip(levels, *columns, strict=True)))
        figures = ("time_to_first_token_s", "time_per_output_token_s", "case_latency_s")
        columns = []
        headers: list[str] = []
        for figure in figures:
            values = _column(sweep, figure, len(levels))
            value = getattr(outcome, figure)
            columns += [values, _scaled(values, _factor(value, getattr(outcome, f"{figure}_p10"))),
                        _scaled(values, _factor(value, getattr(outcome, f"{figure}_p90")))]
            headers += [figure, f"{figure}_p10", f"{figure}_p90"]
        return Table(("concurrency", *headers), tuple(zip(levels, *columns, strict=True)))
    if name == "accelerators":
        ids = [str(i) for i in overview.accelerator_ids]
        sweep = overview.by_accelerator
        catalog = load_catalog().accelerators
        chip_counts = _column(sweep, "accelerator_count", len(ids))
        costs = _column(sweep, "cost_per_case", len(ids))
        latency = _column(sweep, "case_latency_s", len(ids))
        chip_rows: tuple[tuple[Any, ...], ...] = tuple(
            (chip, catalog[chip].name if chip in catalog else chip,
             None if count is None or math.isnan(count) else int(count), cost, seconds,
             overview.accelerator_reasons.get(chip, ""))
            for chip, count, cost, seconds in zip(ids, chip_counts, costs, latency, strict=True)
        )
        return Table(("accelerator_id", "accelerator", "accelerator_count", f"cost_per_case_{outcome.currency}",
                      "case_latency_s", "cannot_serve_because"), chip_rows)
    if name == "memory":
        memory = outcome.memory_per_accelerator
        return Table(("part", "gigabytes_per_accelerator"),
                     tuple((part, getattr(memory, f"{part}_gb")) for part in ("weights", "kv_cache", "reserve",
                                                                              "free", "total")))
    raise ValueError(f"no sweep table named {name!r}; choose one of {', '.join(SWEEP_TABLES)}")


def outcome_table(outcome: Outcome, extra: Sequence[tuple[str, Any]] = ()) -> Table:
    """Every figure of the outcome, one per row (nested figures flattened with dots)."""
    rows: list[tuple[str, Any]] = []
    for key, value in outcome.model_dump(mode="json").items():
        if isinstance(value, dict):
            rows += [(f"{key}.{inner}", item) for inner, item in value.items()]
        elif isinstance(value, list):
            rows.append((key, " | ".join(str(item) for item in value)))
        else:
            rows.append((key, value))
    rows += list(extra)
    return Table(("figure", "value"), tuple(rows))
