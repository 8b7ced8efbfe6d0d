"""Monkey test: thousands of random user actions with a fixed seed.

Fails on any exception reaching the event loop (pytest-qt turns exceptions raised in
Qt slots into failures) and on any NaN or infinity shown to the user.
"""

from __future__ import annotations

import random
import re

import gui_test_support
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from core import save_scenario
from core.scenario_io import builtin_scenario_names
from gui.fixed_label import FixedLinesLabel

window = gui_test_support.window
dialogs = gui_test_support.dialogs

ACTIONS = 2_000
NOT_A_NUMBER = re.compile(r"\b(nan|inf|infinity)\b", re.IGNORECASE)


def _shown_texts(main_window) -> list[str]:
    labels = [*main_window.findChildren(QLabel), *main_window.findChildren(FixedLinesLabel)]
    return [label.text() for label in labels if label.isVisible()]


def test_random_use_never_crashes_or_shows_nan(window, dialogs, tmp_path, qtbot):
    rng = random.Random(20261129)
    controls = window.controls
    document = window.document
    sliders = list(controls.sliders.values())
    combos = [controls.accelerator, controls.model, controls.weight_precision, controls.kv_precision,
              controls.mode, controls.stack, controls.tensor_parallel]
    examples = builtin_scenario_names()
    dialogs.answer = QMessageBox.StandardButton.Discard
    saved = tmp_path / "monkey.inferonomics.json"
    counts: dict[str, int] = {}
    for action in range(ACTIONS):
        roll = rng.random()
        if roll < 0.45:
            kind = "slider"
            slider = rng.choice(sliders)
            slider.move_slider_to(rng.randint(0, slider.slider.maximum()))
            if rng.random() < 0.3:
                slider.editFinished.emit()
        elif roll < 0.70:
            kind = "picker"
            combo = rng.choice(combos)
            if combo.count():
                combo.setCurrentIndex(rng.randrange(combo.count()))
        elif roll < 0.78:
            kind = "operating-point"
            controls.concurrency_mode.setCurrentIndex(rng.randrange(controls.concurrency_mode.count()))
        elif roll < 0.86:
            kind = "undo"
            document.flush()
            (document.undo_stack.undo if rng.random() < 0.6 else document.undo_stack.redo)()
        elif roll < 0.90:
            kind = "catalog-price"
            controls.catalog_price.click()
        elif roll < 0.94:
            kind = "example"
            window.files.open_example(rng.choice(examples))
        elif roll < 0.97:
            kind = "save"
            document.flush()
            save_scenario(document.scenario, saved)
        else:
            kind = "open"
            if saved.exists():
                window.files.open_path(saved)
        counts[kind] = counts.get(kind, 0) + 1
        document.flush()
        QApplication.processEvents()
        if action % 10 == 0:
            bad = [text for text in _shown_texts(window) if NOT_A_NUMBER.search(text)]
            assert not bad, f"action {action} ({kind}) shows {bad}"
            outcome = document.outcome
            for name, value in outcome.model_dump().items():
                if isinstance(value, float):
                    assert value == value and abs(value) != float("inf"), (action, kind, name)
    assert sum(counts.values()) == ACTIONS
    assert all(counts.get(kind, 0) > 20 for kind in ("slider", "picker", "undo", "example", "save", "open"))
    assert dialogs.warnings == [], dialogs.warnings[:3]
