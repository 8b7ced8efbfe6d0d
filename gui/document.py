"""The open scenario: what it is, what it evaluates to, where it lives, and its history.

Panels observe the signals and change the scenario only through `request_change`
(coalesced, undoable) or the file operations. Evaluation (the outcome and the sweeps the
charts draw, in one vectorized pass) takes ~2-3 ms, so it runs in the GUI thread; bursts
of slider events are coalesced by a zero-delay timer so only the latest value is evaluated.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from core import Outcome, Scenario, ScenarioError
from core.overview import DEFERRABLE, PARTS, Overview, analyze, part_key
from core.scenario_io import checked_analysis
from core.sensitivity import DEFAULT_SWING
from core.settings import changed_settings
from core.translations import data_text
from core.workspace import PinSource, Workspace
from gui import language
from gui.commands import WorkspaceCommand, push_change
from gui.formatting import error_words
from gui.language import translate

DRAG_PAUSE_S = 1.0  # a drag with no step for this long counts as over
PAUSED_AFTER_S = 0.05  # no step for this long: the drag pauses (the views' refreshes wait 80 ms)
# While a slider is dragged, the costly parts (DEFERRABLE) wait for a pause this long.
STALE_REFRESH_MS = 120
UNDO_LIMIT = 1_000  # undo steps kept (each holds two scenarios, ~5 kB)


class ScenarioDocument(QObject):
    scenarioChanged = Signal(object)  # Scenario
    # The dotted paths of the settings that changed (e.g. {"workload.cases_per_day"}), sent
    # with scenarioChanged: a view that ignores them has nothing to do.
    settingsChanged = Signal(object)  # frozenset[str]
    outcomeChanged = Signal(object)  # Outcome
    pathChanged = Signal(object)  # Path | None
    modifiedChanged = Signal(bool)
    changeRejected = Signal(str)  # plain-words reason a change was not applied
    pinnedChanged = Signal(object)  # tuple[Pinned, ...]

    def __init__(self, scenario: Scenario, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)  # bounded memory over a long session (issue 13)
        self._workspace = Workspace(scenario)
        # Parts of the pass beyond PARTS that views declared (core.overview: the tornado, the
        # break-even), each with whether its view is in view: computed only while one is.
        self._declared: dict[str, list[Callable[[], bool]]] = {}
        self._swing = DEFAULT_SWING
        self._outcome, self._overview = analyze(scenario)  # no view has declared a part yet
        self._prepared: tuple[Scenario | None, tuple[Outcome, Overview] | None] = (None, None)
        self._path: Path | None = None
        self._pending: dict[str, Any] = {}
        self._pending_label = ""
        self._pending_merge_key: str | None = None
        self._gesture = 0
        self._dragging = False
        self._last_change_s = 0.0
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self.flush)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(STALE_REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh_stale)
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    # --- what observers read -------------------------------------------------------
    @property
    def scenario(self) -> Scenario:
        return self._workspace.scenario

    @property
    def _scenario(self) -> Scenario:
        return self._workspace.scenario

    @property
    def workspace(self) -> Workspace:
        """The open scenario and the ones pinned beside it."""
        return self._workspace

    @property
    def outcome(self) -> Outcome:
        return self._outcome

    @property
    def overview(self) -> Overview:
        """The sweeps around the scenario the charts draw (computed with the outcome)."""
        return self._overview

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def dragging(self) -> bool:
        """A slider drag (or typing) is in progress: its last step came moments ago and it
        has not ended. Arrow keys or the wheel never "end", so a pause ends it too."""
        return self._dragging and time.monotonic() - self._last_change_s < DRAG_PAUSE_S

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        if self._path is not None:
            return self._path.name
        return data_text(self._scenario.name, language.current()) or translate("Document", "Untitled scenario")

    # --- parts views declare --------------------------------------------------------
    def declare_part(self, part: str, view: QObject, in_view: Callable[[], bool]) -> None:
        """`view` draws `part` of the pass (core.overview.ALL_PARTS) while `in_view()` says it is
        in view: every move computes it then, in the same vectorized pass as the rest."""
        views = self._declared.setdefault(part, [])
        views.append(in_view)
        view.destroyed.connect(lambda _object=None: views.remove(in_view) if in_view in views else None)

    def parts(self) -> tuple[str, ...]:
        """The parts the next pass computes: PARTS, and each declared part whose view is in view
        and follows every move (see `live_views`)."""
        if not self._declared or not self.live_views():
            return PARTS
        return (*PARTS, *(part for part, views in self._declared.items() if any(in_view() for in_view in views)))

    def views_in_view(self) -> int:
        """How many views that declared a part are in view."""
        return sum(in_view() for views in self._declared.values() for in_view in views)

    def live_views(self) -> bool:
        """Whether the views that declared a part follow every move: always, except in a drag
        while several are in view side by side. Each adds a few milliseconds to a move (its rows
        of the pass, and drawing them: ~4.5 ms on the slow machine of bench/gui_latency.py's
        front_*_live_* figures in the README), so two or more would double that: then they take
        turns during the drag (gui.views.refresh) and all catch up when it pauses."""
        return not self.dragging or self.views_in_view() <= 1

    def holds_part(self, part: str) -> bool:
        """Whether drawing `part` needs no computing: the current pass holds it for this scenario
        and swing, or tried it and says why it could not."""
        return part in self._overview.failures or (
            part not in self._overview.stale
            and self._overview.keys.get(part) == part_key(part, self._scenario, self._swing))

    def ensure_part(self, part: str) -> None:
        """A view is about to draw `part`: computed now unless the current pass holds it for this
        scenario and swing (the view came into view, its part waited during a drag, or the swing
        changed). The rest of the pass is kept; parts deferred in a drag stay deferred while it
        lasts, and when they come up to date on the way, every view hears of it."""
        if self.holds_part(part):  # a part this scenario's pass could not compute: the view says why
            return
        stale_before = self._overview.stale
        # Once changes pause, the other views in view that wait for their parts get them in the
        # same pass (the next one's turn finds its part there); in a drag that goes on, each view
        # computes its own in its turn (a part computed for a view whose turn comes later would
        # be out of date by then).
        paused = not self.dragging or time.monotonic() - self._last_change_s >= PAUSED_AFTER_S
        waiting = tuple(other for other, views in self._declared.items()
                        if paused and other != part and any(in_view() for in_view in views))
        try:
            _, self._overview = self._analysis(self._scenario, reuse=self._overview, extra=(part, *waiting),
                                               defer=DEFERRABLE if self.dragging else ())
        except ScenarioError:
            return  # the scenario evaluated a moment ago: only the part can fail, and its view says so
        if stale_before - self._overview.stale:
            self.outcomeChanged.emit(self._outcome)

    @property
    def swing(self) -> float:
        """The tornado's swing (a share: 0.2 for ±20%)."""
        return self._swing

    def set_swing(self, swing: float) -> None:
        """A new swing for the tornado (its part's key holds the swing: computed again when drawn)."""
        self._swing = swing

    def _analysis(self, scenario: Scenario, reuse: Overview | None = None, defer: Collection[str] = (),
                  extra: tuple[str, ...] = ()) -> tuple[Outcome, Overview]:
        parts = [*self.parts(), *extra]
        if reuse is not None:  # a declared part the last pass holds for this scenario is kept, not dropped
            parts += [part for part in self._declared if part in reuse.keys and part not in reuse.stale
                      and reuse.keys[part] == part_key(part, scenario, self._swing)]
        return checked_analysis(scenario, reuse=reuse, defer=defer, swing=self._swing,
                                parts=tuple(dict.fromkeys(parts)))

    # --- edits ------------------------------------------------------------------------
    def request_change(self, changes: dict[str, Any], label: str, merge_key: str | None = None) -> None:
        """Queue a change; the latest values win until the event loop runs `flush`."""
        if self._pending and merge_key != self._pending_merge_key:
            self.flush()
        self._dragging = merge_key is not None
        self._last_change_s = time.monotonic()
        self._pending.update(changes)
        self._pending_label = label
        self._pending_merge_key = merge_key
        self._flush_timer.start()

    def end_gesture(self) -> None:
        """The user let go of a slider (or finished typing): the next change is a new undo step."""
        self.flush()
        self._gesture += 1
        self._dragging = False
        self.refresh_stale()

    def refresh_stale(self) -> None:
        """Bring parts deferred during a drag up to date (the views redraw what changed)."""
        self._refresh_timer.stop()
        if not self._overview.stale:
            return
        try:
            self._outcome, self._overview = self._analysis(self._scenario, reuse=self._overview)
        except ScenarioError:
            return  # the scenario itself evaluated a moment ago: only a part can fail, and it says so
        self.outcomeChanged.emit(self._outcome)

    def flush(self) -> None:
        """Apply queued changes now as one (possibly merged) undo step."""
        self._flush_timer.stop()
        if not self._pending:
            return
        changes, self._pending = self._pending, {}
        try:
            after = self._scenario.updated(changes)
            deferred = DEFERRABLE if self._dragging else ()
            self._prepared = (after, self._analysis(after, reuse=self._overview, defer=deferred))
        except ScenarioError as error:
            self.changeRejected.emit(error_words(error))
            self.scenarioChanged.emit(self._scenario)  # controls snap back to the real values
            return
        if after == self._scenario:
            return
        push_change(  # not undo_stack.push: see push_change (a drag leaked its merged commands)
            self.undo_stack, self, self._scenario, after, self._pending_label, self._pending_merge_key, self._gesture
        )

    def replace(self, scenario: Scenario, path: Path | None) -> None:
        """A new or opened document: fresh history, nothing unsaved. Evaluated first: if the
        engine refuses it (ScenarioError), nothing about the current document changes."""
        self._prepared = (scenario, self._analysis(scenario, reuse=self._overview))
        self._flush_timer.stop()
        self._pending = {}
        self.undo_stack.clear()
        self._path = path
        self._show_scenario(scenario)
        self.undo_stack.setClean()
        self.pathChanged.emit(path)
        self.modifiedChanged.emit(False)

    def restore_unsaved(self, scenario: Scenario, path: Path | None) -> None:
        """A recovered autosave: shown like an opened file, but marked as not saved."""
        self.replace(scenario, path)
        self.undo_stack.resetClean()
        self.modifiedChanged.emit(True)

    def mark_saved(self, path: Path) -> None:
        self._path = path
        self.undo_stack.setClean()
        self.pathChanged.emit(path)

    def pin(self, scenario: Scenario, name: str, source: PinSource) -> None:
        """Pin a scenario beside the open one (undoable)."""
        try:
            after = self._workspace.pin(scenario, name, source)
        except ScenarioError as error:
            self.changeRejected.emit(error_words(error))
            return
        self.undo_stack.push(WorkspaceCommand(self, self._workspace, after, translate(
            "Document", "Pin {name}").format(name=name or scenario.name)))

    def unpin(self, index: int) -> None:
        try:
            after = self._workspace.unpin(index)
        except ScenarioError as error:
            self.changeRejected.emit(error_words(error))
            return
        self.undo_stack.push(WorkspaceCommand(self, self._workspace, after, translate("Document", "Unpin")))

    # --- called by commands -------------------------------------------------------
    def _show_workspace(self, workspace: Workspace) -> None:
        pinned_before = self._workspace.pinned
        if workspace.scenario is not self._scenario:
            self._show_scenario(workspace.scenario)
        self._workspace = workspace
        if workspace.pinned != pinned_before:
            self.pinnedChanged.emit(workspace.pinned)

    def _show_scenario(self, scenario: Scenario) -> None:
        prepared_scenario, prepared = self._prepared
        self._prepared = (None, None)  # what was prepared is shown: not kept alive after
        self._outcome, self._overview = (
            prepared if prepared_scenario is scenario and prepared is not None
            else self._analysis(scenario, reuse=self._overview)
        )
        if self._overview.stale:
            self._refresh_timer.start()  # restarted by every step: runs once the drag pauses
        before = self._scenario
        self._workspace = self._workspace.with_scenario(scenario)
        self.settingsChanged.emit(changed_settings(before, scenario))
        self.scenarioChanged.emit(scenario)
        self.outcomeChanged.emit(self._outcome)

    def _clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)
