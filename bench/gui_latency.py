"""GUI latency: from a slider's value change to the last chart painted.

Offscreen; builds the main window on the default scenario and performs hundreds of
slider moves across every slider. Each move is timed through: the slider's signal,
the document's coalesced flush (evaluate + vectorized sweeps), Qt event processing,
and a forced synchronous repaint of the result cards and every chart.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_latency.py [--moves 600] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from gui.app import SCREENSHOT_SIZE, build_window
from gui.preferences import Preferences
from gui.slider_spin import SLIDER_STEPS


def measure(moves: int, seed: int = 7) -> list[float]:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
        window, _ = build_window(None, Preferences(settings))
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        app.processEvents()
        document = window.document
        controls = window.controls
        controls.max_concurrency.click()  # a numeric concurrency so its slider is live
        app.processEvents()
        sliders = list(controls.sliders.values())
        painted = [window.results, *(chart.plot_widget for chart in window.charts.charts)]
        rng = random.Random(seed)
        timings_ms: list[float] = []
        for move in range(moves):
            slider = sliders[move % len(sliders)]
            current = slider.slider.value()
            step = min(SLIDER_STEPS, max(0, current + rng.choice((-1, 1)) * rng.randint(5, 60)))
            start = time.perf_counter()
            slider.move_slider_to(step)
            document.flush()
            app.processEvents()
            for widget in painted:
                widget.repaint()
            timings_ms.append((time.perf_counter() - start) * 1000)
            if move % len(sliders) == len(sliders) - 1:
                document.end_gesture()
        window.hide()
    return timings_ms


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--moves", type=int, default=540, help="slider moves to time (default 540)")
    parser.add_argument("--json", action="store_true", help="print only a JSON summary")
    args = parser.parse_args(argv)
    timings = measure(max(1, args.moves))
    summary = {
        "p50_ms": round(percentile(timings, 0.50), 2),
        "p95_ms": round(percentile(timings, 0.95), 2),
        "max_ms": round(max(timings), 2),
        "updates": len(timings),
    }
    if args.json:
        print(json.dumps(summary))
    else:
        print(
            f"{summary['updates']} slider moves, value change → last chart painted: "
            f"p50 {summary['p50_ms']} ms, p95 {summary['p95_ms']} ms, max {summary['max_ms']} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
