"""When a view computes: never while hidden; when shown; after each change of the document,
in the next turn of the event loop; during a slider drag once it pauses, and in a drag that
goes on, every DRAG_REFRESH_EVERY_MS (the costly views stay live while each move stays within
one frame)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from gui.document import ScenarioDocument

# A drag that never pauses still refreshes the costly views this often: about four times a
# second, so one frame in fifteen at 60 Hz carries a refresh (a few ms) and the rest stay light.
DRAG_REFRESH_EVERY_MS = 250


class RefreshSchedule(QObject):
    """Calls `refresh` after a change: in the next turn of the event loop, or, during a drag
    (or always, with `wait_always`), once changes pause for `delay_ms`; a drag that goes on
    without pausing refreshes every DRAG_REFRESH_EVERY_MS (not with `wait_always`)."""

    def __init__(self, parent: QObject, document: ScenarioDocument, refresh: Callable[[], None], delay_ms: int,
                 wait_always: bool = False) -> None:
        super().__init__(parent)
        self.document = document
        self.refresh = refresh
        self.wait_always = wait_always
        self._waiting_since_s: float | None = None  # the first change not yet shown, during a drag
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

    def changed(self) -> None:
        if not (self.wait_always or self.document.dragging):
            self.timer.stop()
            self.soon.start()
            return
        now = time.monotonic()
        if self._waiting_since_s is None:
            self._waiting_since_s = now
        if not self.wait_always and (now - self._waiting_since_s) * 1000 >= DRAG_REFRESH_EVERY_MS:
            self.timer.stop()
            self.soon.start()
        else:
            self.timer.start()  # restarted by every step: runs once the drag pauses

    def cancel(self) -> None:
        self.timer.stop()
        self.soon.stop()
        self._waiting_since_s = None

    def _refresh(self) -> None:
        self._waiting_since_s = None
        self.refresh()


class ViewRefresher(QObject):
    """Calls `refresh` for `view` as RefreshSchedule says, only while it is shown, and when it
    is shown."""

    def __init__(
        self, view: QWidget, document: ScenarioDocument, refresh: Callable[[], None], delay_ms: int,
        wait_always: bool = False,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.schedule = RefreshSchedule(self, document, refresh, delay_ms, wait_always)
        document.outcomeChanged.connect(self._changed)
        view.installEventFilter(self)

    @property
    def timer(self) -> QTimer:
        return self.schedule.timer

    def _changed(self, _outcome: object) -> None:
        if self.view.isVisible():
            self.schedule.changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Show:
            self.schedule.refresh()
        return False
