"""What the engine reports for one scenario, with units in every name."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from core.messages import Message


class MemoryPerAccelerator(BaseModel):
    model_config = ConfigDict(frozen=True)
    total_gb: float
    weights_gb: float
    kv_cache_gb: float
    reserve_gb: float
    free_gb: float


class Outcome(BaseModel):
    """Performance and cost of one scenario. A figure is None when it has no meaning
    (the model does not fit, or nothing is served at 0% utilization); warnings say why."""

    model_config = ConfigDict(frozen=True)

    fits_in_memory: bool
    accelerator_name: str
    model_name: str
    accelerator_count: int
    tensor_parallel_size: int
    replicas: int
    min_accelerators_to_fit: int | None
    max_concurrency: int
    concurrency: float
    memory_used_fraction: float | None
    memory_per_accelerator: MemoryPerAccelerator

    output_tokens_per_s: float | None
    output_tokens_per_s_per_gpu: float | None
    output_tokens_per_s_per_user: float | None
    time_to_first_token_s: float | None
    time_per_output_token_s: float | None
    call_latency_s: float | None
    case_latency_s: float | None
    cases_per_hour: float | None
    cases_per_hour_at_utilization: float | None
    compute_utilization: float | None
    bandwidth_utilization: float | None

    currency: str
    cost_per_hour: float
    monthly_cost: float
    capital_cost: float
    power_kw: float
    cost_per_case: float | None
    cost_per_million_output_tokens: float | None
    demand_utilization: float | None
    accelerators_for_peak_demand: int | None
    meets_service_level: bool | None

    # The load and the operating point. Latencies above are at the operating point:
    # "auto" = where the fleet serves the peak hour's demand, "max" = flat out, or fixed.
    operating_point: Literal["auto", "max", "fixed"] = "auto"
    load_driver: Literal["cases_per_day", "utilization"] = "cases_per_day"
    cases_per_day: float | None = None  # demand (set, or utilization × capacity)
    served_cases_per_day: float | None = None  # what the fleet serves: at most its capacity
    capacity_cases_per_day: float | None = None  # at the largest load meeting the service level
    servable_cases_per_day: float | None = None  # the same with the peak hour at peak factor × average
    flat_out_cases_per_day: float | None = None  # as many calls as memory and the engine hold
    fleet_utilization: float | None = None  # demand ÷ capacity (above 1: over capacity)
    peak_utilization: float | None = None  # the peak hour's demand ÷ capacity
    over_capacity: bool = False
    service_level_reachable: bool | None = None  # False: even one call at a time misses it
    cost_per_day: float = 0.0
    concurrency_at_capacity: float | None = None
    capacity_output_tokens_per_s: float | None = None
    flat_out_output_tokens_per_s: float | None = None

    bottleneck: str
    bottleneck_explanation: str
    warnings: tuple[str, ...]
    # The same warnings as codes with parameters, for words in the user's language (core/messages.py);
    # left out of the JSON, which keeps the English `warnings`.
    warning_messages: tuple[Message, ...] = Field(default=(), exclude=True)

    # P10-P90 ranges from the engine's cross-validated error (core.uncertainty); None
    # where the figure has no meaning. `uncertainty_note` says where they come from and
    # why they are wider where published data is thin.
    output_tokens_per_s_p10: float | None = None
    output_tokens_per_s_p90: float | None = None
    time_to_first_token_s_p10: float | None = None
    time_to_first_token_s_p90: float | None = None
    time_per_output_token_s_p10: float | None = None
    time_per_output_token_s_p90: float | None = None
    case_latency_s_p10: float | None = None
    case_latency_s_p90: float | None = None
    cost_per_case_p10: float | None = None
    cost_per_case_p90: float | None = None
    # What the fleet could serve moves with the engine's speed (a fixed fleet's cost per case
    # mostly does not): where the uncertainty lands for a fleet sized to a demand.
    servable_cases_per_day_p10: float | None = None
    servable_cases_per_day_p90: float | None = None
    uncertainty_note: str | None = None
    uncertainty_widened: bool = False
