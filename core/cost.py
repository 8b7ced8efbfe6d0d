"""Vectorized cost model: what the fleet costs per day, and per case at the load it serves.

The load is one quantity seen two ways: the cases arriving per day, or the share of
capacity the fleet is busy (utilization = cases per day ÷ capacity). Whichever the
user set, the other follows, and cost per case = the fleet's cost per day ÷ the cases
it actually serves per day.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from core.inputs import HOURS_PER_YEAR, Columns
from core.operating_point import SECONDS_PER_DAY, first_row_demand

HOURS_PER_MONTH = HOURS_PER_YEAR / 12.0
HOURS_PER_DAY = 24.0
Array = Any


def fleet_cost(c: Columns, perf: dict[str, Array]) -> dict[str, Array]:
    count = c["accelerator_count"]
    servers = np.ceil(count / c["accelerators_per_server"])
    tokens_per_case = c["output_tokens"] * c["calls_per_case"]

    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        capacity_cases_per_day = perf["capacity_output_tokens_per_s"] * SECONDS_PER_DAY / tokens_per_case
        flat_out_cases_per_day = perf["flat_out_output_tokens_per_s"] * SECONDS_PER_DAY / tokens_per_case
        demand_cases_per_day = first_row_demand(c, np.where(
            c["load_from_cases"] > 0, c["cases_per_day"], c["utilization"] * capacity_cases_per_day
        ), first_servable_cases_per_day=capacity_cases_per_day / c["peak_factor"])
        fleet_utilization = np.where(
            demand_cases_per_day > 0, demand_cases_per_day / capacity_cases_per_day, 0.0
        )
        served_cases_per_day = np.minimum(demand_cases_per_day, capacity_cases_per_day)
        busy_share = np.minimum(np.maximum(served_cases_per_day / capacity_cases_per_day, 0.0), 1.0)
        busy_share = np.where(np.isfinite(busy_share), busy_share, 0.0)
        peak_utilization = fleet_utilization * c["peak_factor"]
        # Accelerators for the peak hour: whole replicas, then whole servers.
        replicas_needed = np.ceil(
            demand_cases_per_day * c["peak_factor"] * perf["replicas"] / capacity_cases_per_day * (1 - 1e-12)
        )
        servers_needed = np.ceil(replicas_needed * perf["tensor_parallel"] / c["accelerators_per_server"])
        # More replicas add capacity only when the calls in flight follow the load (or fill
        # memory); a fixed number of calls is spread thinner. Out of reach: nothing serves it.
        fixed = (c["follows_load"] <= 0) & ((c["concurrency"] > 0) | np.isfinite(c["concurrency_exponent"]))
        scales = ~fixed & (perf["service_level_reachable"] > 0)
        accelerators_for_peak = np.where(scales, servers_needed * c["accelerators_per_server"], np.nan)

    # Power drawn rises from idle to TDP with the busy share; servers add their own.
    power_w = count * (c["idle_power_w"] + (c["tdp_w"] - c["idle_power_w"]) * busy_share)
    power_w = power_w + servers * c["server_overhead_power_w"]
    facility_power_kw = power_w * c["pue"] / 1000.0

    capex = np.where(
        np.isnan(c["server_price"]),
        count * c["price_per_accelerator"] + servers * c["server_overhead_price"],
        servers * np.nan_to_num(c["server_price"]),
    )
    depreciation_per_hour = capex / (c["depreciation_years"] * HOURS_PER_YEAR)
    power_per_hour = facility_power_kw * c["electricity_price_per_kwh"]
    hosting_per_hour = servers * c["hosting_per_server_year"] / HOURS_PER_YEAR
    owning_per_hour = depreciation_per_hour + power_per_hour + hosting_per_hour
    # Reserved capacity is paid every hour; on demand only the busy hours.
    rented_hours_share = np.where(c["rent_on_demand"] > 0, busy_share, 1.0)
    renting_per_hour = count * c["rent_per_accelerator_hour"] * rented_hours_share
    cost_per_hour = np.where(c["renting"] > 0, renting_per_hour, owning_per_hour)
    cost_per_day = cost_per_hour * HOURS_PER_DAY

    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        cost_per_case = cost_per_day / served_cases_per_day
        cost_per_million = cost_per_day / (served_cases_per_day * tokens_per_case) * 1e6
    return {
        "servers": servers,
        "capital_cost": np.where(c["renting"] > 0, 0.0, capex),
        "power_kw": facility_power_kw,
        "cost_per_hour": cost_per_hour,
        "cost_per_day": cost_per_day,
        "monthly_cost": cost_per_hour * HOURS_PER_MONTH,
        "cases_per_day": demand_cases_per_day,
        "served_cases_per_day": served_cases_per_day,
        "capacity_cases_per_day": capacity_cases_per_day,
        # The most cases a day served within the service level when the busiest hour runs at
        # the peak factor × the average: what "could serve" means to a business.
        "servable_cases_per_day": capacity_cases_per_day / c["peak_factor"],
        "flat_out_cases_per_day": flat_out_cases_per_day,
        "fleet_utilization": fleet_utilization,
        "peak_utilization": peak_utilization,
        "over_capacity": np.asarray(peak_utilization > 1.0 + 1e-9, dtype=float),
        # Earlier names, kept for files and scripts that read them.
        "cases_per_hour": capacity_cases_per_day / HOURS_PER_DAY,
        "cases_per_hour_at_utilization": served_cases_per_day / HOURS_PER_DAY,
        "demand_utilization": fleet_utilization,
        "cost_per_case": cost_per_case,
        "cost_per_million_output_tokens": cost_per_million,
        "accelerators_for_peak_demand": accelerators_for_peak,
        # The parts of cost_per_day (they sum to it): owning's three, or the rent.
        "depreciation_per_day": np.where(c["renting"] > 0, 0.0, depreciation_per_hour) * HOURS_PER_DAY,
        "power_per_day": np.where(c["renting"] > 0, 0.0, power_per_hour) * HOURS_PER_DAY,
        "hosting_per_day": np.where(c["renting"] > 0, 0.0, hosting_per_hour) * HOURS_PER_DAY,
        "rent_per_day": np.where(c["renting"] > 0, renting_per_hour, 0.0) * HOURS_PER_DAY,
    }
