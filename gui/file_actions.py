"""New, Open, Save, Save As, Recent files, Examples and drops: the document's life on disk.

Every file problem is shown in plain words (the engine's ScenarioError message) and
the document on screen is never lost: it is replaced only after a new one loaded.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from core import ScenarioError, save_scenario
from core.scenario_io import builtin_scenario, load_scenario_with_notices
from core.translations import QT_TRANSLATE_NOOP
from gui.document import ScenarioDocument
from gui.formatting import error_words
from gui.language import translate
from gui.new_scenario import new_scenario
from gui.plain_text import Button, ask, inform, warn
from gui.preferences import Preferences

SUFFIX = ".inferonomics.json"  # Save As suggests it; Open takes any .json
FILE_FILTER = QT_TRANSLATE_NOOP("FileActions", "Inferonomics scenarios (*.inferonomics.json *.json);;All files (*)")


class FileActions(QObject):
    recentFilesChanged = Signal()

    def __init__(self, window: QWidget, document: ScenarioDocument, preferences: Preferences) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.preferences = preferences
        # The document's file as it was when opened or last saved here (see save_to).
        self._disk_state: tuple[Path, tuple[int, ...]] | None = None
        document.pathChanged.connect(self._remember_disk_state)

    # --- guarding unsaved work ------------------------------------------------------------
    def may_discard_changes(self) -> bool:
        """True when it is fine to replace the document (saved, discarded, or unchanged)."""
        self.document.flush()
        if not self.document.modified:
            return True
        answer = ask(
            self.window,
            translate("FileActions", "Unsaved changes"),
            translate("FileActions", "“{name}” has changes that are not saved. Save them first?").format(
                name=self.document.display_name()),
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    # --- actions --------------------------------------------------------------------
    def new(self) -> bool:
        if not self.may_discard_changes():
            return False
        self.document.replace(new_scenario(self.preferences.currency), None)
        return True

    def open(self) -> bool:
        if not self.may_discard_changes():
            return False
        start = str(self.document.path.parent) if self.document.path else ""
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, translate("FileActions", "Open scenario"), start, translate("FileActions", FILE_FILTER))
        return bool(chosen) and self.open_path(Path(chosen), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Load `path`; on any problem show why and keep the current document."""
        if ask and not self.may_discard_changes():
            return False
        try:
            scenario, notices = load_scenario_with_notices(path)
            self.document.replace(scenario, path)  # a transaction: unchanged if the engine refuses
        except ScenarioError as error:
            self.show_error(translate("FileActions", "Could not open the scenario"),
                            f"{path.name}: {error_words(error)}")
            return False
        self.preferences.add_recent_file(path)
        self.recentFilesChanged.emit()
        if notices:
            inform(self.window, translate("FileActions", "About this file"), "\n\n".join(map(error_words, notices)))
        return True

    def open_example(self, name: str) -> bool:
        if not self.may_discard_changes():
            return False
        try:
            scenario = builtin_scenario(name)
        except ScenarioError as error:
            self.show_error(translate("FileActions", "Could not open the example"), error_words(error))
            return False
        self.document.replace(scenario, None)
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        suggested = self.document.path or Path(self._file_stem() + SUFFIX)
        chosen, _ = QFileDialog.getSaveFileName(
            self.window, translate(
                "FileActions", "Save scenario as"), str(suggested), translate("FileActions", FILE_FILTER))
        if not chosen:
            return False
        path = Path(chosen)
        if not path.suffix:
            path = path.with_name(path.name + SUFFIX)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        self.document.flush()
        if not self._may_overwrite(path):
            return False
        try:
            save_scenario(self.document.scenario, path)
        except ScenarioError as error:
            self.show_error(translate("FileActions", "Could not save the scenario"), error_words(error))
            return False
        self.document.mark_saved(path)
        self._remember_disk_state(path)  # also when the path did not change (no pathChanged)
        self.preferences.add_recent_file(path)
        self.recentFilesChanged.emit()
        return True

    # --- the file on disk ------------------------------------------------------------------
    @staticmethod
    def _disk_signature(path: Path) -> tuple[int, ...] | None:
        try:
            info = path.stat()
        except OSError:
            return None
        return (info.st_mtime_ns, info.st_size, info.st_ino, info.st_dev)

    def _remember_disk_state(self, path: Path | None) -> None:
        signature = self._disk_signature(path) if path is not None else None
        self._disk_state = (path, signature) if path is not None and signature is not None else None

    def _may_overwrite(self, path: Path) -> bool:
        """Saving over the document's own file: if another program or window changed it since
        it was opened (or saved) here, ask before the last writer silently wins."""
        if self._disk_state is None or self._disk_state[0] != path:
            return True
        now = self._disk_signature(path)
        if now is None or now == self._disk_state[1]:
            return True
        answer = ask(
            self.window,
            translate("FileActions", "File changed on disk"),
            translate("FileActions", "“{name}” was changed on disk since it was opened here (by another program "
                      "or window). Save anyway and replace those changes with this version?").format(name=path.name),
            Button.Save | Button.Cancel,
            Button.Cancel,
        )
        return answer == Button.Save

    def show_error(self, title: str, message: str) -> None:
        warn(self.window, title, message)

    def _file_stem(self) -> str:
        name = self.document.scenario.name or "scenario"
        return "".join(ch if ch.isalnum() or ch in " -_." else "-" for ch in name).strip() or "scenario"
