"""What the compare table calls a setting and how it shows its value: the controls' words with
units ("Server power (W)", "Exchange rate (CNY per USD)"), catalog names for chips and models,
"Catalog price" for a price taken from the catalog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from core import Scenario
from core.catalog import load_catalog
from core.precision import PRECISIONS
from gui.catalog_labels import short_accelerator_name
from gui.formatting import money, percent

CONTEXT = "CompareView"

# Setting path → label; "{currency}" is the open scenario's currency (pinned ones are converted to it).
INPUT_LABELS = {
    "hardware.accelerator_id": "Accelerator",
    "hardware.custom_accelerator": "Custom accelerator",
    "hardware.accelerators_per_server": "Accelerators per server",
    "hardware.scale_up_gb_per_s_per_direction": "Scale-up link (GB/s per direction)",
    "hardware.accelerator_count": "Accelerators in the fleet",
    "pricing.mode": "Buy or rent",
    "pricing.rental_billing": "Rent billing",
    "pricing.accelerator_price": "Price per accelerator ({currency})",
    "pricing.server_price": "Price per server ({currency})",
    "pricing.server_overhead_price": "Chassis per server ({currency})",
    "pricing.rental_price_per_accelerator_hour": "Rent per accelerator-hour ({currency})",
    "pricing.electricity_price_per_kwh": "Electricity ({currency} per kWh)",
    "pricing.pue": "PUE",
    "pricing.server_overhead_power_w": "Server power (W)",
    "pricing.hosting_per_server_year": "Hosting per server ({currency} per year)",
    "pricing.depreciation_years": "Depreciation (years)",
    "pricing.cny_per_usd": "Exchange rate (CNY per USD)",
    "model.model_id": "Model",
    "model.custom_model": "Custom model",
    "model.total_params_b": "Model size (B parameters)",
    "model.weight_precision": "Weight precision",
    "model.kv_cache_precision": "KV-cache precision",
    "workload.calls_per_case": "Calls per case",
    "workload.input_tokens_per_call": "Input tokens per call",
    "workload.output_tokens_per_call": "Output tokens per call",
    "workload.cases_per_day": "Cases per day",
    "workload.utilization": "Utilization",
    "workload.load_driver": "Load set by",
    "workload.peak_factor": "Peak factor (peak ÷ average hour)",
    "workload.service_level": "Service level",
    "workload.concurrency": "Calls in flight",
    "serving.tensor_parallel": "Tensor parallel",
    "serving.serving_stack": "Serving stack",
    "serving.calibration_profile": "Calibration profile",
}
MONEY_FIELDS = frozenset({"accelerator_price", "server_price", "server_overhead_price",
                          "rental_price_per_accelerator_hour", "electricity_price_per_kwh", "hosting_per_server_year"})
CHOICE_WORDS = {"buy": "Buy", "rent": "Rent", "reserved": "Reserved", "on_demand": "On demand",
                "cases_per_day": "Cases per day", "utilization": "Utilization", "auto": "Auto", "max": "Flat out"}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def input_label(path: str, currency: str) -> str:
    label = INPUT_LABELS.get(path)
    if label is None:  # a setting added later: its own name, readable
        return path.split(".")[-1].replace("_", " ").capitalize()
    return tr(label).format(currency=currency)


def setting_text(scenario: Scenario, path: str) -> str:
    """The value of setting `path` in `scenario`, as the controls would show it."""
    section, field = path.split(".", 1)
    value: Any = getattr(getattr(scenario, section), field)
    currency = scenario.pricing.currency
    catalog = load_catalog()
    if value is None:
        return tr("Catalog price") if "price" in field else tr("Catalog size") if field == "total_params_b" else "—"
    if path == "hardware.accelerator_id" and value in catalog.accelerators:
        return short_accelerator_name(catalog.accelerators[value])
    if path == "model.model_id" and value in catalog.models:
        return catalog.models[value].name
    if hasattr(value, "name") and hasattr(value, "model_dump"):  # a custom accelerator or model
        return tr("custom: {name}").format(name=value.name)
    if hasattr(value, "model_dump"):
        return ", ".join(f"{k.removeprefix('max_').replace('_', ' ')} {v:g}"
                         for k, v in value.model_dump().items() if v is not None) or tr("none")
    if field in MONEY_FIELDS and isinstance(value, int | float):
        return money(value, currency)
    if path == "workload.utilization":
        return percent(value)
    if isinstance(value, str) and value in CHOICE_WORDS:
        return tr(CHOICE_WORDS[value])
    if isinstance(value, str) and value in PRECISIONS:
        return value.upper()
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:,.6g}"
    return f"{value:,}" if isinstance(value, int) else str(value)
