"""The validation view: scatter and table of predicted vs measured, kind filter, import."""

from __future__ import annotations

import csv

import gui_test_support
from PySide6.QtWidgets import QApplication

from core.benchmark_kinds import KINDS
from gui.validation_dialog import ALL_KINDS, ValidationDialog

window = gui_test_support.window  # fixtures
dialogs = gui_test_support.dialogs


def test_view_shows_every_published_row_and_filters_by_kind(qapp) -> None:
    dialog = ValidationDialog()
    dialog.show()
    QApplication.processEvents()
    assert dialog.table.rowCount() == len(dialog.points) == 134
    assert set(dialog.scatter) == set(KINDS)
    plotted = sum(len(item.data) for item in dialog.scatter.values())
    assert plotted == sum(1 for p in dialog.points if p.predicted_output_tokens_per_s)
    assert "held out" in dialog.summary.text()
    dialog.kind_filter.setCurrentText("burst")
    bursts = [p for p in dialog.points if p.kind == "burst"]
    assert dialog.table.rowCount() == len(bursts) and set(dialog.scatter) == {"burst"}
    dialog.kind_filter.setCurrentText(ALL_KINDS)
    assert dialog.table.rowCount() == 134
    dialog.close()


def test_imported_measurements_are_predicted_and_bad_rows_named(qapp, tmp_path) -> None:
    rows = [
        {"id": "MINE1", "gpu": "h100-sxm", "gpu_count": "1", "model": "llama-3.1-8b", "weight_precision": "fp8",
         "input_tokens": "1000", "output_tokens": "500", "concurrency": "16", "kind": "closed-loop",
         "measured_output_tokens_per_s": "1500", "framework": "vLLM 0.11", "source": "my lab"},
        {"id": "MINE2", "gpu": "unknown-chip", "gpu_count": "1", "model": "llama-3.1-8b", "weight_precision": "fp8",
         "input_tokens": "1000", "output_tokens": "500", "concurrency": "16", "kind": "closed-loop",
         "measured_output_tokens_per_s": "1500", "framework": "vLLM 0.11", "source": "my lab"},
    ]
    path = tmp_path / "mine.csv"
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    dialog = ValidationDialog()
    dialog.load_text(path.read_text(), path.name)
    assert dialog.table.rowCount() == 2
    texts = {dialog.table.item(r, 0).text(): dialog.table.item(r, 6).text() for r in range(2)}
    assert texts["MINE1"].endswith("%") and "unknown-chip" in texts["MINE2"]
    assert "1 rows could not be predicted" in dialog.summary.text()
    dialog.load_builtin()
    assert dialog.table.rowCount() == 134
    dialog.close()


def test_menu_opens_the_view(window) -> None:
    window.show_validation()
    QApplication.processEvents()
    assert window.validation_dialog.isVisible()
    window.validation_dialog.close()


def test_a_vllm_result_is_imported_recalibrated_into_a_profile_and_chosen_for_the_scenario(
    window, tmp_path, monkeypatch
) -> None:
    from pathlib import Path

    from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

    from gui import validation_dialog as module

    monkeypatch.setenv("INFERONOMICS_DATA_DIR", str(tmp_path))
    fixture = Path(__file__).parents[1] / "core" / "fixtures" / "benchmarks" / "vllm-bench-serve.json"
    monkeypatch.setattr(module.QFileDialog, "getOpenFileName", lambda *a, **k: (str(fixture), ""))
    monkeypatch.setattr(module.BenchmarkSetupDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("lab", True))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    window.show_validation()
    dialog = window.validation_dialog
    assert not dialog.recalibrate_button.isEnabled()
    dialog.import_button.click()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 4).text() != "—"
    assert dialog.recalibrate_button.isEnabled()
    dialog.recalibrate_button.click()
    assert shown and "Profile 'lab'" in shown[0]
    assert "profile 'lab'" in dialog.summary.text()
    index = dialog.profile_choice.findData("lab")
    assert index > 0
    dialog.profile_choice.setCurrentIndex(index)
    dialog.profile_choice.activated.emit(index)
    window.document.flush()
    assert window.document.scenario.serving.calibration_profile == "lab"
    window.document.undo_stack.undo()
    assert window.document.scenario.serving.calibration_profile is None
    # Refitting into the same name asks first (scenarios using it would change); refused, nothing is
    # written. Accepted, the source is named with its profile once, not once per refit.
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text: asked.append(text)
                        or QMessageBox.StandardButton.No)
    shown.clear()
    dialog.recalibrate_button.click()
    assert asked and "'lab' exists" in asked[0] and not shown
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog.recalibrate_button.click()
    assert shown and dialog.summary.text().count("profile 'lab'") == 1
    # The window takes a new theme while it is open.
    window._set_theme("dark")
    assert dialog.palette().color(dialog.backgroundRole()).lightness() < 128
    window._set_theme("light")
    dialog.close()


def test_a_profile_the_scenario_names_but_this_machine_lacks_is_marked_as_missing(window, tmp_path, monkeypatch):
    """Its figures come from the built-in calibration: the picker and the compare table say so."""
    from gui.views.compare_labels import setting_text

    monkeypatch.setenv("INFERONOMICS_DATA_DIR", str(tmp_path))
    scenario = window.document.scenario.updated({"serving.calibration_profile": "gone"})
    assert "missing" in setting_text(scenario, "serving.calibration_profile")
    window.document.replace(scenario, None)
    window.show_validation()
    dialog = window.validation_dialog
    assert "missing" in dialog.profile_choice.currentText() and dialog.profile_choice.currentData() == "gone"
    dialog.close()
