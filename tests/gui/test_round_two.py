"""Issue 13 in the app: opening is a transaction, a failing file at start-up is a notice,
crash recovery offers every leftover once and never trusts an autosave's path, and text
from files is never rendered as HTML. Each test failed on the code before."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import gui_test_support
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core import ScenarioError, default_scenario, load_scenario, save_scenario
from core.catalog import load_catalog
from core.recovery import find_crash_leftovers
from core.scenario_io import scenario_to_json
from gui.app import build_window
from gui.preferences import Preferences

window = gui_test_support.window
dialogs = gui_test_support.dialogs
settle = gui_test_support.settle

HOSTILE = '<a href="https://evil.example/">click</a><img src="/etc/hostname">'


def _engine_refuses(path: Path) -> Path:
    data = json.loads(scenario_to_json(default_scenario()))
    chip = load_catalog().accelerator("h20").model_dump(mode="json")
    chip["dense_tflops"] = {}
    data["hardware"]["custom_accelerator"] = chip
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _edit(window) -> None:
    window.controls.output_tokens.spin.setValue(999)
    settle(window)
    window.document.end_gesture()


def test_opening_a_file_the_engine_refuses_changes_nothing(window, dialogs, tmp_path):
    saved = tmp_path / "mine.json"
    assert window.files.save_to(saved)
    _edit(window)
    before, steps = window.document.scenario, window.document.undo_stack.count()
    assert window.files.open_path(_engine_refuses(tmp_path / "bad.json"), ask=False) is False
    assert len(dialogs.warnings) == 1 and "bad.json" in dialogs.warnings[0]
    assert window.document.scenario == before
    assert window.document.path == saved  # Ctrl+S still saves to the user's file
    assert window.document.modified  # closing still asks
    assert window.document.undo_stack.count() == steps


def test_replace_is_a_transaction_even_when_only_the_engine_fails(window, dialogs, tmp_path, monkeypatch):
    import gui.document

    _edit(window)
    before, steps = window.document.scenario, window.document.undo_stack.count()
    path = tmp_path / "fine.json"
    save_scenario(default_scenario().updated({"hardware.accelerator_count": 16}), path)

    def refuse(_scenario, **_options):
        raise ScenarioError("the engine cannot evaluate this scenario (test)")

    monkeypatch.setattr(gui.document, "checked_analysis", refuse)
    assert window.files.open_path(path, ask=False) is False
    assert window.document.scenario == before and window.document.path is None
    assert window.document.modified and window.document.undo_stack.count() == steps


def test_a_failing_file_on_the_command_line_starts_on_a_new_scenario(qapp, tmp_path, dialogs):
    settings = QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat)
    main_window, messages = build_window(_engine_refuses(tmp_path / "bad.json"), Preferences(settings))
    try:
        assert len(messages) == 1 and messages[0].startswith("bad.json: ")
        assert main_window.document.path is None and not main_window.document.modified
    finally:
        main_window.close()
        main_window.deleteLater()


def _crash(data: Path, count: int, source: str | None = None) -> None:
    script = (
        "import os, sys\n"
        "from core import default_scenario\n"
        "from core.recovery import write_recovery\n"
        f"write_recovery(default_scenario().updated({{'hardware.accelerator_count': {count}, "
        f"'name': 'Crash {count}'}}), {source!r})\n"
        "os._exit(3)\n"
    )
    subprocess.run([sys.executable, "-c", script], env={"INFERONOMICS_DATA_DIR": str(data), "PATH": "/usr/bin:/bin"},
                   check=False)


def test_every_leftover_is_offered_once_and_bad_ones_are_named(window, dialogs, tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("INFERONOMICS_DATA_DIR", str(data))
    _crash(data, 16)
    _crash(data, 24)
    (data / "autosave" / "recovery-7-broken.json").write_text('{"format": "inferonomics-recovery", "scenario": 1e999}')
    elsewhere = tmp_path / "second.inferonomics.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(elsewhere), ""))
    dialogs.answers = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Save]
    assert window.offer_crash_recovery()
    assert len(dialogs.informations) == 1 and "recovery-7-broken.json" in dialogs.informations[0]
    assert len(dialogs.questions) == 2  # both leftovers offered, neither deleted unseen
    restored = window.document.scenario.hardware.accelerator_count
    assert restored in (16, 24)
    assert load_scenario(elsewhere).hardware.accelerator_count == 40 - restored
    assert find_crash_leftovers() == []  # offered once
    assert not window.offer_crash_recovery()


def test_a_restored_document_never_saves_to_the_autosaves_source_path(window, dialogs, tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("INFERONOMICS_DATA_DIR", str(data))
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    _crash(data, 16, str(victim))
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert window.offer_crash_recovery()
    assert window.document.path is None and window.document.modified
    asked: list[str] = []

    def save_dialog(*_args, **_kwargs):
        asked.append("save as")
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    assert window.files.save() is False  # Ctrl+S asks where: the user chooses the path
    assert asked == ["save as"] and victim.read_text() == "precious"


def test_file_text_is_never_rendered_as_html(window, dialogs, tmp_path):
    bad = tmp_path / "hostile.json"
    data = json.loads(scenario_to_json(default_scenario()))
    data["hardware"]["accelerator_id"] = HOSTILE
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert window.files.open_path(bad, ask=False) is False
    assert dialogs.warnings and HOSTILE[:20] in dialogs.warnings[-1]
    assert dialogs.formats and set(dialogs.formats) == {Qt.TextFormat.PlainText}

    hostile_case = tmp_path / "case.json"
    save_scenario(default_scenario().updated({"workload.case_name": "<b>x</b><img src='/etc/x.png'>",
                                              "workload.cases_per_day": 1e7}), hostile_case)
    assert window.files.open_path(hostile_case, ask=False)
    window.charts.ensure_built()
    cost = window.results.cost.title
    assert "<img" in cost.text() and not cost._rich()
    assert "<img" not in window.results.warnings.toolTip() or "&lt;img" in window.results.warnings.toolTip()
    for chart in window.charts.charts:
        for side in ("bottom", "left"):
            label = chart.plot.getAxis(side).labelText
            assert "<img" not in label and "<b>" not in label


def test_saving_over_a_file_changed_on_disk_asks_first(window, dialogs, tmp_path):
    path = tmp_path / "shared.json"
    save_scenario(default_scenario(), path)
    assert window.files.open_path(path, ask=False)
    _edit(window)
    assert window.files.save()  # unchanged on disk: no question
    assert dialogs.questions == []

    other_window = default_scenario().updated({"hardware.accelerator_count": 64})
    save_scenario(other_window, path)  # another window (or program) saves the same file
    _edit(window)
    window.controls.output_tokens.spin.setValue(777)
    settle(window)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert window.files.save() is False
    assert len(dialogs.questions) == 1 and "changed on disk" in dialogs.questions[0]
    assert load_scenario(path).hardware.accelerator_count == 64  # the other writer's work is kept
    dialogs.answer = QMessageBox.StandardButton.Save
    assert window.files.save()
    assert load_scenario(path).workload.output_tokens_per_call == 777
