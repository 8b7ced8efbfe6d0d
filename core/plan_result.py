"""What the planner answers: the setups that serve a demand (`Plan`), the accelerators that
cannot and why (`Infeasible`, with the reason as a code: `reason_message`), and both together
(`PlanResult`), each as JSON for the CLI."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from core.catalog import AcceleratorSpec
from core.messages import Message, render


def _without_message(item: object) -> dict[str, Any]:
    """The fields for JSON: `why` in English stays, its code (for other languages) does not."""
    return {key: value for key, value in item.__dict__.items() if key not in ("why_message", "caveat_messages")}


# Why an accelerator has no plan (codes; words are made at the edge, see `reason_text`).
NO_PRICE, NO_FIT, SERVICE_LEVEL, TOO_MANY = "no_price", "does_not_fit", "service_level_out_of_reach", "too_many"


@dataclass(frozen=True)
class Plan:
    accelerator: str
    accelerator_name: str
    accelerator_count: int
    accelerators_per_server: int
    weight_precision: str
    tensor_parallel_size: int
    concurrency: float
    cost_per_case: float
    case_latency_s: float
    time_to_first_token_s: float
    time_per_output_token_s: float
    fleet_utilization: float
    capital_cost: float
    cost_per_month: float
    cost_per_day: float
    capacity_cases_per_day: float
    price_basis: str  # "scenario" or "catalog"
    why: str
    why_message: Message | None = None  # `why` as a code, for words in the user's language
    # What to know about this setup that `evaluate` would warn of (a format computed at a
    # wider format's speed; a replica across the scale-out network), in English and as codes.
    caveats: tuple[str, ...] = ()
    caveat_messages: tuple[Message, ...] = ()
    cases_per_day: float | None = None  # the demand it was sized for (a scenario set up as it keeps it)

    def as_json(self) -> dict[str, Any]:
        return _without_message(self)


@dataclass(frozen=True)
class Infeasible:
    accelerator: str
    accelerator_name: str
    reason: str  # one of the codes above
    why: str
    why_message: Message | None = None  # `why` as a code, for words in the user's language

    def as_json(self) -> dict[str, Any]:
        return _without_message(self)


@dataclass(frozen=True)
class PlanResult:
    cases_per_day: float
    peak_factor: float
    currency: str
    plans: list[Plan] = field(default_factory=list)
    infeasible: list[Infeasible] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "cases_per_day": self.cases_per_day,
            "peak_factor": self.peak_factor,
            "currency": self.currency,
            "plans": [plan.as_json() for plan in self.plans],
            "infeasible": [item.as_json() for item in self.infeasible],
        }


def reason_message(
    reason: str, chip: AcceleratorSpec, demand: float, case: str, closest: tuple[str, float, float, int] | None,
    max_accelerators: int, formats: Sequence[str] = (), peak_factor: float = 1.0,
) -> Message:
    """Why `chip` has no plan, as a code with its figures (words: core/messages.py)."""
    if reason == NO_PRICE:
        return Message(code="plan_no_price", params={"accelerator": chip.name})
    if reason == NO_FIT:
        searched = "/".join(item.upper() for item in formats)
        return Message(code="plan_no_fit" if searched else "plan_no_fit_any", params={
            "max_count": max_accelerators, "accelerator": chip.name, "formats": searched})
    if reason == SERVICE_LEVEL:
        if closest is None:
            return Message(code="plan_service_level")
        code, value, limit, size = closest
        return Message(code="plan_service_level_closest", params={
            "tensor_parallel": str(size), "limit": code, "case": case, "value_s": value, "limit_s": limit})
    params: dict[str, str | float | int] = {"demand_count": demand, "case": case, "max_count": max_accelerators,
                                            "accelerator": chip.name}
    if peak_factor != 1:
        return Message(code="plan_too_many_peak", params={**params, "peak": f"{peak_factor:g}"})
    return Message(code="plan_too_many", params=params)


def reason_text(
    reason: str, chip: AcceleratorSpec, demand: float, case: str, closest: tuple[str, float, float, int] | None,
    max_accelerators: int, formats: Sequence[str] = (), peak_factor: float = 1.0,
) -> str:
    return render(reason_message(reason, chip, demand, case, closest, max_accelerators, formats, peak_factor))
