"""Sustained tensor-core clocks of power-capped cards.

A PCIe or NVL card carries the same chip as an SXM module at half its board power or
less (H100 PCIe 350 W and H100 NVL 350-400 W against H100 SXM 700 W), and its datasheet
TFLOPS assume a boost clock it cannot hold under dense matrix work: the chip's power at
a given clock is the SXM module's power per TFLOPS, and once the card reaches its TDP the
clock (and so the tensor rate) falls until the power fits. Near the bottom of the
voltage/frequency curve the voltage no longer drops with the clock, so power is about
proportional to the clock: the sustained share of the datasheet rate is the card's power
per datasheet TFLOPS over the full-power part's, at most 1.

Evidence: MLPerf Inference v4.1 llama2-70b Offline, TensorRT-LLM FP8 TP2 on 8 GPUs
(resources/validation rows B001, N040, B021): H100 SXM 3,066, H100 NVL 1,984, H100 PCIe
1,160 tokens/s per GPU, i.e. NVL/SXM 0.65 where the datasheets give 0.84 of the TFLOPS
and 1.16 of the bandwidth; power per datasheet TFLOPS 0.68 (NVL) and 0.65 (PCIe) of the
SXM module's. A memory-bound pass draws less power and is not slowed: the share applies
to the matrix rates only (HBM bandwidth does not depend on the core clock).
"""

from __future__ import annotations

from core.catalog import AcceleratorSpec, load_catalog


def _watts_per_tflops(accelerator: AcceleratorSpec) -> float | None:
    tflops = accelerator.peak_tflops("bf16") or accelerator.peak_tflops("fp16")
    return accelerator.tdp_w / tflops if tflops else None


def sustained_compute_share(accelerator: AcceleratorSpec) -> float:
    """Share of the datasheet matrix rate the card sustains within its TDP (1 for a part
    that is its chip's full-power part or names none)."""
    reference = load_catalog().accelerators.get(accelerator.full_power_part or "")
    if reference is None or reference.id == accelerator.id:
        return 1.0
    own, full = _watts_per_tflops(accelerator), _watts_per_tflops(reference)
    if not own or not full:
        return 1.0
    return min(1.0, own / full)
