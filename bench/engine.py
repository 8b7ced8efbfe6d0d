"""Engine speed: evaluations per second over a 100,000-scenario sweep, one scalar evaluate,
and one full planner search.

Targets: >= 1,000,000 evaluations/s on one core; one scalar evaluate < 1 ms; the planner's
full search (every accelerator x count in whole servers up to 512 x weight format x tensor
parallel) for 20,000 R1 claims a day within 5 minutes each <= 100 ms.
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
from core.api_prices import break_even, break_even_and_lines, cost_lines, default_price  # noqa: E402
from core.compare import waterfall  # noqa: E402
from core.overview import BREAK_EVEN, SENSITIVITY, analyze  # noqa: E402
from core.planner import DEFAULT_PRECISIONS, plan  # noqa: E402
from core.scenario_io import builtin_scenario  # noqa: E402
from core.sensitivity import tornado  # noqa: E402

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
    claims = scenario.updated({"workload.cases_per_day": 20_000, "workload.service_level.max_case_latency_s": 300})
    plan_s = best_seconds(lambda: plan(claims), repeats=20)
    result = plan(claims)
    figures = {"evaluations_per_s": SWEEP_SIZE / sweep_s, "scalar_evaluate_s": scalar_s, "plan_s": plan_s,
               "plan_setups_searched": len(result.plans) + len(result.infeasible),
               "plan_precisions": list(DEFAULT_PRECISIONS)}
    # Issue 15: the 8xH20 example against 8xB200 (3 input groups differ) and against a
    # variant differing in 8 groups (256 hybrids); a tornado; break-even and its chart's lines.
    h20, b200 = builtin_scenario("r1-claims-8xh20"), builtin_scenario("r1-claims-8xb200")
    many = h20.updated({"hardware.accelerator_id": "b200", "pricing.server_price": None,
                        "hardware.accelerator_count": 16, "workload.calls_per_case": 5,
                        "workload.cases_per_day": 8000, "workload.service_level.max_case_latency_s": 200,
                        "model.total_params_b": 500, "serving.serving_stack": "vllm"})
    price = default_price(h20)
    assert price is not None
    figures.update({
        "compare_s": best_seconds(lambda: waterfall(h20, b200), repeats=20),
        "compare_8_groups_s": best_seconds(lambda: waterfall(h20, many), repeats=5),
        "sensitivity_s": best_seconds(lambda: tornado(h20), repeats=20),
        "break_even_s": best_seconds(lambda: break_even(h20, price), repeats=20),
        "break_even_lines_s": best_seconds(lambda: cost_lines(h20, price, np.geomspace(1e3, 1e7, 64)), repeats=20),
        # What the own/rent/API view runs: both in one pass, the capacity taken from the outcome it has.
        "break_even_view_s": best_seconds(lambda: break_even_and_lines(
            h20, price, evaluate(h20).servable_cases_per_day, np.geomspace(1e3, 1e7, 64)), repeats=20),
        # The window's pass on a move (the outcome, the fleet-size and concurrency sweeps), and the
        # same with the tornado's and the break-even's rows in it, as when one of those views is in view.
        "window_pass_s": best_seconds(lambda: analyze(h20, ("gpu_count", "concurrency")), repeats=20),
        "window_pass_with_tornado_and_break_even_s": best_seconds(
            lambda: analyze(h20, ("gpu_count", "concurrency", SENSITIVITY, BREAK_EVEN)), repeats=20),
    })
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"sweep of {SWEEP_SIZE:,} scenarios: {sweep_s * 1000:.1f} ms "
              f"= {figures['evaluations_per_s']:,.0f} evaluations/s (target >= 1,000,000)")
        print(f"one scalar evaluate: {scalar_s * 1000:.3f} ms (target < 1 ms)")
        print(f"one full planner search (20,000 claims/day within 5 min): {plan_s * 1000:.1f} ms "
              f"(target <= 100 ms); cheapest: {result.plans[0].accelerator_count} x {result.plans[0].accelerator}")
        print(f"compare 8xH20 vs 8xB200 (Shapley waterfall): {figures['compare_s'] * 1000:.1f} ms; with 8 input "
              f"groups differing (256 hybrids): {figures['compare_8_groups_s'] * 1000:.1f} ms")
        print(f"sensitivity tornado: {figures['sensitivity_s'] * 1000:.1f} ms; break-even: "
              f"{figures['break_even_s'] * 1000:.2f} ms; break-even chart lines: "
              f"{figures['break_even_lines_s'] * 1000:.1f} ms; both as the view runs them (one pass): "
              f"{figures['break_even_view_s'] * 1000:.1f} ms")
        print(f"the window's pass: {figures['window_pass_s'] * 1000:.1f} ms; with the tornado's and the "
              f"break-even's rows: {figures['window_pass_with_tornado_and_break_even_s'] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
