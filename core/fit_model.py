"""The engine's predictions of prepared measurement rows as a function of a few physical
parameters (log-space vector theta), for the calibration fit (`core.robust_fit`).

What is fitted (nothing per point or per model):
- per serving stack: the share of peak bandwidth its weight streaming (and its KV reads)
  reach, the share of peak FLOPS its GEMMs reach in decode and prefill and for routed
  experts, its per-layer launch/synchronisation time and its request overhead;
- per accelerator family (Hopper is the reference, fixed at 1): a bandwidth and a compute
  multiplier;
- per weight format (bf16 is the reference): a compute multiplier;
- global mechanism constants: GEMM tile tokens (16-bit, and 8-/4-bit operands apart),
  the share of bandwidth block-scaled 8-/4-bit GEMMs stream weights at, the expert GEMMs'
  tile and share, the extra time per MoE layer, the p99/mean latency ratio under Poisson
  load, the longest over the mean answer of a ShareGPT burst, and the PCIe all-reduce
  latency.

Each parameter has a Gaussian prior on its log around a sourced start
(`resources/calibration/priors.json`), or around the built-in fitted value when a user's
own measurements recalibrate into a profile.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.benchmark_kinds import KINDS, predict_kinds
from core.catalog import Calibration, read_resource_text
from core.validation import PreparedRows

HUBER_DELTA = 0.3
WEIGHTS = {"output_tokens_per_s": 1.0, "time_per_output_token_s": 0.7, "time_to_first_token_s": 0.5}
REFERENCE_FAMILY = "hopper"
REFERENCE_FORMATS = ("bf16", "fp16")
MISSING_RESIDUAL = 1.0  # a row the engine cannot answer counts as a factor e off
OUTPUT_NAMES = tuple(WEIGHTS)
MEASURED = {
    "output_tokens_per_s": ("measured_output_tokens_per_s", 1.0),
    "time_per_output_token_s": ("measured_tpot_ms", 1e-3),
    "time_to_first_token_s": ("measured_ttft_ms", 1e-3),
}


@dataclass(frozen=True)
class Parameter:
    name: str
    start: float  # sourced starting value (also the prior's centre)
    prior_sigma_log: float
    upper: float = math.inf
    offset: float = 0.0  # value = offset + exp(theta): for ratios that cannot go below 1

    def to_theta(self, value: float) -> float:
        return math.log(max(value - self.offset, 1e-12))

    def value(self, theta: float) -> float:
        return min(self.offset + math.exp(theta), self.upper)


def _rows_setup(prepared: PreparedRows, calibration: Calibration) -> dict[str, Any]:
    kept = [prepared.rows[i] for i in prepared.index]
    factors = calibration.precision_compute_factors
    formats = [
        row["weight_precision"] if row["weight_precision"] in factors else rate
        for row, rate in zip(kept, prepared.rate, strict=True)
    ]
    measured = {}
    for name, (column, scale) in MEASURED.items():
        values = []
        for row in kept:
            text = (row.get(column) or "").strip()
            values.append(float(text) * scale if text else math.nan)
        measured[name] = np.array(values)
    return {"formats": formats, "measured": measured}


def parameters_of(calibration: Calibration, prepared: PreparedRows, formats: Sequence[str]) -> list[Parameter]:
    params: list[Parameter] = []
    mech = calibration.mechanisms
    for stack_id in sorted(set(prepared.stack)):
        stack = calibration.stacks[stack_id]
        params += [
            Parameter(f"stack.{stack_id}.bandwidth_efficiency", stack.bandwidth_efficiency, 0.3, upper=1.0),
            Parameter(f"stack.{stack_id}.decode_compute_efficiency", stack.decode_compute_efficiency, 0.4, upper=1.0),
            Parameter(f"stack.{stack_id}.per_layer_overhead_s", max(stack.per_layer_overhead_s, 1e-6), 1.0),
            Parameter(f"stack.{stack_id}.request_overhead_s", max(stack.request_overhead_s, 1e-3), 1.0),
        ]
    # One scale per accelerator family on its sourced bandwidth and compute shares: most
    # families have a handful of rows, too few to tell the two apart.
    for family in sorted(set(prepared.family) - {REFERENCE_FAMILY}):
        params.append(Parameter(f"family.{family}.scale", 1.0, 0.3, upper=2.0))
    for fmt in sorted(set(formats) - set(REFERENCE_FORMATS)):
        params.append(
            Parameter(f"format.{fmt}", calibration.precision_compute_factors.get(fmt, 1.0), 0.3, upper=1.5)
        )
    mech = calibration.mechanisms
    stacks = [calibration.stacks[s] for s in sorted(set(prepared.stack))]
    params += [
        # Shared by every stack: the paged decode-attention kernels' share of peak bandwidth
        # (FlashInfer, FlashAttention and XQA all gather KV blocks alike, whatever the
        # stack's weight GEMMs reach), and the ratio of large prompt GEMMs to decode GEMMs.
        Parameter("mechanisms.kv_cache_bandwidth_efficiency",
                  float(np.mean([s.kv_cache_bandwidth_efficiency for s in stacks])), 0.4, upper=1.0),
        Parameter("mechanisms.prefill_over_decode_compute",
                  float(np.mean([s.prefill_compute_efficiency / s.decode_compute_efficiency for s in stacks])), 0.3,
                  upper=2.5),
        Parameter("mechanisms.expert_gemm_efficiency", mech.expert_gemm_efficiency, 0.5, upper=1.5),
        Parameter("mechanisms.gemm_tile_tokens", max(mech.gemm_tile_tokens, 1.0), 1.0),
        Parameter("mechanisms.narrow_gemm_tile_tokens", max(mech.narrow_gemm_tile_tokens, 1.0), 1.0),
        Parameter("mechanisms.expert_gemm_tile_tokens", max(mech.expert_gemm_tile_tokens, 1.0), 1.0),
        Parameter("mechanisms.moe_layer_overhead_s", max(mech.moe_layer_overhead_s, 1e-6), 1.0),
        Parameter("mechanisms.server_p99_over_mean", max(mech.server_p99_over_mean, 1.01), 1.0, offset=1.0),
        Parameter(
            "mechanisms.burst_longest_over_mean_output", max(mech.burst_longest_over_mean_output, 1.01), 1.0,
            offset=1.0,
        ),
        Parameter("mechanisms.pcie_allreduce_latency_s", max(mech.pcie_allreduce_latency_s, 1e-6), 1.0),
        Parameter("mechanisms.narrow_gemm_bandwidth_share", mech.narrow_gemm_bandwidth_share, 0.3, upper=1.0),
    ]
    return params


def _priors() -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(read_resource_text("calibration", "priors.json"))["parameters"]
    except (FileNotFoundError, OSError, ValueError, KeyError):
        return {}
    return data


def _with_priors(params: list[Parameter], keep_starts: bool = False) -> list[Parameter]:
    """Starts and prior widths from priors.json (the fit's output never feeds its prior);
    with `keep_starts`, only the widths (centred on the calibration's own values)."""
    priors = _priors()
    out = []
    for p in params:
        entry = priors.get(p.name)
        if entry:
            start = p.start if keep_starts else float(entry["start"])
            p = Parameter(p.name, start, float(entry["sigma_log"]), p.upper, p.offset)
        out.append(p)
    return out


class Model:
    """Predictions of the prepared rows as a function of the parameter vector."""

    def __init__(self, prepared: PreparedRows, calibration: Calibration, centre_on_priors: bool = True) -> None:
        self.prepared = prepared
        self.calibration = calibration
        setup = _rows_setup(prepared, calibration)
        self.formats: list[str] = setup["formats"]
        self.measured: dict[str, np.ndarray] = setup["measured"]
        params = parameters_of(calibration, prepared, self.formats)
        # The shipped fit starts from sourced priors; a profile from the built-in fit.
        self.params = _with_priors(params, keep_starts=not centre_on_priors)
        self.index = {p.name: i for i, p in enumerate(self.params)}
        self.theta0 = np.array([p.to_theta(p.start) for p in self.params])
        self.stack = np.array(prepared.stack)
        self.burst_variable = (prepared.kind == KINDS.index("burst")) & prepared.variable_lengths
        self.family = np.array(prepared.family)
        self.format = np.array(self.formats)
        # The families' bandwidth and compute shares the scales multiply: sourced (priors.json)
        # for the shipped fit, the calibration's own for a profile.
        priors = _priors() if centre_on_priors else {}
        self.family_base: dict[str, tuple[float, float]] = {}
        for family in set(prepared.family):
            factors = calibration.family_factors.get(family)
            own = (factors.bandwidth, factors.compute) if factors else (1.0, 1.0)
            self.family_base[family] = (
                float(priors.get(f"family.{family}.bandwidth", {}).get("start", own[0])),
                float(priors.get(f"family.{family}.compute", {}).get("start", own[1])),
            )
        self.family_bandwidth = np.array([self.family_base[f][0] for f in prepared.family])
        self.family_compute = np.array([self.family_base[f][1] for f in prepared.family])

    def values(self, theta: np.ndarray) -> dict[str, float]:
        return {p.name: p.value(float(t)) for p, t in zip(self.params, theta, strict=True)}

    def calibration_values(self, theta: np.ndarray) -> dict[str, float]:
        """The fitted values as efficiency.json holds them (a family's scale applied to its
        bandwidth and compute shares; the stack-wide expert GEMM share in every stack)."""
        out = {}
        for name, value in self.values(theta).items():
            kind, *rest = name.split(".")
            if kind == "family":
                bandwidth, compute = self.family_base[rest[0]]
                out[f"family.{rest[0]}.bandwidth"] = min(2.0, bandwidth * value)
                out[f"family.{rest[0]}.compute"] = min(2.0, compute * value)
            else:
                out[name] = value
        kv_share = out.pop("mechanisms.kv_cache_bandwidth_efficiency")
        prefill_ratio = out.pop("mechanisms.prefill_over_decode_compute")
        for stack in set(self.prepared.stack):
            out[f"stack.{stack}.expert_gemm_efficiency"] = out["mechanisms.expert_gemm_efficiency"]
            out[f"stack.{stack}.kv_cache_bandwidth_efficiency"] = min(1.0, kv_share)
            out[f"stack.{stack}.prefill_compute_efficiency"] = min(
                1.0, out[f"stack.{stack}.decode_compute_efficiency"] * prefill_ratio)
        return out

    def _per_row(self, values: dict[str, float], kind: str, keys: np.ndarray, field: str, default: float) -> np.ndarray:
        out = np.full(keys.shape, default)
        for key in np.unique(keys):
            name = f"{kind}.{key}.{field}" if field else f"{kind}.{key}"
            if name in values:
                out[keys == key] = values[name]
        return out

    def columns(self, theta: np.ndarray) -> tuple[dict[str, Any], dict[str, float]]:
        v = self.values(theta)
        c = dict(self.prepared.columns)
        bw = self._per_row(v, "stack", self.stack, "bandwidth_efficiency", 0.8)
        kv = v["mechanisms.kv_cache_bandwidth_efficiency"]
        dc = self._per_row(v, "stack", self.stack, "decode_compute_efficiency", 0.45)
        pc = dc * v["mechanisms.prefill_over_decode_compute"]
        scale = self._per_row(v, "family", self.family, "scale", 1.0)
        family_bw = self.family_bandwidth * scale
        family_c = self.family_compute * scale
        fmt = self._per_row(v, "format", self.format, "", 1.0)
        c["bandwidth_efficiency"] = np.minimum(1.0, bw * family_bw)
        c["kv_cache_bandwidth_efficiency"] = np.minimum(1.0, kv * family_bw)
        c["decode_compute_efficiency"] = np.minimum(1.0, dc * family_c * fmt)
        c["prefill_compute_efficiency"] = np.minimum(1.0, pc * family_c * fmt)
        c["per_layer_overhead_s"] = self._per_row(v, "stack", self.stack, "per_layer_overhead_s", 1e-5)
        c["request_overhead_s"] = self._per_row(v, "stack", self.stack, "request_overhead_s", 0.03)
        for name in ("expert_gemm_efficiency", "gemm_tile_tokens", "narrow_gemm_tile_tokens", "expert_gemm_tile_tokens",
                     "moe_layer_overhead_s",
                     "pcie_allreduce_latency_s", "narrow_gemm_bandwidth_share"):
            c[name] = np.full(self.stack.shape, v[f"mechanisms.{name}"])
        return c, v

    def predict(self, theta: np.ndarray) -> dict[str, np.ndarray]:
        c, v = self.columns(theta)
        longest = np.where(self.prepared.variable_lengths, v["mechanisms.burst_longest_over_mean_output"], 1.0)
        with np.errstate(all="ignore"):
            return predict_kinds(
                c, self.prepared.kind, self.prepared.requests, self.prepared.ttft_limit_s,
                self.prepared.tpot_limit_s, longest, v["mechanisms.server_p99_over_mean"],
            )

    def log_ratios(self, theta: np.ndarray) -> dict[str, np.ndarray]:
        predicted = self.predict(theta)
        out = {}
        for name in OUTPUT_NAMES:
            with np.errstate(all="ignore"):
                out[name] = np.log(predicted[name] / self.measured[name])
        return out

    def residual_vector(self, theta: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Weighted residuals of the chosen rows (missing predictions as a fixed penalty)
        and a mask of the entries that hold a measurement."""
        ratios = self.log_ratios(theta)
        parts, masks = [], []
        for name in OUTPUT_NAMES:
            r = ratios[name][rows]
            has = np.isfinite(self.measured[name][rows])
            if name == "time_per_output_token_s":
                # A burst of variable-length answers reports the mean over requests of
                # (latency - TTFT)/(tokens - 1): short answers that waited make it
                # meaningless as a step time, so those TPOTs are not fitted (still reported).
                has &= ~self.burst_variable[rows]
            r = np.where(has & ~np.isfinite(r), MISSING_RESIDUAL, r)
            parts.append(np.where(has, r, 0.0) * WEIGHTS[name])
            masks.append(has)
        return np.concatenate(parts), np.concatenate(masks)
