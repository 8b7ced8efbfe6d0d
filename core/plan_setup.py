"""A planner's setup applied to a scenario: the settings that set it up as planned, and the
server costs of another kind of chip (a CPU server beside GPUs has no GPU chassis), which
the planner prices its search with too."""

from __future__ import annotations

from typing import Any

import numpy as np

from core.catalog import AcceleratorSpec, load_catalog
from core.inputs import Columns, accelerator_of, currency_per_usd
from core.plan_result import Plan
from core.scenario import Pricing, Scenario

# Prices a chip other than the scenario's takes from the catalog (the user's are for theirs).
CATALOG_PRICES = {"accelerator_price": None, "server_price": None, "rental_price_per_accelerator_hour": None}


def plan_scenario(scenario: Scenario, plan: Plan) -> Scenario:
    """The scenario set up as `plan`."""
    return scenario.updated(plan_changes(scenario, plan))


def plan_changes(scenario: Scenario, plan: Plan) -> dict[str, Any]:
    """The settings that set `scenario` up as `plan` (what "apply" changes in the app): for
    another accelerator, its catalog price and, for another kind, its kind's server costs,
    as the planner priced it."""
    changes: dict[str, Any] = {
        "hardware.accelerator_count": plan.accelerator_count,
        "hardware.accelerators_per_server": plan.accelerators_per_server,
        "model.weight_precision": plan.weight_precision,
        "serving.tensor_parallel": plan.tensor_parallel_size,
        "workload.concurrency": "auto",
    }
    if plan.cases_per_day is not None and (scenario.workload.load_driver != "cases_per_day"
                                           or scenario.workload.cases_per_day != plan.cases_per_day):
        # The demand it was sized for, as cases a day: a load given as a share of capacity
        # would be a share of the new fleet's (8 x MI300X at 50% is 8,382 claims, not 3,472).
        changes.update({"workload.load_driver": "cases_per_day", "workload.cases_per_day": plan.cases_per_day})
    if plan.accelerator != scenario.hardware.accelerator_id or scenario.hardware.custom_accelerator is not None:
        changes.update({
            "hardware.accelerator_id": plan.accelerator,
            "hardware.custom_accelerator": None,
            "hardware.scale_up_gb_per_s_per_direction": None,
            **{f"pricing.{name}": None for name in CATALOG_PRICES},
        })
        chip = load_catalog().accelerator(plan.accelerator)
        if chip.kind != accelerator_of(scenario).kind:
            costs = server_costs([chip], accelerator_of(scenario).kind, scenario.pricing)
            changes.update({f"pricing.{name}": float(values.ravel()[0]) for name, values in costs.items()})
    return changes


def server_costs(chips: list[AcceleratorSpec], own_kind: str, pricing: Pricing) -> Columns:
    """A server's price, power and hosting beyond its chips: the scenario's for servers of its
    own kind, the catalog's for the other kind (a CPU server beside GPUs has no GPU chassis)."""
    catalog = load_catalog()
    rate = currency_per_usd(pricing)
    rows = [
        (pricing.server_overhead_price, pricing.server_overhead_power_w, pricing.hosting_per_server_year)
        if chip.kind == own_kind else
        (costs.overhead_price_usd * rate, costs.overhead_power_w, costs.hosting_usd_per_server_year * rate)
        for chip in chips
        for costs in (catalog.server_costs(chip),)
    ]
    table = np.array(rows, dtype=float)
    return {
        "server_overhead_price": table[:, 0, None, None],
        "server_overhead_power_w": table[:, 1, None, None],
        "hosting_per_server_year": table[:, 2, None, None],
    }
