"""Numeric formats: bytes per stored value and which tensor-core rate a format runs at.

These are definitions of the formats, not facts about the world, so they live in code.
"""

from typing import Literal, get_args

Precision = Literal["bf16", "fp16", "fp8", "int8", "int4", "fp4"]
PRECISIONS: tuple[str, ...] = get_args(Precision)

BYTES_PER_VALUE: dict[str, float] = {
    "bf16": 2.0,
    "fp16": 2.0,
    "fp8": 1.0,
    "int8": 1.0,
    "int4": 0.5,
    "fp4": 0.5,
}

# Which matrix rate a weight format computes at, best first. int4 is weight-only
# (dequantised to 16-bit before the matmul, as AWQ/GPTQ kernels do); a chip without
# the preferred rate falls back to the next (e.g. fp8 weights on an A100 run W8A16).
# fp4 on a chip without FP4 tensor cores (Hopper, Ada) is weight-only too, not FP8: vLLM
# warns "Your GPU does not have native support for FP4 computation ... Weight-only FP4
# compression will be used leveraging the Marlin kernel" (marlin.py; quoted in
# huggingface.co/nvidia/Qwen3.6-27B-NVFP4/discussions/12, read 2026-12-02).
COMPUTE_RATE_PREFERENCE: dict[str, tuple[str, ...]] = {
    "bf16": ("bf16", "fp16"),
    "fp16": ("fp16", "bf16"),
    "fp8": ("fp8", "bf16", "fp16"),
    "int8": ("int8", "bf16", "fp16"),
    "int4": ("bf16", "fp16"),
    "fp4": ("fp4", "bf16", "fp16"),
}
