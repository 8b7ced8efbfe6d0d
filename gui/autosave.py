"""Autosave of unsaved changes every few seconds, and the offer to restore after a crash.

Writing and finding recovery files is core's job (core.recovery); this module only
times it and asks the user.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from core import ScenarioError
from core.recovery import RecoveredScenario, clear_recovery, discard, find_crash_leftovers, write_recovery
from gui.document import ScenarioDocument

AUTOSAVE_INTERVAL_MS = 5_000
DRAG_RETRY_MS = 500  # a due autosave waits this long for a drag to end, then looks again


class Autosaver(QObject):
    """Keeps the user data folder's recovery file in step with the unsaved document."""

    def __init__(self, document: ScenarioDocument, parent: QObject | None = None,
                 interval_ms: int = AUTOSAVE_INTERVAL_MS) -> None:
        super().__init__(parent)
        self.document = document
        self.last_error = ""
        self._written_for: object = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.autosave_now)
        self._timer.start()
        document.modifiedChanged.connect(self._modified_changed)

    def autosave_now(self) -> None:
        if not self.document.modified:
            return
        if self.document.dragging:
            # A synced write can take tens of milliseconds on a slow disk: never mid-drag.
            QTimer.singleShot(DRAG_RETRY_MS, self.autosave_now)
            return
        scenario = self.document.scenario
        if scenario is self._written_for:
            return  # nothing new since the last autosave
        path = self.document.path
        try:
            write_recovery(scenario, str(path) if path else None)
            self._written_for = scenario
        except (ScenarioError, OSError) as error:
            self.last_error = str(error)  # autosave must never interrupt the user

    def _modified_changed(self, modified: bool) -> None:
        if not modified:
            self.discard_autosave()

    def discard_autosave(self) -> None:
        """The document is saved, discarded or closed cleanly: no recovery needed."""
        self._written_for = None
        try:
            clear_recovery()
        except OSError as error:
            self.last_error = str(error)

    def stop(self) -> None:
        self._timer.stop()
        self.discard_autosave()


def _describe(recovered: RecoveredScenario) -> str:
    when = time.strftime("%Y-%m-%d %H:%M", time.localtime(recovered.saved_at_epoch_s))
    where = Path(recovered.source_path).name if recovered.source_path else "an unsaved scenario"
    return f"“{recovered.scenario.name}” ({where}), autosaved {when}"


def offer_crash_recovery(window: QWidget, document: ScenarioDocument) -> bool:
    """After a crash, ask to restore the newest autosave. True when one was restored."""
    leftovers = find_crash_leftovers()
    if not leftovers:
        return False
    newest = leftovers[0]
    answer = QMessageBox.question(
        window,
        "Restore unsaved changes?",
        "Inferonomics did not close normally last time. Restore the unsaved changes of "
        f"{_describe(newest)}?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    for recovered in leftovers:
        discard(recovered)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    source = Path(newest.source_path) if newest.source_path else None
    document.restore_unsaved(newest.scenario, source)
    return True
