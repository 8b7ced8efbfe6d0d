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
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QStaticText,
    QTextOption,
)
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
        self._lines = self._min_lines = max(1, lines)
        self._widest = widest
        self._word_wrap = self._lines > 1
        self._format = Qt.TextFormat.PlainText  # texts hold names from files: never markup (issue 13)
        self._laid_out: list[QStaticText] = []
        self._laid_out_width = -1
        self._opaque = False
        self._legend: tuple[tuple[str | None, str, bool], ...] = ()
        self._legend_fonts: tuple[QFont, QFontMetrics, QFont, QFontMetrics] | None = None
        self._is_rich: bool | None = None
        self._text_color: QColor | None = None
        self._background: QColor | None = None  # an opaque label's parent colour, kept
        self._flags = 0
        self._fit = False  # grow to the lines the text needs (see fit_lines)
        self._fit_when_shown = False
        self._centered = False  # text in the middle of a taller row (see center_vertically)
        self._horizontal = Qt.AlignmentFlag.AlignLeft
        self._set_flags()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_opaque(self, opaque: bool = True) -> None:
        """Paint the parent's background colour under the text, so a new text repaints
        this label alone and not the styled card behind it (for labels on a plain
        background, away from the parent's rounded border)."""
        self._opaque = opaque
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, opaque)
        self.update()

    def fit_lines(self, fit: bool = True) -> None:
        """Take as many lines as the text needs at this width instead of cutting it: grows when a
        text needs more (one re-layout), shrinks back only when the label is resized (a new width),
        so figures changing during a drag do not re-lay out the window at every step."""
        self._fit = fit
        self._word_wrap = self._word_wrap or fit
        self._set_flags()
        self._grow_to_fit(shrink=True)

    def refit(self) -> None:
        """Take exactly the lines the text needs now (fewer too: one re-layout if that changes)."""
        self._grow_to_fit(shrink=True)

    def center_vertically(self, horizontal: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        """Take the height the layout gives (a form row as tall as its slider) and draw the text in
        its middle, as a QLabel beside a field does; `horizontal`: e.g. the form's label alignment."""
        self._centered = True
        self._horizontal = horizontal & Qt.AlignmentFlag.AlignHorizontal_Mask
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._set_flags()
        self.update()

    def needed_lines(self, width: int | None = None) -> int:
        """Lines the current text takes at `width` (default: the label's text area)."""
        area = self.contentsRect().width() if width is None else width
        if area <= 0 or not self._text:
            return 1
        metrics = self.fontMetrics()
        if self._legend:
            _font, metrics, _bold, bold_metrics = self._fonts()
            side = max(4, round(metrics.ascent() * 0.75))
            gap = metrics.horizontalAdvance("  ")
            lines, x = 1, 0
            for color, text, is_bold in self._legend:
                width_px = (side + 4 if color else 0) + (bold_metrics if is_bold else metrics).horizontalAdvance(text)
                if x > 0 and x + width_px > area:
                    lines, x = lines + 1, 0
                x += width_px + gap
            return lines
        if "\n" not in self._text and metrics.horizontalAdvance(self._text) <= area:
            return 1  # fits on one line: no wrapped layout to work out (most texts, on most moves)
        flags = self._flags if self._word_wrap else int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        height = metrics.boundingRect(QRect(0, 0, area, 100_000), flags, self._text).height()
        return max(1, round(height / metrics.lineSpacing()))  # a line can be a pixel taller than the spacing

    def _grow_to_fit(self, shrink: bool = False) -> None:
        if not self._fit:
            return
        if not self.isVisible() and self.window().isVisible():
            # On a tab not shown (the engineering cards): the lines are worked out as it shows,
            # not on every move of a slider (measuring a text is most of a new text's cost).
            self._fit_when_shown = True
            return
        needed = max(self._min_lines, self.needed_lines())
        if needed > self._lines or (shrink and needed < self._lines):
            self._lines = needed
            self.updateGeometry()

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_when_shown:
            self._fit_when_shown = False
            self._grow_to_fit(shrink=True)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._grow_to_fit(shrink=True)

    # --- the QLabel calls its users make ------------------------------------------------
    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        self._text = text
        self._laid_out_width = -1
        self._is_rich = None
        self._grow_to_fit()
        self.repaint_text()

    def repaint_text(self) -> None:
        """Ask for a repaint after a new text (subclasses may limit it to the text area)."""
        self.update()

    def set_text(self, text: str) -> None:
        """Repaint only when the text changed."""
        if text != self._text or self._legend:
            self._legend = ()
            self.setText(text)

    def set_legend(self, entries: tuple[tuple[str | None, str, bool], ...]) -> None:
        """Entries flowed left to right (wrapping between entries): each a colour swatch
        (or None), a text, and whether it is bold. Drawn directly: no rich-text layout."""
        text = " ".join(entry_text for _color, entry_text, _bold in entries)
        if entries != self._legend or text != self._text:
            self._legend = entries
            self.setText(text)

    def setWordWrap(self, wrap: bool) -> None:
        self._word_wrap = wrap
        self._laid_out_width = -1
        self._set_flags()
        self.update()

    def _set_flags(self) -> None:
        wrap = Qt.TextFlag.TextWordWrap if self._word_wrap else Qt.TextFlag(0)
        vertical = Qt.AlignmentFlag.AlignVCenter if self._centered else Qt.AlignmentFlag.AlignTop
        self._flags = int(self._horizontal | vertical) | int(wrap)

    def wordWrap(self) -> bool:
        return self._word_wrap

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:
        self._format = text_format
        self._laid_out_width = -1
        self._is_rich = None
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
            self._legend_fonts = None
            self.forget_colors()
        elif event.type() == QEvent.Type.ParentChange:
            self.forget_colors()
        super().changeEvent(event)

    def forget_colors(self) -> None:
        """Read text and background colours afresh at the next paint (the parent panel
        calls this when its own colour changes)."""
        self._text_color = None
        self._background = None

    def _rich(self) -> bool:
        if self._is_rich is None:
            if self._format == Qt.TextFormat.AutoText:
                self._is_rich = bool(QtGui.Qt.mightBeRichText(self._text))
            else:
                self._is_rich = self._format == Qt.TextFormat.RichText
        return self._is_rich

    def _rich_layout(self, width: int) -> QStaticText:
        """Rich text laid out once per text and width (a QTextDocument layout is slow)."""
        if width != self._laid_out_width or not self._laid_out:
            static = QStaticText(self._text.replace("\n", "<br>"))
            static.setTextFormat(Qt.TextFormat.RichText)
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WordWrap if self._word_wrap else QTextOption.WrapMode.NoWrap)
            static.setTextOption(option)
            if self._word_wrap:
                static.setTextWidth(width)
            static.prepare(font=self.font())
            self._laid_out, self._laid_out_width = [static], width
        return self._laid_out[0]

    def _fonts(self) -> tuple[QFont, QFontMetrics, QFont, QFontMetrics]:
        """The legend's fonts and metrics, plain and bold (building them is slow: once per font)."""
        if self._legend_fonts is None:
            bold = QFont(self.font())
            bold.setBold(True)
            self._legend_fonts = (self.font(), self.fontMetrics(), bold, QFontMetrics(bold))
        return self._legend_fonts

    def _paint_legend(self, painter: QPainter, area: QRect) -> None:
        font, metrics, bold_font, bold_metrics = self._fonts()
        side = max(4, round(metrics.ascent() * 0.75))
        gap = metrics.horizontalAdvance("  ")
        x, y = area.left(), area.top()
        for color, text, bold in self._legend:
            text_width = (bold_metrics if bold else metrics).horizontalAdvance(text)  # shapes the text: once
            width = (side + 4 if color else 0) + text_width
            if x > area.left() and x + width > area.right():
                x, y = area.left(), y + metrics.lineSpacing()
            if color:
                painter.fillRect(QRect(x, y + metrics.ascent() - side, side, side), QColor(color))
                x += side + 4
            painter.setFont(bold_font if bold else font)
            painter.drawText(QPoint(x, y + metrics.ascent()), text)
            x += text_width + gap

    def paint_background(self, painter: QPainter, event: QPaintEvent, parent: QWidget) -> None:
        """An opaque label's background: its parent's colour (subclasses may add more)."""
        if self._background is None:
            surface_fill = getattr(parent, "surface_fill", None)  # a rounded panel (gui.theme.Surface)
            self._background = surface_fill() if surface_fill else parent.palette().color(QPalette.ColorRole.Window)
        painter.fillRect(event.rect(), self._background)

    def paintEvent(self, event: QPaintEvent) -> None:
        parent = self.parentWidget() if self._opaque else None
        if parent is None:
            super().paintEvent(event)  # background and border from the style sheet, if any
            if not self._text:
                return
        area = self.contentsRect()
        painter = QPainter(self)
        if parent is not None:
            self.paint_background(painter, event, parent)
        if self._text:
            if self._text_color is None:
                self._text_color = self.palette().color(self.foregroundRole())
            painter.setPen(self._text_color)
            if self._legend:
                painter.setClipRect(area)
                self._paint_legend(painter, area)
            elif self._rich():
                painter.setClipRect(area)
                painter.drawStaticText(QPointF(area.topLeft()), self._rich_layout(area.width()))
            else:  # plain text changes with every figure: laid out as it is drawn (cheaper than once + draw)
                painter.drawText(area, self._flags, self._text)
        painter.end()
