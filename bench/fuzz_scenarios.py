"""Fuzz the scenario reader: N mutated files; every one must end as accepted or a clean ScenarioError.

Prints how many were rejected cleanly, accepted, and any other exception (must be zero), plus the
slowest case (must be < 1 s), accepted files that did not evaluate to finite figures or did not
round-trip through save and load exactly (both must be zero), and refusals that were not one
line. `--json` prints the same as one object (the first five keys are the original ones).
"""

from __future__ import annotations

import argparse
import json

from core.catalog import read_resource_text
from core.fuzzing import fuzz


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    valid = read_resource_text("scenarios", "r1-claims-8xh20.json").encode("utf-8")
    report = fuzz(valid, args.cases, seed=args.seed)
    figures = {
        "cases": report.cases,
        "rejected_cleanly": report.rejected,
        "accepted": report.accepted,
        "other_exceptions": len(report.other_exceptions),
        "slowest_case_s": report.slowest_s,
        "accepted_not_evaluating": len(report.accepted_not_evaluating),
        "accepted_not_round_tripping": len(report.accepted_not_round_tripping),
        "unclear_refusals": len(report.unclear_refusals),
        "seed": args.seed,
    }
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"{report.cases:,} cases: {report.rejected:,} rejected cleanly, {report.accepted:,} accepted, "
              f"{len(report.other_exceptions)} other exceptions")
        print(f"slowest case: {report.slowest_s * 1000:.1f} ms (limit 1000 ms): {report.slowest_case[:80]!r}")
        print(f"accepted but not evaluating: {len(report.accepted_not_evaluating)}, not round-tripping: "
              f"{len(report.accepted_not_round_tripping)}; refusals not one line: {len(report.unclear_refusals)}")
        findings = (report.other_exceptions + report.accepted_not_evaluating
                    + report.accepted_not_round_tripping + report.unclear_refusals)
        for line in findings[:20]:
            print("  " + line)
    clean = not (report.other_exceptions or report.accepted_not_evaluating
                 or report.accepted_not_round_tripping or report.unclear_refusals)
    return 0 if clean and report.slowest_s < 1.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
