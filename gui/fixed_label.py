"""A label whose size never depends on its text.

A plain QLabel asks its layout for a new size on every setText, and a word-wrapped one
makes the layout measure text for height-for-width: during a slider drag that re-lays
out the window and, when a line count changes, resizes every chart (new axes, full
repaints). This label is always `lines` lines high and takes the width it is given;
changing the text only repaints it. Text that needs more lines is cut off, so callers
keep texts short or put the whole of it in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class FixedLinesLabel(QLabel):
    """`lines` lines high; at least as wide as the widest of `widest` (texts it must show
    uncut), otherwise as wide as the layout gives it."""

    def __init__(
        self, text: str = "", lines: int = 1, widest: tuple[str, ...] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(text, parent)
        self._lines = max(1, lines)
        self._widest = widest
        self.setWordWrap(self._lines > 1)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def lines(self) -> int:
        return self._lines

    def _height(self) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().lineSpacing() * self._lines + margins.top() + margins.bottom() + 1

    def _width(self) -> int:
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        widest = max((metrics.horizontalAdvance(text) for text in self._widest), default=0)
        return max(24, widest + margins.left() + margins.right() + 2)

    def sizeHint(self) -> QSize:
        return QSize(self._width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hasHeightForWidth(self) -> bool:
        return False

    def set_text(self, text: str) -> None:
        """setText only when the text changed (no repaint otherwise)."""
        if text != self.text():
            self.setText(text)
