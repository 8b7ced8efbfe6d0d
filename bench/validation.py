"""Validation speed and accuracy: predict all published measurements like for like.

Times `run_validation()` over resources/validation/measurements.csv (every row, all kinds,
one vectorized pass after one scenario is resolved per row), cold (first call in the
process: catalogs and the CSV are read) and warm (best of several), and prints the
in-sample and stored leave-one-source-out figures. Target: < 1 s for all rows.
--json for machines.
"""

from __future__ import annotations

import argparse
import json
import os
import time

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from core.validation import run_validation  # noqa: E402
from core.validation_summary import summary_of  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()

    start = time.perf_counter()
    points = run_validation()
    cold_s = time.perf_counter() - start
    warm = []
    for _ in range(args.repeats):
        start = time.perf_counter()
        run_validation()
        warm.append(time.perf_counter() - start)
    summary = summary_of(points, builtin=True)
    result = {
        "rows": len(points),
        "validate_cold_s": cold_s,
        "validate_warm_s": min(warm),
        "target_s": 1.0,
        "median_ape": summary["median_ape"],
        "within_30_percent_share": summary["within_30_percent_share"],
        "median_ape_cross_validated": summary.get("median_ape_cross_validated"),
        "per_kind": {kind: figures["median_ape"] for kind, figures in summary["per_kind"].items()},
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"validate over {result['rows']} rows: cold {cold_s * 1000:.0f} ms, warm {min(warm) * 1000:.1f} ms "
          f"(target < 1 s)")
    print(f"in-sample median abs error {100 * result['median_ape']:.1f}%, "
          f"within ±30% {100 * result['within_30_percent_share']:.0f}%")
    if result["median_ape_cross_validated"] is not None:
        print(f"leave-one-source-out median abs error {100 * result['median_ape_cross_validated']:.1f}%")


if __name__ == "__main__":
    main()
