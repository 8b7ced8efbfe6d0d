"""Result cards: a titled figure with a sentence under it, the warnings strip, and a grid that
puts cards in as many columns as fit (fewer when the window is narrow)."""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from core.translations import QT_TRANSLATE_NOOP
from gui.fixed_label import FixedLinesLabel
from gui.formatting import NO_FIGURE
from gui.language import translate
from gui.plain_text import tooltip
from gui.theme import RADIUS, Surface, SurfaceFrame, colors

MIN_CARD_WIDTH_PX = 200  # below this a card's sentence needs more lines than it has: fewer columns


class Card(SurfaceFrame):
    """A titled figure with a one-line detail underneath."""

    def __init__(
        self,
        title: str,
        tooltip: str,
        detail_lines: int = 2,
        values: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setToolTip(tooltip)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.title = FixedLinesLabel(title)
        self.title.setObjectName("cardTitle")
        self.value = FixedLinesLabel(NO_FIGURE, widest=values)
        self.value.setObjectName("cardValue")
        self.detail = FixedLinesLabel("", detail_lines)
        self.detail.setObjectName("cardDetail")
        for label in (self.title, self.value, self.detail):
            label.fit_lines()  # a narrow card wraps its words instead of cutting them (values rarely: their
            # widest usual text, `values`, sets the card's least width)
            label.setToolTip(tooltip)
            label.set_opaque()
            layout.addWidget(label)

    def display(self, value: str, detail: str = "", state: str = "") -> None:
        self.value.set_text(value)
        self.detail.set_text(detail)
        if self.property("state") != state:
            self.setProperty("state", state)
            self.set_surface_state(state)


class WarningsLabel(Surface, FixedLinesLabel):
    """Up to three warnings, each wrapped in full (the tooltip has them all), or a calm line
    saying there are none. At least three lines high, so warnings coming and going during a
    drag rarely re-lay out the window (which resizes and fully repaints every chart)."""

    LINES = 3
    ABOUT = QT_TRANSLATE_NOOP("ResultsPanel", "Things about this scenario you should know before trusting the figures.")
    NONE = QT_TRANSLATE_NOOP("ResultsPanel",
                             "✓ No warnings: the model fits and nothing in this scenario looks out of range.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("ResultsPanel", self.NONE), self.LINES, parent=parent)
        self.setObjectName("warnings")
        self.setContentsMargins(10, 6, 10, 6)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.fit_lines()  # each warning wraps in full (up to three shown; the tooltip has them all)
        self.setToolTip(translate("ResultsPanel", self.ABOUT))
        self._warnings: tuple[str, ...] = ()
        self.set_opaque()

    def surface_colors(self) -> tuple[QColor, QColor, float]:
        if not self._warnings:
            return super().surface_colors()
        c = colors(self.surface_theme)
        return QColor(c["warn"]), QColor(c["tight_edge"]), 1.0

    def repaint_text(self) -> None:
        # Only the text area: the rounded strip around it stays as it is (drawing the whole
        # strip, antialiased, is most of a repaint; a change of colour repaints it all).
        self.update(self.contentsRect())

    def paint_background(self, painter: QPainter, event: QPaintEvent, parent: QWidget) -> None:
        edge = math.ceil(RADIUS)
        inner = self.rect().adjusted(edge, edge, -edge, -edge)
        if inner.contains(event.rect()):  # a new text: the strip's fill is all there is behind it
            painter.fillRect(event.rect(), self.surface_colors()[0])
            return
        # Opaque (corners in the panel's colour): a new warning repaints this strip alone.
        super().paint_background(painter, event, parent)
        self.paint_surface(painter)

    def warnings(self) -> tuple[str, ...]:
        return self._warnings

    def set_warnings(self, warnings: list[str] | tuple[str, ...]) -> None:
        if tuple(warnings) == self._warnings:
            return
        if bool(warnings) != bool(self._warnings):
            self.update()  # the strip's colour says whether there are any
        self._warnings = tuple(warnings)
        self._fit_text()
        self.setToolTip(tooltip("\n".join([translate(
            "ResultsPanel", self.ABOUT), "", *(f"⚠ {warning}" for warning in self._warnings)])))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_text()

    def _fit_text(self) -> None:
        lines = [f"⚠ {warning}" for warning in self._warnings] or [translate("ResultsPanel", self.NONE)]
        if len(lines) > self.LINES:
            hidden = len(lines) - self.LINES + 1
            lines = [*lines[: self.LINES - 1], translate(
                "ResultsPanel", "… and {count} more warnings (point here to read them all)").format(
                count=hidden)]
        self.set_text("\n".join(lines))


class CardGrid(QWidget):
    """Cards in one row when there is room, otherwise in as many columns as fit (re-laid
    out only when the column count changes: a window resize, never a new figure)."""

    def __init__(self, cards: list[Card], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = cards
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(8)
        self.columns = 0
        self._place(len(cards))

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        for card in self.cards:
            self.grid.removeWidget(card)
        for column in range(max(self.columns, columns)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.columns = columns
        for index, card in enumerate(self.cards):
            last = index == len(self.cards) - 1
            span = columns - index % columns if last else 1  # the last card fills its row
            self.grid.addWidget(card, index // columns, index % columns, 1, span)

    def columns_for(self, width: int) -> int:
        widest = max([MIN_CARD_WIDTH_PX, *(card.minimumSizeHint().width() for card in self.cards)])
        fit = max(1, (width + 8) // (widest + 8))
        if fit >= len(self.cards):
            return len(self.cards)
        rows = -(-len(self.cards) // fit)
        return -(-len(self.cards) // rows)  # balanced rows: 3 + 2 rather than 4 + 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(self.columns_for(event.size().width()))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(MIN_CARD_WIDTH_PX, hint.height())


