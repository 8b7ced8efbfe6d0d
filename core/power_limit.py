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

The reference SXM module is itself power-limited under dense matrix work: an H200 at 700 W
holds ~1.4-1.5 GHz of the 1.83 GHz its datasheet TFLOPS assume (tile-ai/TileOPs PRs #1567,
#1588; an H800 falls from 1980 to 1575 MHz, DeepGEMM issue #120), about 0.8
(`sustained_matrix_share` in the catalog). A cut-down part of the same chip with far more
power per TFLOPS holds its full clock (H20: 400 W for 148 BF16 TFLOPS, a torch matmul at
0.96 of its datasheet), so relative to the reference it sustains 1/0.8 of its datasheet
share: the share is min(1, held * own/full) / held, which leaves the power-capped cards as
they were (held * own/full < 1 there).
"""

from __future__ import annotations

from core.catalog import AcceleratorSpec, load_catalog


def _watts_per_tflops(accelerator: AcceleratorSpec) -> float | None:
    tflops = accelerator.peak_tflops("bf16") or accelerator.peak_tflops("fp16")
    return accelerator.tdp_w / tflops if tflops else None


def sustained_compute_share(accelerator: AcceleratorSpec) -> float:
    """Share of the datasheet matrix rate the card sustains within its TDP, relative to the
    reference part whose rate the fitted compute shares are set on (1 for a part that is
    its chip's reference or names none; above 1 for a cut-down part with power to spare)."""
    reference = load_catalog().accelerators.get(accelerator.full_power_part or "")
    if reference is None or reference.id == accelerator.id:
        return 1.0
    own, full = _watts_per_tflops(accelerator), _watts_per_tflops(reference)
    if not own or not full:
        return 1.0
    # The reference itself holds only part of its datasheet clock under dense matrix work; a
    # part with more power per TFLOPS holds more of its own, up to all of it.
    held = reference.sustained_matrix_share or 1.0
    return min(1.0, held * own / full) / held
