"""An accelerator's spec sheet, its ratios to a reference chip, and how busy it is at the
operating point: pure data from the catalog and the engine's outcome (words are made at the
edge). `spec_sheet(h20)`, `compare_sheets(h20, h100)` → "FLOPS 0.15×, bandwidth 1.2×, memory 1.2×".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from core.catalog import AcceleratorSpec
from core.outcome import Outcome

# Dense matrix formats, most used for serving first: the headline FLOPS ratio is taken in the
# first format both chips have (FP8 for H20 vs H100).
PRECISIONS = ("fp8", "int8", "bf16", "fp16", "fp4")
HEADLINE_PRECISIONS = ("fp8", "int8", "bf16", "fp16")

# What one unit is called: a CPU server counts as one unit; Huawei's Ascend chips are NPUs.
UNIT_NOUN_BY_KIND = {"cpu": "CPU server"}
UNIT_NOUN_BY_FAMILY = {"ascend": "NPU", "gaudi": "AI accelerator"}
DEFAULT_UNIT_NOUN = "GPU"


def unit_noun(accelerator: AcceleratorSpec) -> str:
    """"GPU", "NPU", "CPU server" or "AI accelerator" (singular; the edge makes plurals)."""
    return UNIT_NOUN_BY_KIND.get(
        accelerator.kind, UNIT_NOUN_BY_FAMILY.get(accelerator.family, DEFAULT_UNIT_NOUN)
    )


@dataclass(frozen=True)
class SpecSheet:
    """One accelerator's published figures, with where they come from."""

    accelerator_id: str
    name: str
    vendor: str
    unit_noun: str
    memory_gb: float
    memory_bandwidth_tb_per_s: float
    dense_tflops: dict[str, float | None]  # by format in PRECISIONS; None: not supported
    scale_up_gb_per_s_per_direction: float
    scale_up_domain: int
    interconnect: str
    tdp_w: float
    idle_power_w: float
    purchase_price_usd: float | None
    purchase_price_date: str | None
    rental_price_usd_per_hour: float | None
    rental_price_date: str | None
    release_year: int | None
    sources: tuple[str, ...]
    estimated_fields: tuple[str, ...]  # catalog fields that are estimates, not published
    notes: str


def spec_sheet(accelerator: AcceleratorSpec) -> SpecSheet:
    tflops = {precision: accelerator.peak_tflops(precision) for precision in PRECISIONS}
    return SpecSheet(
        accelerator_id=accelerator.id,
        name=accelerator.name,
        vendor=accelerator.vendor,
        unit_noun=unit_noun(accelerator),
        memory_gb=accelerator.memory_gb,
        memory_bandwidth_tb_per_s=accelerator.memory_bandwidth_tb_per_s,
        dense_tflops=tflops,
        scale_up_gb_per_s_per_direction=accelerator.scale_up_gb_per_s_per_direction,
        scale_up_domain=accelerator.scale_up_domain,
        interconnect=accelerator.interconnect,
        tdp_w=accelerator.tdp_w,
        idle_power_w=accelerator.idle_power_w,
        purchase_price_usd=accelerator.purchase_price_usd,
        purchase_price_date=accelerator.purchase_price_date,
        rental_price_usd_per_hour=accelerator.rental_price_usd_per_hour,
        rental_price_date=accelerator.rental_price_date,
        release_year=accelerator.release_year,
        sources=accelerator.sources,
        estimated_fields=accelerator.estimates,
        notes=accelerator.notes,
    )


def _ratio(value: float | None, reference: float | None) -> float | None:
    if value is None or reference is None or reference <= 0 or not math.isfinite(value):
        return None
    return value / reference


@dataclass(frozen=True)
class SheetRatios:
    """`sheet` over `reference`, figure by figure (None where either lacks the figure)."""

    sheet: SpecSheet
    reference: SpecSheet
    headline_precision: str | None  # the format the FLOPS ratio is taken in
    flops: float | None
    memory_bandwidth: float | None
    memory: float | None
    tflops_by_precision: dict[str, float | None]
    scale_up_bandwidth: float | None
    scale_up_domain: float | None
    power: float | None
    idle_power: float | None
    purchase_price: float | None
    rental_price: float | None


def compare_sheets(sheet: SpecSheet, reference: SpecSheet) -> SheetRatios:
    headline = next(
        (p for p in HEADLINE_PRECISIONS if sheet.dense_tflops[p] and reference.dense_tflops[p]), None
    )
    by_precision = {p: _ratio(sheet.dense_tflops[p], reference.dense_tflops[p]) for p in PRECISIONS}
    return SheetRatios(
        sheet=sheet,
        reference=reference,
        headline_precision=headline,
        flops=by_precision[headline] if headline else None,
        memory_bandwidth=_ratio(sheet.memory_bandwidth_tb_per_s, reference.memory_bandwidth_tb_per_s),
        memory=_ratio(sheet.memory_gb, reference.memory_gb),
        tflops_by_precision=by_precision,
        scale_up_bandwidth=_ratio(sheet.scale_up_gb_per_s_per_direction, reference.scale_up_gb_per_s_per_direction),
        scale_up_domain=_ratio(sheet.scale_up_domain, reference.scale_up_domain),
        power=_ratio(sheet.tdp_w, reference.tdp_w),
        idle_power=_ratio(sheet.idle_power_w, reference.idle_power_w),
        purchase_price=_ratio(sheet.purchase_price_usd, reference.purchase_price_usd),
        rental_price=_ratio(sheet.rental_price_usd_per_hour, reference.rental_price_usd_per_hour),
    )


@dataclass(frozen=True)
class Busy:
    """How busy the chip is at the operating point, from the engine's step-time model:
    useful FLOPs and bytes moved per second over the chip's peaks (None: nothing runs)."""

    compute: float | None
    memory_bandwidth: float | None
    memory_capacity: float | None  # share of memory in use (weights + KV cache + reserve)
    bottleneck: str


def busy_at_operating_point(outcome: Outcome) -> Busy:
    return Busy(
        compute=outcome.compute_utilization,
        memory_bandwidth=outcome.bandwidth_utilization,
        memory_capacity=outcome.memory_used_fraction,
        bottleneck=outcome.bottleneck,
    )
