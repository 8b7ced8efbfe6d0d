"""Report speed: the PDF of every built-in example, from the scenario to the written file.

Per scenario: report_data (evaluate, sweeps, sensitivity) + write_report (layout, the two
charts drawn as vectors, the PDF written). The first report in the process also imports
pyqtgraph and builds fonts (`first_report_s`); the figures per scenario are warm. Also the
`inferonomics-cli report` command end to end (a fresh process: Python, Qt and the report).
Target: ≤ 3 s for one scenario. --json for machines.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from core.report_data import report_data
from core.scenario_io import builtin_scenario, builtin_scenario_names
from gui.report.pdf import write_report

TARGET_S = 3.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    names = builtin_scenario_names() + builtin_scenario_names("article")
    folder = Path(tempfile.mkdtemp(prefix="inferonomics-bench-report-"))
    per_scenario: dict[str, float] = {}
    pages: dict[str, int] = {}
    first_s = None
    for name in names:
        start = time.perf_counter()
        written = write_report(report_data(builtin_scenario(name)), folder / f"{name.replace('/', '-')}.pdf")
        seconds = time.perf_counter() - start
        if first_s is None:
            first_s = seconds
            start = time.perf_counter()  # once more, warm
            written = write_report(report_data(builtin_scenario(name)), folder / "warm.pdf")
            seconds = time.perf_counter() - start
        per_scenario[name] = seconds
        pages[name] = written.pages
    cli = str(Path(sys.executable).with_name("inferonomics-cli"))
    scenario = Path(__file__).resolve().parent.parent / "resources" / "scenarios" / "r1-claims-8xh20.json"
    start = time.perf_counter()
    subprocess.run([cli, "report", str(scenario), "--pdf", str(folder / "cli.pdf")], check=True,
                   capture_output=True)
    cli_s = time.perf_counter() - start
    del app
    result = {
        "report_s": per_scenario,
        "report_max_s": max(per_scenario.values()),
        "first_report_s": first_s,
        "cli_report_s": cli_s,
        "pages": pages,
        "target_s": TARGET_S,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    for name, seconds in per_scenario.items():
        print(f"{name:<32} {seconds * 1000:6.0f} ms  {pages[name]} pages")
    print(f"slowest {result['report_max_s']:.2f} s; first in the process {first_s:.2f} s; "
          f"inferonomics-cli report end to end {cli_s:.2f} s (target ≤ {TARGET_S:g} s)")


if __name__ == "__main__":
    main()
