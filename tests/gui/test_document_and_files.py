"""Undo/redo, open → save → open, unsaved-changes prompt, corrupt files, title."""

from __future__ import annotations

import gui_test_support
import pytest
from PySide6.QtWidgets import QMessageBox

from core import load_scenario

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs
settle = gui_test_support.settle


def test_one_slider_drag_is_one_undo_step_and_undo_redo_restore(window):
    document = window.document
    slider = window.controls.gpu_count
    for step in (500, 560, 620, 700):  # one drag: many values
        slider.move_slider_to(step)
        settle(window)
    dragged_to = document.scenario.hardware.accelerator_count
    assert dragged_to > 8
    slider.editFinished.emit()  # released
    assert document.undo_stack.count() == 1
    window.controls.utilization.spin.setValue(80)
    settle(window)
    window.controls.utilization.editFinished.emit()
    assert document.undo_stack.count() == 2

    assert document.scenario.workload.load_driver == "utilization"
    assert document.outcome.fleet_utilization == pytest.approx(0.8)
    document.undo_stack.undo()
    # Back to the demand driving the load: the utilization slider shows what follows from it.
    assert document.scenario.workload.load_driver == "cases_per_day"
    assert document.scenario.workload.utilization == pytest.approx(0.5)
    assert window.controls.utilization.value() == pytest.approx(document.outcome.fleet_utilization * 100, abs=0.5)
    document.undo_stack.undo()
    assert document.scenario.hardware.accelerator_count == 8
    assert window.controls.gpu_count.value() == 8
    assert window.charts.cost_vs_gpus.marker.getData()[0][0] == pytest.approx(0.90309, abs=1e-4)  # log10(8)
    assert not document.modified
    document.undo_stack.redo()
    assert document.scenario.hardware.accelerator_count == dragged_to
    assert document.modified


def test_open_save_open_round_trip_keeps_the_scenario(window, tmp_path):
    window.controls.input_tokens.spin.setValue(12_345)
    settle(window)
    window.controls.weight_precision.setCurrentIndex(window.controls.weight_precision.findData("int4"))
    settle(window)
    edited = window.document.scenario
    path = tmp_path / "claims.json"
    assert window.files.save_to(path)
    assert not window.document.modified
    assert load_scenario(path) == edited
    assert window.windowTitle() == "Inferonomics — claims.json[*]"

    window.files.new()
    assert window.document.scenario != edited
    assert window.files.open_path(path)
    assert window.document.scenario == edited
    assert window.document.path == path
    assert window.controls.input_tokens.value() == 12_345
    assert window.controls.weight_precision.currentData() == "int4"
    assert str(path.resolve()) in [str(p) for p in window.preferences.recent_files]


def test_unsaved_changes_prompt_cancel_keeps_the_document(window, dialogs):
    window.controls.calls_per_case.spin.setValue(7)
    settle(window)
    assert window.document.modified and window.isWindowModified()
    kept = window.document.scenario
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert window.files.new() is False
    assert len(dialogs.questions) == 1 and "not saved" in dialogs.questions[0]
    assert window.document.scenario == kept
    assert window.document.modified

    dialogs.answer = QMessageBox.StandardButton.Discard
    assert window.files.open_example("r1-claims-8xb200") is True
    assert window.document.scenario.hardware.accelerator_id == "b200"
    assert not window.document.modified


def test_close_with_unsaved_changes_can_be_cancelled(window, dialogs):
    window.controls.calls_per_case.spin.setValue(9)
    settle(window)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    window.close()
    assert window.isVisible()
    assert dialogs.questions


def test_corrupt_file_shows_plain_error_and_keeps_document(window, dialogs, tmp_path):
    window.controls.output_tokens.spin.setValue(999)
    settle(window)
    before = window.document.scenario
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "inferonomics-scenario", "schema_version": 1, ', encoding="utf-8")
    assert window.files.open_path(broken, ask=False) is False
    assert len(dialogs.warnings) == 1
    assert "broken.json" in dialogs.warnings[0] and "not valid JSON" in dialogs.warnings[0]
    assert window.document.scenario == before
    assert window.document.path is None

    wrong_value = tmp_path / "wrong.json"
    text = gui_test_support.scenario_text_with(before, '"utilization": 0.5', '"utilization": 7')
    wrong_value.write_text(text, encoding="utf-8")
    assert window.files.open_path(wrong_value, ask=False) is False
    assert "workload.utilization" in dialogs.warnings[1]
    assert window.document.scenario == before


def test_title_names_scenario_and_marks_unsaved(window):
    assert window.windowTitle().startswith("Inferonomics — ")
    assert window.windowTitle().endswith("[*]")
    assert not window.isWindowModified()
    window.controls.cases_per_day.spin.setValue(1234)
    settle(window)
    assert window.isWindowModified()


def test_rejected_change_keeps_scenario_and_says_why(window):
    messages = []
    window.document.changeRejected.connect(messages.append)
    before = window.document.scenario
    window.document.request_change({"workload.utilization": 3.0}, "bad")
    settle(window)
    assert window.document.scenario == before
    assert messages and "workload.utilization" in messages[0]
