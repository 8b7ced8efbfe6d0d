"""The scenario: everything a user can set, validated and immutable.

Units live in field names. Figures taken from the world (prices, PUE, exchange rate)
have no defaults here: they come from the scenario files in resources/scenarios/.
"""

from __future__ import annotations

import datetime
import math
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from core.catalog import AcceleratorSpec, ModelSpec
from core.error_words import validation_messages
from core.errors import ScenarioError
from core.precision import Precision

SCENARIO_FORMAT = "inferonomics-scenario"
SCHEMA_VERSION = 2

_STRICT = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)

MIN_UTILIZATION = 1e-6  # a busy share below a millionth (but not 0) is a typo or an attack
# "auto": the operating point follows the load (the concurrency at which the fleet serves
# the peak hour); "max": flat out (as many calls as memory and the engine hold); N: fixed.
Concurrency = int | Literal["auto", "max"]
LoadDriver = Literal["cases_per_day", "utilization"]
RentalBilling = Literal["reserved", "on_demand"]
TensorParallel = int | Literal["auto"]
ServingStackId = Literal["tensorrt-llm", "vllm", "sglang"]


class Hardware(BaseModel):
    model_config = _STRICT
    accelerator_id: str = Field(min_length=1, max_length=64)
    custom_accelerator: AcceleratorSpec | None = None
    accelerator_count: int = Field(ge=1, le=100_000)
    accelerators_per_server: int = Field(default=8, ge=1, le=1_000)
    scale_up_gb_per_s_per_direction: float | None = Field(default=None, gt=0, le=100_000)


def is_calendar_date(text: str) -> bool:
    """"2025-02" or "2025-02-14" naming a real month or day ("2025-13-45" does not)."""
    try:
        datetime.date.fromisoformat(text if len(text) == 10 else f"{text}-01")
    except ValueError:
        return False
    return len(text) in (7, 10)


class Pricing(BaseModel):
    model_config = _STRICT
    mode: Literal["buy", "rent"]
    currency: Literal["USD", "CNY"]
    cny_per_usd: float = Field(gt=0, le=1_000)
    # When the exchange rate was read (ISO date, "2025-02" or "2025-02-14"); None: not stated.
    cny_per_usd_date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}(-\d{2})?$")
    # Prices are in `currency`; None means the catalog's figure for the chosen accelerator.
    accelerator_price: float | None = Field(default=None, ge=0, le=1e9)
    server_price: float | None = Field(default=None, ge=0, le=1e10)
    server_overhead_price: float = Field(ge=0, le=1e9)
    server_overhead_power_w: float = Field(ge=0, le=1e6)
    depreciation_years: float = Field(ge=0.1, le=50)
    electricity_price_per_kwh: float = Field(ge=0, le=100)
    pue: float = Field(ge=1, le=5)
    hosting_per_server_year: float = Field(ge=0, le=1e9)
    rental_price_per_accelerator_hour: float | None = Field(default=None, ge=0, le=1e6)
    # Reserved capacity is paid around the clock; on-demand hours only while busy.
    rental_billing: RentalBilling = "reserved"

    @field_validator("cny_per_usd_date")
    @classmethod
    def _a_real_date(cls, value: str | None) -> str | None:
        if value is not None and not is_calendar_date(value):
            raise ValueError(f"{value!r} is not a date: give a year and month (2025-02) or a full date (2025-02-14)")
        return value


class ModelChoice(BaseModel):
    model_config = _STRICT
    model_id: str = Field(min_length=1, max_length=128)
    custom_model: ModelSpec | None = None
    # The model-size knob: scale the chosen shape to this many parameters (billions).
    total_params_b: float | None = Field(default=None, gt=0, le=100_000)
    weight_precision: Precision
    kv_cache_precision: Precision


class ServiceLevel(BaseModel):
    model_config = _STRICT
    max_time_to_first_token_s: float | None = Field(default=None, gt=0, le=1e6)
    max_time_per_output_token_s: float | None = Field(default=None, gt=0, le=1e6)
    max_case_latency_s: float | None = Field(default=None, gt=0, le=1e9)


class Workload(BaseModel):
    model_config = _STRICT
    case_name: str = Field(default="case", min_length=1, max_length=80)
    calls_per_case: int = Field(ge=1, le=10_000)
    input_tokens_per_call: int = Field(ge=1, le=10_000_000)
    output_tokens_per_call: int = Field(ge=1, le=10_000_000)
    # The load, seen two ways: cases arriving per day, or the share of capacity the fleet
    # is busy. `load_driver` says which one the user set; the other follows from it.
    cases_per_day: float = Field(ge=0, le=1e12)
    peak_factor: float = Field(ge=1, le=1_000)
    utilization: float = Field(ge=0, le=1)
    load_driver: LoadDriver = "cases_per_day"
    concurrency: Concurrency = "auto"
    service_level: ServiceLevel = ServiceLevel()

    @field_validator("utilization")
    @classmethod
    def _not_vanishing(cls, value: float) -> float:
        # 1e-310 passes "0 to 1" but divides cost per case into infinity.
        if 0 < value < MIN_UTILIZATION:
            raise ValueError(f"must be 0 or at least {MIN_UTILIZATION:.6f} (a share from 0 to 1)")
        return value

    @field_validator("concurrency")
    @classmethod
    def _positive_concurrency(cls, value: Concurrency) -> Concurrency:
        if value not in ("auto", "max") and not 1 <= int(value) <= 100_000_000:
            raise ValueError("concurrency must be 'auto', 'max' or a whole number from 1 to 100,000,000")
        return value


class Serving(BaseModel):
    model_config = _STRICT
    tensor_parallel: TensorParallel = "auto"
    serving_stack: ServingStackId = "vllm"
    # A named calibration profile (the user's own measurements, core.calibration_profiles);
    # None: the built-in calibration. Optional, so files without it stay schema-compatible.
    calibration_profile: str | None = Field(default=None, min_length=1, max_length=64)

    @field_validator("tensor_parallel")
    @classmethod
    def _valid_tensor_parallel(cls, value: TensorParallel) -> TensorParallel:
        if value != "auto" and (not 1 <= int(value) <= 1024 or int(value) & (int(value) - 1)):
            raise ValueError("tensor_parallel must be 'auto' or a power of two from 1 to 1024")
        return value


# Amounts of money in Pricing, all in the scenario's currency.
MONEY_FIELDS = (
    "accelerator_price",
    "server_price",
    "server_overhead_price",
    "electricity_price_per_kwh",
    "hosting_per_server_year",
    "rental_price_per_accelerator_hour",
)


class Scenario(BaseModel):
    """One what-if: hardware, pricing, model, workload and serving choices."""

    model_config = _STRICT
    format: Literal["inferonomics-scenario"] = "inferonomics-scenario"
    schema_version: int = SCHEMA_VERSION
    name: str = Field(default="Untitled scenario", max_length=200)
    description: str = Field(default="", max_length=5_000)
    hardware: Hardware
    pricing: Pricing
    model: ModelChoice
    workload: Workload
    serving: Serving = Serving()

    @model_validator(mode="after")
    def _consistent(self) -> Scenario:
        if self.schema_version != SCHEMA_VERSION:
            raise ValueError(f"schema_version must be {SCHEMA_VERSION} once loaded")
        return self

    def in_currency(self, currency: str) -> Scenario:
        """The same scenario priced in another currency: every entered amount is
        converted at the scenario's exchange rate (catalog prices convert by themselves)."""
        if currency == self.pricing.currency:
            return self
        rate = self.pricing.cny_per_usd
        factor = rate if currency == "CNY" else 1.0 / rate
        changes: dict[str, Any] = {"pricing.currency": currency}
        for name in MONEY_FIELDS:
            value = getattr(self.pricing, name)
            if value is not None:
                changes[f"pricing.{name}"] = value * factor
        return self._with_changes(changes)

    def updated(self, changes: dict[str, Any]) -> Scenario:
        """A copy with dotted-path changes applied and validated, e.g.
        `{"hardware.accelerator_count": 16}`. Raises ScenarioError naming the field.

        Changing `pricing.currency` converts the entered amounts (see `in_currency`)
        unless the same change sets them explicitly."""
        currency = changes.get("pricing.currency")
        if isinstance(currency, str) and currency in ("USD", "CNY") and currency != self.pricing.currency:
            converted = self.in_currency(currency)
            rest = {key: value for key, value in changes.items() if key != "pricing.currency"}
            return converted._with_changes(rest) if rest else converted
        return self._with_changes(changes)

    def _with_changes(self, changes: dict[str, Any]) -> Scenario:
        data = self.model_dump(mode="python")
        for path, value in changes.items():
            node = data
            *parents, leaf = path.split(".")
            for key in parents:
                if not isinstance(node.get(key), dict):
                    raise ScenarioError.coded(f"{path}: no such setting", "setting_no_such", setting=path)
                node = node[key]
            if leaf not in node:
                raise ScenarioError.coded(f"{path}: no such setting", "setting_no_such", setting=path)
            node[leaf] = value
        return scenario_from_dict(data)


def _field_path(location: tuple[int | str, ...]) -> str:
    # Pydantic puts union branch names (e.g. 'int', "literal['max']") in locations.
    parts = [str(part) for part in location if not str(part).startswith(("literal[", "int", "float"))]
    return ".".join(parts) or "scenario"


def describe_validation_error(error: ValidationError) -> str:
    """Plain words for the first few problems pydantic found, each naming its field."""
    messages: list[str] = []
    seen: set[str] = set()
    for problem in error.errors():
        path = _field_path(tuple(problem.get("loc", ())))
        if path in seen:
            continue
        seen.add(path)
        kind = problem.get("type", "")
        if kind == "extra_forbidden":
            messages.append(f"{path}: unknown field")
        elif kind == "missing":
            messages.append(f"{path}: missing")
        elif kind in ("finite_number",):
            messages.append(f"{path}: must be a finite number (not NaN or infinity)")
        else:
            text = str(problem.get("msg", "invalid value"))
            text = text.removeprefix("Value error, ")
            value = problem.get("input")
            shown = repr(value) if isinstance(value, int | float | str | bool) else type(value).__name__
            if isinstance(value, str) and len(value) > 40:
                shown = repr(value[:40] + "…")
            messages.append(f"{path}: {text[:1].lower()}{text[1:]} (got {shown})")
        if len(messages) == 4:
            break
    return "; ".join(messages)


def scenario_from_dict(data: Any) -> Scenario:
    """Validate a plain dict into a Scenario or raise ScenarioError in plain words."""
    try:
        return Scenario.model_validate(data)
    except ValidationError as error:
        raise ScenarioError(describe_validation_error(error), *validation_messages(error, Scenario)) from None
    except (TypeError, ValueError, RecursionError) as error:
        raise ScenarioError(f"scenario is malformed: {error}") from None


def is_finite_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
