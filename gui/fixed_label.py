"""A text line (or a few) whose size never depends on its text, painted cheaply.

A QLabel asks its layout for a new size on every setText (the window re-lays out and,
when a line count changes, every chart resizes and fully repaints), and it shapes its
text again on every paint. This label is always `lines` lines high and takes the width
it is given; a new text only repaints it, from a laid-out QStaticText kept until the
text, font or width changes. Text that needs more lines is cut off, so callers keep
texts short or put the whole of it in the tooltip.

Style sheets still apply (font, colour, background, border, padding: it is a QFrame).
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QStaticText, QTextOption
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

_RELAYOUT_EVENTS = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PaletteChange)


class FixedLinesLabel(QFrame):
    """`lines` lines high; at least as wide as the widest of `widest` (texts it must show
    uncut), otherwise as wide as the layout gives it. Multi-line labels wrap words."""

    def __init__(
        self, text: str = "", lines: int = 1, widest: tuple[str, ...] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._text = text
        self._lines = max(1, lines)
        self._widest = widest
        self._word_wrap = self._lines > 1
        self._format = Qt.TextFormat.AutoText
        self._laid_out: list[QStaticText] = []
        self._laid_out_width = -1
        self._opaque = False
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_opaque(self, opaque: bool = True) -> None:
        """Paint the parent's background colour under the text, so a new text repaints
        this label alone and not the styled card behind it (for labels on a plain
        background, away from the parent's rounded border)."""
        self._opaque = opaque
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, opaque)
        self.update()

    # --- the QLabel calls its users make ------------------------------------------------
    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        self._text = text
        self._laid_out_width = -1
        self.update()

    def set_text(self, text: str) -> None:
        """Repaint only when the text changed."""
        if text != self._text:
            self.setText(text)

    def setWordWrap(self, wrap: bool) -> None:
        self._word_wrap = wrap
        self._laid_out_width = -1
        self.update()

    def wordWrap(self) -> bool:
        return self._word_wrap

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:
        self._format = text_format
        self._laid_out_width = -1
        self.update()

    def lines(self) -> int:
        return self._lines

    # --- size: fixed by the line count, never by the text ---------------------------------
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

    # --- painting ---------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _RELAYOUT_EVENTS:
            self._laid_out_width = -1
        super().changeEvent(event)

    def _rich(self) -> bool:
        if self._format == Qt.TextFormat.AutoText:
            return bool(QtGui.Qt.mightBeRichText(self._text))  # type: ignore[attr-defined]
        return self._format == Qt.TextFormat.RichText

    def _layout(self, width: int) -> list[QStaticText]:
        """One QStaticText per paragraph (QStaticText ignores newlines in plain text)."""
        if width == self._laid_out_width:
            return self._laid_out
        rich = self._rich()
        paragraphs = [self._text.replace("\n", "<br>")] if rich else self._text.split("\n")
        option = QTextOption()
        option.setWrapMode(
            QTextOption.WrapMode.WordWrap if self._word_wrap else QTextOption.WrapMode.NoWrap
        )
        laid_out = []
        for paragraph in paragraphs:
            static = QStaticText(paragraph)
            static.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
            static.setTextOption(option)
            if self._word_wrap:
                static.setTextWidth(width)
            static.prepare(font=self.font())
            laid_out.append(static)
        self._laid_out, self._laid_out_width = laid_out, width
        return laid_out

    def paintEvent(self, event: QPaintEvent) -> None:
        parent = self.parentWidget()
        if not (self._opaque and parent is not None):
            super().paintEvent(event)  # background and border from the style sheet, if any
        if not self._text and not self._opaque:
            return
        area = self.contentsRect()
        laid_out = self._layout(area.width())
        painter = QPainter(self)
        try:
            if self._opaque and parent is not None:
                painter.fillRect(self.rect(), parent.palette().color(QPalette.ColorRole.Window))
            painter.setClipRect(area)
            painter.setFont(self.font())
            painter.setPen(self.palette().color(self.foregroundRole()))
            top = float(area.top())
            for static in laid_out:
                painter.drawStaticText(QPointF(area.left(), top), static)
                top += static.size().height()
                if top >= area.bottom():
                    break
        finally:
            painter.end()
