"""Unsaved changes are autosaved; after a crash the next start offers them back."""

from __future__ import annotations

import subprocess
import sys

import gui_test_support
from PySide6.QtWidgets import QMessageBox

from core.recovery import find_crash_leftovers, own_recovery_path

window = gui_test_support.window
dialogs = gui_test_support.dialogs
settle = gui_test_support.settle


def test_unsaved_change_is_autosaved_and_cleared_when_clean(window, tmp_path, monkeypatch):
    monkeypatch.setenv("INFERONOMICS_DATA_DIR", str(tmp_path / "data"))
    window.controls.gpu_count.spin.setValue(24)
    window.document.end_gesture()  # typing ends (editingFinished)
    assert window.document.modified
    window.autosaver.autosave_now()
    assert own_recovery_path().exists()
    window.document.undo_stack.undo()  # back to the saved state: nothing to recover
    assert not window.document.modified
    assert not own_recovery_path().exists()


def test_crash_leftover_is_offered_and_restored_as_unsaved(window, dialogs, tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("INFERONOMICS_DATA_DIR", str(data))
    crash = (
        "import os\n"
        "from core import default_scenario\n"
        "from core.recovery import write_recovery\n"
        "write_recovery(default_scenario().updated({'hardware.accelerator_count': 40, 'name': 'Afternoon'}), None)\n"
        "os._exit(3)\n"
    )
    subprocess.run([sys.executable, "-c", crash], env={"INFERONOMICS_DATA_DIR": str(data), "PATH": "/usr/bin:/bin"},
                   check=False)
    assert len(find_crash_leftovers()) == 1
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert window.offer_crash_recovery()
    assert "Afternoon" in dialogs.questions[0]
    assert window.document.scenario.hardware.accelerator_count == 40
    assert window.document.modified  # restored work still needs saving
    assert window.controls.gpu_count.value() == 40
    assert find_crash_leftovers() == []  # offered once


def test_declined_recovery_is_not_offered_again(window, dialogs, tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("INFERONOMICS_DATA_DIR", str(data))
    crash = ("import os\nfrom core import default_scenario\nfrom core.recovery import write_recovery\n"
             "write_recovery(default_scenario(), None)\nos._exit(3)\n")
    subprocess.run([sys.executable, "-c", crash], env={"INFERONOMICS_DATA_DIR": str(data), "PATH": "/usr/bin:/bin"},
                   check=False)
    dialogs.answer = QMessageBox.StandardButton.No
    before = window.document.scenario
    assert not window.offer_crash_recovery()
    assert window.document.scenario is before
    assert not window.offer_crash_recovery()


def test_autosave_waits_for_a_drag_to_end(window, tmp_path, monkeypatch):
    monkeypatch.setenv("INFERONOMICS_DATA_DIR", str(tmp_path / "data"))
    window.controls.gpu_count.move_slider_to(700)  # a drag step: no release yet
    settle(window)
    assert window.document.modified and window.document.dragging
    window.autosaver.autosave_now()
    assert not own_recovery_path().exists()  # never a synced write mid-drag
    window.document.end_gesture()
    assert not window.document.dragging
    window.autosaver.autosave_now()
    assert own_recovery_path().exists()


def test_a_pause_ends_a_drag_that_never_releases(window, monkeypatch):
    import gui.document

    window.controls.gpu_count.move_slider_to(700)  # e.g. arrow keys: no release ever comes
    settle(window)
    assert window.document.dragging
    monkeypatch.setattr(gui.document, "DRAG_PAUSE_S", 0.0)
    assert not window.document.dragging
