"""P10-P90 ranges around the engine's figures, from its cross-validated errors.

`python -m core.calibrate` predicts every published measurement with the source it
comes from held out of the fit, and stores the 10th and 90th percentiles of
log(predicted / measured) per benchmark kind and output in
`resources/calibration/uncertainty.json`. A prediction p then has the range
p / exp(q90) .. p / exp(q10): where the engine ran high on held-out data, the truth
is likely lower. Where the data is thin (an accelerator family or a model class
without any measurement) the range widens by a stored factor, measured by the
calibration (how much larger held-out errors were where no other source covered a
row's family or model class), and says so.
"""

from __future__ import annotations

import json
import math
from functools import cache
from typing import Any

from core.catalog import AcceleratorSpec, ModelSpec, read_resource_text
from core.messages import Message

OUTPUTS = ("output_tokens_per_s", "time_to_first_token_s", "time_per_output_token_s")
# Used only when the calibration has never been run (no uncertainty.json): +-50%.
_FALLBACK = {"quantiles": {"all": {name: [-0.4, 0.4] for name in OUTPUTS}}, "measured_families": [],
             "measured_model_classes": [], "thin_data_widening": 1.5}


@cache
def _bands() -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(read_resource_text("calibration", "uncertainty.json"))
    except (FileNotFoundError, OSError, ValueError):
        return _FALLBACK
    return data


def kind_of_concurrency(concurrency: int | str) -> str:
    """The benchmark kind a scenario's steady state resembles most."""
    if concurrency == "max":
        return "offline"
    return "single-user" if concurrency == 1 else "closed-loop"


def model_class(spec: ModelSpec) -> str:
    if spec.attention == "mla":
        return "mla"
    return "moe" if spec.architecture == "moe" else "dense"


def _quantiles(kind: str, output: str) -> tuple[float, float]:
    table = _bands()["quantiles"]
    pair = (table.get(kind) or {}).get(output) or table["all"].get(output) or table["all"]["output_tokens_per_s"]
    return float(pair[0]), float(pair[1])


def thin_data(family: str, klass: str) -> list[str]:
    """What makes a range wider: no measurement of this family or this model class."""
    data = _bands()
    reasons = []
    if family not in data["measured_families"]:
        reasons.append(f"no published measurement on the '{family}' accelerator family")
    if klass not in data["measured_model_classes"]:
        reasons.append(f"no published measurement of a '{klass}' model")
    return reasons


def thin_data_message(accelerator: AcceleratorSpec, model: ModelSpec) -> Message | None:
    """Why this scenario's ranges are wider, as a code for words in the reader's language
    (None when they are not): core/messages.py "ranges_widened_*"."""
    data = _bands()
    family, klass = accelerator.family, model_class(model)
    no_family, no_class = family not in data["measured_families"], klass not in data["measured_model_classes"]
    if not (no_family or no_class):
        return None
    code = "ranges_widened_both" if no_family and no_class else (
        "ranges_widened_family" if no_family else "ranges_widened_model")
    return Message(code=code, params={"family": family, "model_class": klass})


def band(value: float, kind: str, output: str, widen: float = 1.0) -> tuple[float, float]:
    """(P10, P90) of the true value given the prediction `value`."""
    low_log, high_log = _quantiles(kind, output)
    centre = 0.5 * (low_log + high_log)
    low_log, high_log = centre + (low_log - centre) * widen, centre + (high_log - centre) * widen
    return value / math.exp(high_log), value / math.exp(low_log)


def throughput_band(value: float, kind: str, family: str, klass: str) -> tuple[float, float]:
    widen = float(_bands()["thin_data_widening"]) if thin_data(family, klass) else 1.0
    return band(value, kind, "output_tokens_per_s", widen)


def outcome_bands(
    concurrency: int | str,
    output_tokens_per_call: int,
    calls_per_case: int,
    accelerator: AcceleratorSpec,
    model: ModelSpec,
    raw: dict[str, float],
    demand_set_in_cases: bool = False,
    rent_on_demand: bool = False,
    accelerator_count: float = 1.0,
    pue: float = 1.0,
) -> dict[str, Any]:
    """The `_p10`/`_p90` fields of an Outcome and its `uncertainty_note` (None where a
    figure has no meaning). A case's latency follows its TTFT and TPOT ranges.

    The engine's error is in the fleet's speed, so its capacity moves with the throughput
    range; a demand set in cases a day does not. Where the fleet serves that demand either
    way, the cost per case holds (the same fleet, the same cases): only the power drawn (and
    rent paid by the busy hour) moves with how busy the fleet is. A slower fleet that can no
    longer serve it all costs more per case served. Demand set as a share of capacity follows
    the speed: cost per case inversely."""
    kind = kind_of_concurrency(concurrency)
    reasons = thin_data(accelerator.family, model_class(model))
    widen = float(_bands()["thin_data_widening"]) if reasons else 1.0
    out: dict[str, Any] = {}
    ranges: dict[str, tuple[float, float] | None] = {}
    for name in OUTPUTS:
        value = raw.get(name, math.nan)
        ranges[name] = band(value, kind, name, widen) if math.isfinite(value) and value > 0 else None
    ttft, tpot = ranges["time_to_first_token_s"], ranges["time_per_output_token_s"]
    case = None
    if ttft and tpot:
        steps = max(output_tokens_per_call - 1, 0)
        case = (calls_per_case * (ttft[0] + steps * tpot[0]), calls_per_case * (ttft[1] + steps * tpot[1]))
    ranges["case_latency_s"] = case
    cost, tokens, tokens_range = raw.get("cost_per_case", math.nan), raw.get("output_tokens_per_s", math.nan), ranges[
        "output_tokens_per_s"
    ]
    ranges["cost_per_case"] = None
    if tokens_range and math.isfinite(cost) and math.isfinite(tokens) and tokens > 0:
        speeds = (tokens_range[1] / tokens, tokens_range[0] / tokens)  # fastest first: the lower cost
        ranges["cost_per_case"] = (cost / speeds[0], cost / speeds[1])
        demand, capacity = raw.get("cases_per_day", math.nan), raw.get("capacity_cases_per_day", math.nan)
        if demand_set_in_cases and demand > 0 and capacity > 0:
            served = min(demand, capacity)
            busy = served / capacity
            # Money a day per unit of busy share: the accelerators' power above idle, and rent by the busy hour.
            power_kw, power_per_day = raw.get("power_kw", 0.0), raw.get("power_per_day", 0.0)
            busy_kw = accelerator_count * (accelerator.tdp_w - accelerator.idle_power_w) * pue / 1000.0
            per_busy = (power_per_day / power_kw * busy_kw if power_kw > 0 else 0.0) + (
                raw.get("rent_per_day", 0.0) / busy if rent_on_demand else 0.0)

            def per_case(speed: float) -> float:
                served_then = min(demand, capacity * speed)
                busy_then = served_then / (capacity * speed)
                return (cost * served + per_busy * (busy_then - busy)) / served_then

            ranges["cost_per_case"] = (per_case(speeds[0]), per_case(speeds[1]))
        servable = raw.get("servable_cases_per_day", math.nan)
        if math.isfinite(servable) and servable > 0 and raw.get("service_level_reachable", 0.0) >= 1:
            ranges["servable_cases_per_day"] = (servable * speeds[1], servable * speeds[0])
    for name, pair in ranges.items():
        usable = pair is not None and all(math.isfinite(x) and x >= 0 for x in pair)
        out[f"{name}_p10"] = pair[0] if pair and usable else None
        out[f"{name}_p90"] = pair[1] if pair and usable else None
    note = "P10-P90 from the engine's cross-validated error on published measurements"
    out["uncertainty_note"] = (
        note + "; widened: " + "; ".join(reasons) + "." if reasons else note + "."
    )
    out["uncertainty_widened"] = bool(reasons)
    return out
