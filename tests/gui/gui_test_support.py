"""Shared set-up for GUI tests: a main window whose preferences live in a temp INI,
and modal dialogs replaced by recorders (a real modal dialog would hang offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from gui.app import build_window
from gui.main_window import MainWindow
from gui.preferences import Preferences


class DialogRecorder:
    """Stands in for QMessageBox's static dialogs: records and answers."""

    def __init__(self) -> None:
        self.questions: list[str] = []
        self.warnings: list[str] = []
        self.informations: list[str] = []
        self.answer = QMessageBox.StandardButton.Cancel
        self.answers: list[QMessageBox.StandardButton] = []  # answered in turn before `answer`
        self.formats: list[Any] = []  # text format of every message box shown

    def question(self, _parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        self.questions.append(text)
        return self.answer

    def warning(self, _parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        self.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    def information(self, _parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        self.informations.append(text)
        return QMessageBox.StandardButton.Ok

    def exec_box(self, box: QMessageBox) -> QMessageBox.StandardButton:
        """A QMessageBox built by gui.plain_text: recorded by its icon, with its text format."""
        self.formats.append(box.textFormat())
        icon = box.icon()
        if icon == QMessageBox.Icon.Question:
            self.questions.append(box.text())
            answer = self.answers.pop(0) if self.answers else self.answer
            return answer
        (self.warnings if icon == QMessageBox.Icon.Warning else self.informations).append(box.text())
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    recorder = DialogRecorder()
    for name in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, getattr(recorder, name))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: recorder.exec_box(box))
    return recorder


def make_window(folder: Path, scenario_path: Path | None = None) -> MainWindow:
    settings = QSettings(str(folder / "preferences.ini"), QSettings.Format.IniFormat)
    window, messages = build_window(scenario_path, Preferences(settings))
    assert messages == []
    window.resize(1600, 1000)
    window.show()
    return window


@pytest.fixture
def window(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dialogs: DialogRecorder) -> Iterator[MainWindow]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    main_window = make_window(tmp_path)
    yield main_window
    main_window.document.undo_stack.setClean()
    main_window.close()
    main_window.deleteLater()


def settle(window: MainWindow) -> None:
    """Apply coalesced slider events now, as the zero-delay timer would."""
    window.document.flush()


def scenario_text_with(scenario: Any, old: str, new: str) -> str:
    """The scenario's JSON with one textual replacement (to craft invalid files)."""
    from core.scenario_io import scenario_to_json

    text = scenario_to_json(scenario).replace(old.replace(": ", ": "), new)
    assert new in text, f"{old!r} not found in the scenario JSON"
    return text


def on_screen_equals_fresh_render(window: Any, widget: Any) -> bool:
    """What the offscreen backing store shows of `widget` (the part in view) equals a fresh
    full render of it: a widget that repaints only what changed must not leave stale pixels."""
    visible = widget.visibleRegion().boundingRect()
    top_left = widget.mapTo(window, visible.topLeft())
    shown = window.screen().grabWindow(window.winId()).toImage().copy(
        top_left.x(), top_left.y(), visible.width(), visible.height())
    fresh = widget.grab().toImage().copy(visible.x(), visible.y(), visible.width(), visible.height())
    return bool(shown == fresh.convertToFormat(shown.format()))


TORNADO_DRAG_SLIDERS = ("pricing.electricity_price_per_kwh", "workload.cases_per_day", "workload.peak_factor")


def drag_a_slider(window: MainWindow, rng: Any) -> None:
    """One step of a drag of one of TORNADO_DRAG_SLIDERS (chosen by `rng`), applied and painted."""
    from PySide6.QtWidgets import QApplication

    from gui.slider_spin import SLIDER_STEPS

    slider = window.controls.sliders[rng.choice(TORNADO_DRAG_SLIDERS)]
    step = slider.slider.value() + rng.choice((-1, 1)) * rng.randint(3, 40)
    slider.move_slider_to(min(SLIDER_STEPS, max(0, step)))
    window.document.flush()
    QApplication.processEvents()
    QApplication.processEvents()
