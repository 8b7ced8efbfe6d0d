"""Short, readable labels for catalog entries (formatting only)."""

from __future__ import annotations

import re

from core.catalog import AcceleratorSpec, ModelSpec, load_catalog
from core.precision import PRECISIONS

MAX_SHORT_NAME = 24


def short_accelerator_name(spec: AcceleratorSpec) -> str:
    """ "NVIDIA HGX H20 96GB (China export variant)" → "HGX H20"."""
    name = spec.name
    if name.startswith(spec.vendor + " "):
        name = name[len(spec.vendor) + 1 :]
    name = re.split(r"[(,]", name)[0]
    name = re.sub(r"\b\d+\s?GB\b", "", name)
    name = " ".join(name.split()) or spec.name
    return name if len(name) <= MAX_SHORT_NAME else name[: MAX_SHORT_NAME - 1].rstrip() + "…"


def accelerator_label(spec: AcceleratorSpec) -> str:
    """ "HGX H20 — 96 GB, 4.0 TB/s"."""
    bandwidth = f"{spec.memory_bandwidth_tb_per_s:.2f}".rstrip("0")
    bandwidth = bandwidth + "0" if bandwidth.endswith(".") else bandwidth
    return f"{short_accelerator_name(spec)} — {spec.memory_gb:g} GB, {bandwidth} TB/s"


def model_label(spec: ModelSpec) -> str:
    return (
        f"{spec.name} — {spec.total_params_b:,.0f}B"
        if spec.total_params_b >= 10
        else (f"{spec.name} — {spec.total_params_b:.1f}B")
    )


def choice_label(setting: str, value: object) -> str:
    """A categorical setting's value as the controls show it: a chip or model by its short
    name (not its catalog id), a number format in capitals (FP8); anything else as it is."""
    if not isinstance(value, str):
        return str(value)
    catalog = load_catalog()
    if setting == "hardware.accelerator_id" and value in catalog.accelerators:
        return short_accelerator_name(catalog.accelerators[value])
    if setting == "model.model_id" and value in catalog.models:
        return catalog.models[value].name
    return value.upper() if value in PRECISIONS else value
