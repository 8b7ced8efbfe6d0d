"""When a view computes: never while hidden; when shown; after each change of the document,
in the next turn of the event loop, or once a slider drag pauses (the costly views keep
sliders live that way)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from gui.document import ScenarioDocument


class ViewRefresher(QObject):
    """Calls `refresh` for `view`. `wait_always`: every change waits for `delay_ms` of quiet
    (a search too costly for any step); otherwise only changes during a drag wait."""

    def __init__(
        self, view: QWidget, document: ScenarioDocument, refresh: Callable[[], None], delay_ms: int,
        wait_always: bool = False,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.document = document
        self.refresh = refresh
        self.wait_always = wait_always
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(refresh)
        # Not during the signal: at the end of a drag every view refreshes, and each in its own
        # turn of the event loop lets a new slider grab in between (together they took ~60 ms).
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(0)
        self.soon.timeout.connect(refresh)
        document.outcomeChanged.connect(self._changed)
        view.installEventFilter(self)

    def _changed(self, _outcome: object) -> None:
        if not self.view.isVisible():
            return
        if self.wait_always or self.document.dragging:
            self.timer.start()
        else:
            self.timer.stop()
            self.soon.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Show:
            self.refresh()
        return False
