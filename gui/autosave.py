"""Autosave of unsaved changes every few seconds, and the offer to restore after a crash.

Writing and finding recovery files is core's job (core.recovery); this module only
times it and asks the user.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QWidget

from core import ScenarioError, save_scenario
from core.recovery import RecoveredScenario, clear_recovery, discard, release, scan_leftovers, write_recovery
from gui.document import ScenarioDocument
from gui.formatting import error_words
from gui.language import translate
from gui.plain_text import Button, ask, inform, warn

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
    when = translate("Autosave", "an unknown time")
    with contextlib.suppress(ValueError, OverflowError, OSError):
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(recovered.saved_at_epoch_s))
    where = translate("Autosave", "an unsaved scenario")
    if recovered.source_path:
        where = translate("Autosave", "was editing {name}").format(name=Path(recovered.source_path).name)
    return translate("Autosave", "“{name}” ({where}), autosaved {when}").format(
        name=recovered.scenario.name, where=where, when=when)


def _save_elsewhere(window: QWidget, recovered: RecoveredScenario) -> bool:
    """Save a second recovered scenario to a file the user chooses (this window holds one)."""
    suggested = "".join(ch if ch.isalnum() or ch in " -_." else "-" for ch in recovered.scenario.name).strip()
    chosen, _ = QFileDialog.getSaveFileName(
        window, translate(
            "Autosave", "Save the recovered scenario as"), (suggested or "recovered") + ".inferonomics.json",
        translate("FileActions", "Inferonomics scenarios (*.inferonomics.json *.json);;All files (*)"),
    )
    if not chosen:
        return False
    try:
        save_scenario(recovered.scenario, Path(chosen))
    except ScenarioError as error:
        warn(window, translate("Autosave", "Could not save the recovered scenario"), error_words(error))
        return False
    return True


def offer_crash_recovery(window: QWidget, document: ScenarioDocument) -> bool:
    """After a crash, offer every readable leftover once; name the unreadable ones (moved
    aside, not deleted). True when one was restored into this window.

    The restored document has no file: its path is only what the user then chooses
    (an autosave's `source_path` is shown, never used to save)."""
    scan = scan_leftovers()
    if scan.set_aside:
        inform(window, translate("Autosave", "Some autosaved work could not be read"),
               translate("Autosave", "These autosave files could not be read and were kept aside (not deleted):")
               + "\n"
               + "\n".join(str(path) for path in scan.set_aside))
    restored = False
    for recovered in scan.found:
        keep = False
        if not restored:
            answer = ask(
                window, translate("Autosave", "Restore unsaved changes?"),
                translate("Autosave", "Inferonomics did not close normally last time. Restore the unsaved changes "
                          "of {what}?").format(what=_describe(recovered)),
                Button.Yes | Button.No, Button.Yes,
            )
            if answer == Button.Yes:
                try:
                    document.restore_unsaved(recovered.scenario, None)
                    restored = True
                except ScenarioError as error:
                    warn(window, translate("Autosave", "Could not restore the scenario"), error_words(error))
                    keep = True
        else:
            answer = ask(
                window, translate("Autosave", "More unsaved changes"),
                translate("Autosave", "Another scenario was recovered too: {what}. This window shows the one "
                          "restored first. Save this one to a file so it is not lost?").format(
                              what=_describe(recovered)),
                Button.Save | Button.Discard, Button.Save,
            )
            keep = answer == Button.Save and not _save_elsewhere(window, recovered)
        if keep:
            release(recovered)  # not lost: offered again next time
        else:
            discard(recovered)
    return restored
