"""Memory over a long slider drag: RSS of the app (main window, charts built) before and after
N drag steps, and after File > New. Linux (reads /proc/self/statm). `--json` prints one object.

Before issue 13's fix every merged undo command stayed referenced: ~6.7 MB per 1,000 steps.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import tempfile
import time


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", type=int, default=6_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not os.path.exists("/proc/self/statm"):
        print(json.dumps({"skipped": "reads RSS from /proc (Linux)"}) if args.json else "skipped: needs /proc (Linux)")
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["INFERONOMICS_DATA_DIR"] = tempfile.mkdtemp(prefix="inferonomics-soak-")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from gui.app import build_window
    from gui.preferences import Preferences

    settings = QSettings(os.path.join(tempfile.mkdtemp(), "preferences.ini"), QSettings.Format.IniFormat)
    window, _ = build_window(None, Preferences(settings))
    window.resize(1600, 1000)
    window.show()
    window.charts.ensure_built()
    app.processEvents()
    document = window.document
    gc.collect()
    start_mb = _rss_mb()
    samples = []
    began = time.perf_counter()
    for step in range(args.steps):
        document.request_change({"workload.output_tokens_per_call": 1000 + (step * 7) % 900 + 1}, "Output tokens",
                                merge_key="out")
        document.flush()
        if step % 20 == 0:
            app.processEvents()
        if step % 1_000 == 999:
            gc.collect()
            samples.append(round(_rss_mb(), 1))
    document.end_gesture()
    elapsed = time.perf_counter() - began
    gc.collect()
    end_mb = _rss_mb()
    document.replace(document.scenario, None)  # what File > New does to the history
    gc.collect()
    figures = {
        "steps": args.steps,
        "rss_start_mb": round(start_mb, 1),
        "rss_end_mb": round(end_mb, 1),
        "rss_growth_mb": round(end_mb - start_mb, 1),
        "rss_after_new_mb": round(_rss_mb(), 1),
        "rss_every_1000_steps_mb": samples,
        "seconds": round(elapsed, 1),
    }
    if args.json:
        print(json.dumps(figures))
    else:
        print(f"{args.steps:,} drag steps in {elapsed:.1f} s: RSS {start_mb:.1f} -> {end_mb:.1f} MB "
              f"({end_mb - start_mb:+.1f} MB); after File > New {figures['rss_after_new_mb']} MB")
    window.document.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
