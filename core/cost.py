"""Vectorized cost model: what the fleet costs per hour, per case, per token."""

from __future__ import annotations

from typing import Any

import numpy as np

from core.inputs import HOURS_PER_YEAR, Columns

HOURS_PER_MONTH = HOURS_PER_YEAR / 12.0
Array = Any


def fleet_cost(c: Columns, perf: dict[str, Array]) -> dict[str, Array]:
    count = c["accelerator_count"]
    servers = np.ceil(count / c["accelerators_per_server"])
    utilization = c["utilization"]

    # Power drawn rises from idle to TDP with the busy share; servers add their own.
    power_w = count * (c["idle_power_w"] + (c["tdp_w"] - c["idle_power_w"]) * utilization)
    power_w = power_w + servers * c["server_overhead_power_w"]
    facility_power_kw = power_w * c["pue"] / 1000.0

    capex = np.where(
        np.isnan(c["server_price"]),
        count * c["price_per_accelerator"] + servers * c["server_overhead_price"],
        servers * np.nan_to_num(c["server_price"]),
    )
    owning_per_hour = (
        capex / (c["depreciation_years"] * HOURS_PER_YEAR)
        + facility_power_kw * c["electricity_price_per_kwh"]
        + servers * c["hosting_per_server_year"] / HOURS_PER_YEAR
    )
    renting_per_hour = count * c["rent_per_accelerator_hour"]
    cost_per_hour = np.where(c["renting"] > 0, renting_per_hour, owning_per_hour)

    tokens_per_case = c["output_tokens"] * c["calls_per_case"]
    cases_per_hour = perf["output_tokens_per_s"] * 3600.0 / tokens_per_case
    served_cases_per_hour = cases_per_hour * utilization
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        cost_per_case = cost_per_hour / served_cases_per_hour
        cost_per_million = cost_per_hour / (perf["output_tokens_per_s"] * utilization * 3600.0) * 1e6
        demand_per_hour = c["cases_per_day"] / 24.0
        demand_utilization = demand_per_hour / cases_per_hour
        # GPUs for the peak hour, in whole replicas.
        replicas_needed = np.ceil(
            demand_per_hour * c["peak_factor"] * perf["replicas"] / cases_per_hour
        )
    gpus_for_peak = replicas_needed * perf["tensor_parallel"]
    return {
        "servers": servers,
        "capital_cost": np.where(c["renting"] > 0, 0.0, capex),
        "power_kw": facility_power_kw,
        "cost_per_hour": cost_per_hour,
        "monthly_cost": cost_per_hour * HOURS_PER_MONTH,
        "cases_per_hour": cases_per_hour,
        "cases_per_hour_at_utilization": served_cases_per_hour,
        "cost_per_case": cost_per_case,
        "cost_per_million_output_tokens": cost_per_million,
        "demand_utilization": demand_utilization,
        "accelerators_for_peak_demand": gpus_for_peak,
    }
