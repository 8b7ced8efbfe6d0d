"""Engine speed: evaluations per second over a 100,000-scenario sweep, and one scalar evaluate.

Targets: >= 1,000,000 evaluations/s on one core; one scalar evaluate < 1 ms.
Prints figures (best of several runs, since the machine is shared); --json for machines.
"""

from __future__ import annotations

import argparse
import json
import os
import time

# One core, as the target states; must be set before numpy loads.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402

from core import default_scenario, evaluate, evaluate_many  # noqa: E402

SWEEP_SIZE = 100_000


def best_seconds(action, repeats: int) -> float:
    action()  # warm caches (catalog files, numpy)
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return min(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    scenario = default_scenario()
    generator = np.random.default_rng(7)
    sweep = {
        "hardware.accelerator_count": generator.integers(8, 513, SWEEP_SIZE).astype(float),
        "workload.utilization": generator.uniform(0.05, 1.0, SWEEP_SIZE),
        "workload.input_tokens_per_call": generator.integers(100, 20_000, SWEEP_SIZE).astype(float),
        "workload.output_tokens_per_call": generator.integers(50, 5_000, SWEEP_SIZE).astype(float),
        "workload.concurrency": generator.integers(0, 2_000, SWEEP_SIZE).astype(float),
    }
    sweep_s = best_seconds(lambda: evaluate_many(scenario, sweep), repeats=5)
    scalar_s = best_seconds(lambda: evaluate(scenario), repeats=200)
    figures = {"evaluations_per_s": SWEEP_SIZE / sweep_s, "scalar_evaluate_s": scalar_s}
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"sweep of {SWEEP_SIZE:,} scenarios: {sweep_s * 1000:.1f} ms "
              f"= {figures['evaluations_per_s']:,.0f} evaluations/s (target >= 1,000,000)")
        print(f"one scalar evaluate: {scalar_s * 1000:.3f} ms (target < 1 ms)")


if __name__ == "__main__":
    main()
