"""When a view computes: never while hidden; when shown; after each change of the document,
in the next turn of the event loop; during a slider drag once it pauses, and in a drag that
goes on without pausing, one costly view at a time every DRAG_REFRESH_EVERY_MS (they stay live
while most steps stay within one frame). A view that is `live()` now (it draws a part of the
document's own pass, computed with the move) redraws after every change, in a drag too."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

from gui.document import ScenarioDocument

# A drag that never pauses still refreshes the costly views, one at a time, this often: about
# four refreshes a second shared by the views shown (the one waiting longest goes next), so at
# 120 Hz about one step in thirty carries one and the others stay light.
DRAG_REFRESH_EVERY_MS = 250
# Left waiting longer than this, a view's claim is stale (it was hidden, or its window closed).
_STALE_WAIT_S = 5.0


class RefreshSchedule(QObject):
    """Calls `refresh` after a change: in the next turn of the event loop, or, during a drag
    (or always, with `wait_always`), once changes pause for `delay_ms`. In a drag that goes on
    without pausing, the schedules share one refresh every DRAG_REFRESH_EVERY_MS, longest
    waiting first (not with `wait_always`)."""

    _waiting: ClassVar[dict[int, float]] = {}  # schedule id -> since when it waits, in a drag
    _last_in_drag_s: ClassVar[float] = -1e9  # the last refresh any schedule made in a drag

    def __init__(self, parent: QObject, document: ScenarioDocument, refresh: Callable[[], None], delay_ms: int,
                 wait_always: bool = False, live: Callable[[], bool] | None = None,
                 ready: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.refresh = refresh
        self.wait_always = wait_always
        self.live = live
        self.ready = ready
        self._key = id(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self._refresh)
        # Not during the signal: at the end of a drag every view refreshes, and each in its own
        # turn of the event loop lets a new slider grab in between (together they took ~60 ms).
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(0)
        self.soon.timeout.connect(self._refresh)
        self.destroyed.connect(lambda _object=None, key=self._key: RefreshSchedule._waiting.pop(key, None))

    def changed(self) -> None:
        if not (self.wait_always or self.document.dragging) or (self.live is not None and self.live()):
            self._forget()
            self.timer.stop()
            if self.ready is not None and self.ready():
                # Its figures are in the move's own pass: drawn now, its paints join the window's
                # one paint pass (a turn later they took a pass of their own, a frame later).
                self.soon.stop()
                self.refresh()
            else:
                self.soon.start()
            return
        if self.wait_always:
            self.timer.start()
            return
        now = time.monotonic()
        since = RefreshSchedule._waiting.setdefault(self._key, now)
        others = [start for key, start in RefreshSchedule._waiting.items()
                  if key != self._key and now - start < _STALE_WAIT_S]
        due = (now - since) * 1000 >= DRAG_REFRESH_EVERY_MS
        free = (now - RefreshSchedule._last_in_drag_s) * 1000 >= DRAG_REFRESH_EVERY_MS
        if due and free and all(since <= start for start in others):
            RefreshSchedule._last_in_drag_s = now
            self.timer.stop()
            self.soon.start()
        else:
            self.timer.start()  # restarted by every step: runs once the drag pauses

    def cancel(self) -> None:
        """Nothing pending any more (the view was hidden)."""
        self.timer.stop()
        self.soon.stop()
        self._forget()

    def _forget(self) -> None:
        RefreshSchedule._waiting.pop(self._key, None)

    def refresh_now(self) -> None:
        """Refresh at once (the view was shown): whatever it waited for is done."""
        self._refresh()

    def _refresh(self) -> None:
        self.timer.stop()
        self.soon.stop()
        self._forget()
        self.refresh()


class InView(QObject):
    """Whether a view is in view: shown, not in a dock tabbed behind another (Qt keeps those
    "visible", moved outside the window), its window not minimized. A change it missed behind a
    tab or while minimized calls `came_forward` once its dock is brought forward or the window
    comes back."""

    def __init__(self, view: QWidget, came_forward: Callable[[], None]) -> None:
        super().__init__(view)
        self.view = view
        self.came_forward = came_forward
        self._missed = False
        self._dock: QDockWidget | None = None
        self._window: QWidget | None = None  # the top-level window watched while minimized

    def in_view(self) -> bool:
        """Shown, not behind another dock's tab, its window not minimized (nothing remembered)."""
        return (self.view.isVisible() and not self.view.visibleRegion().isEmpty()
                and not self.view.window().isMinimized())

    def check(self) -> bool:
        """True when the view is in view; otherwise the change is remembered for later."""
        if not self.view.isVisible():
            return False
        window = self.view.window()
        if window.isMinimized():  # caught up when the window comes back (eventFilter)
            self._missed = True
            if self._window is not window:
                self._window = window
                window.installEventFilter(self)
            return False
        if not self.view.visibleRegion().isEmpty():
            return True
        self._missed = True
        if self._dock is None:
            parent = self.view.parentWidget()
            while parent is not None and not isinstance(parent, QDockWidget):
                parent = parent.parentWidget()
            if parent is not None:
                self._dock = parent
                parent.visibilityChanged.connect(self._dock_shown)
        return False

    def _dock_shown(self, shown: bool) -> None:
        if shown and self._missed:
            self._missed = False
            self.came_forward()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._window and event.type() == QEvent.Type.WindowStateChange and self._missed
                and self._window is not None and not self._window.isMinimized()):
            self._missed = False
            self.came_forward()
        return False


class ViewRefresher(QObject):
    """Calls `refresh` for `view` as RefreshSchedule says, only while it is in view (InView), and
    when it is shown or brought forward."""

    def __init__(
        self, view: QWidget, document: ScenarioDocument, refresh: Callable[[], None], delay_ms: int,
        wait_always: bool = False, live: Callable[[], bool] | None = None, ready: Callable[[], bool] | None = None,
    ) -> None:
        """`ready()`: the view can draw without computing anything (it then draws within the
        change's own signal when live, not a turn of the event loop later)."""
        super().__init__(view)
        self.view = view
        self.schedule = RefreshSchedule(self, document, refresh, delay_ms, wait_always, live, ready)
        self.in_view = InView(view, self.schedule.soon.start)
        document.outcomeChanged.connect(self._changed)
        view.installEventFilter(self)

    @property
    def timer(self) -> QTimer:
        return self.schedule.timer

    def _changed(self, _outcome: object) -> None:
        if self.in_view.check():
            self.schedule.changed()
        else:
            self.schedule.cancel()  # behind a tab: computed when brought forward, not meanwhile

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view:
            if event.type() == QEvent.Type.Show and self.in_view.check():  # else when brought forward
                self.schedule.refresh_now()
            elif event.type() == QEvent.Type.Hide:
                self.schedule.cancel()
        return False
