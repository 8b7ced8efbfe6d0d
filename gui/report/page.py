"""Laying text out on PDF pages with QPainter: every text box is measured with
QFontMetrics before it is drawn, wrapped to its width, and moved to a new page when it
would run off the bottom. Each drawn box is recorded (`boxes`) with the room it needed,
so a test can check that no text was clipped.

The writer works at 96 dpi: one unit is one screen pixel, so widgets (the charts) render
at the size they have on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

DPI = 96
MARGIN_PX = 48.0
FONT_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
                 "Noto Sans", "DejaVu Sans")
# Latin letters and figures come from a Latin family, Chinese from the CJK one: Qt writes the
# CJK fonts' figures into a PDF without the map back to text, so copied or searched prose lost
# every digit ("At ,   claims a day … ¥ .   per claim").
LATIN_FAMILIES = ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica")
TEXT_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
INK = QColor("#1d2733")
MUTED = QColor("#5b6775")
RULE = QColor("#c9d1db")
ACCENT = QColor("#1f6fd1")


def report_family() -> str:
    """A family that carries Latin and Chinese glyphs (Noto Sans CJK where installed)."""
    available = set(QFontDatabase.families())
    return next((family for family in FONT_FAMILIES if family in available), QFont().family())


def report_families() -> list[str]:
    """A Latin family first (its figures survive copying from the PDF), then one for Chinese."""
    available = set(QFontDatabase.families())
    latin = next((family for family in LATIN_FAMILIES if family in available), None)
    return list(dict.fromkeys([*([latin] if latin else []), report_family()]))


@dataclass(frozen=True)
class TextBox:
    text: str
    box: QRectF  # the room given
    needed: QRectF  # the room the text takes, measured with the font it is drawn in
    page: int

    @property
    def fits(self) -> bool:
        return self.needed.width() <= self.box.width() + 0.5 and self.needed.height() <= self.box.height() + 0.5


class PageComposer:
    """Top-to-bottom flow over A4 pages."""

    def __init__(self, path: str, title: str, footer: str) -> None:
        self.writer = QPdfWriter(path)
        self.writer.setResolution(DPI)
        self.writer.setTitle(title)
        self.writer.setCreator("Inferonomics")
        self.writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                              QMarginsF(0, 0, 0, 0)))
        self.painter = QPainter(self.writer)
        full = self.writer.pageLayout().fullRectPixels(DPI)
        self.page_size = QSizeF(full.width(), full.height())
        self.content = QRectF(MARGIN_PX, MARGIN_PX, full.width() - 2 * MARGIN_PX,
                              full.height() - 2 * MARGIN_PX - 20)
        self.families = report_families()
        self.footer = footer
        self.page = 1
        self.y = self.content.top()
        self.boxes: list[TextBox] = []

    # --- fonts ------------------------------------------------------------------------
    def font(self, size_pt: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(self.families)
        font.setPointSizeF(size_pt)
        font.setBold(bold)
        return font

    @property
    def width(self) -> float:
        return self.content.width()

    @property
    def room_left(self) -> float:
        return self.content.bottom() - self.y

    # --- flow -------------------------------------------------------------------------
    def new_page(self) -> None:
        self._draw_footer()
        self.writer.newPage()
        self.page += 1
        self.y = self.content.top()

    def ensure_room(self, height: float) -> None:
        if height > self.room_left and self.y > self.content.top():
            self.new_page()

    def space(self, height: float) -> None:
        self.y += height

    def measure(self, text: str, font: QFont, width: float) -> QRectF:
        metrics = QFontMetricsF(font)
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), TEXT_FLAGS, text)

    def text_at(self, rect: QRectF, text: str, font: QFont, color: QColor = INK,
                flags: int = TEXT_FLAGS) -> QRectF:
        """Draw wrapped text in `rect` (its height grown to what the text needs); returns the rect used."""
        needed = self.measure(text, font, rect.width())
        box = QRectF(rect.left(), rect.top(), rect.width(), max(rect.height(), needed.height()))
        self.painter.setFont(font)
        self.painter.setPen(QPen(color))
        self.painter.drawText(box, flags, text)
        self.boxes.append(TextBox(text, box, needed, self.page))
        return box

    def paragraph(self, text: str, size_pt: float = 10.0, bold: bool = False, color: QColor = INK,
                  after: float = 6.0, indent: float = 0.0) -> None:
        font = self.font(size_pt, bold)
        height = self.measure(text, font, self.width - indent).height()
        self.ensure_room(height)
        self.text_at(QRectF(self.content.left() + indent, self.y, self.width - indent, height), text, font, color)
        self.y += height + after

    def heading_height(self, text: str, size_pt: float = 13.0) -> float:
        """The room a heading takes: space above, the text, its rule."""
        return 6 + self.measure(text, self.font(size_pt, True), self.width).height() + 2 + 6

    def heading(self, text: str, size_pt: float = 13.0) -> None:
        font = self.font(size_pt, True)
        height = self.measure(text, font, self.width).height()
        self.ensure_room(height + 60)  # never a heading alone at the foot of a page
        self.space(6)
        self.text_at(QRectF(self.content.left(), self.y, self.width, height), text, font, ACCENT)
        self.y += height + 2
        self.rule()

    def rule(self) -> None:
        self.painter.setPen(QPen(RULE, 1))
        self.painter.drawLine(self.content.left(), self.y, self.content.right(), self.y)
        self.y += 6

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
              size_pt: float = 9.0) -> None:
        """Columns of wrapped text; `widths` are shares of the content width. A row never splits; a
        table that runs onto a new page repeats its header there; the header never stands alone."""
        total = sum(widths)
        columns = [self.width * share / total for share in widths]
        header_font, font = self.font(size_pt, bold=True), self.font(size_pt)
        header_height = self._row_height(list(header), columns, header_font)
        first = self._row_height(list(rows[0]), columns, font) if rows else 0.0
        self.ensure_room(header_height + first)
        self._row(list(header), columns, header_font, header_height, shaded=True)
        for row in rows:
            height = self._row_height(list(row), columns, font)
            if height > self.room_left and self.y > self.content.top():
                self.new_page()
                self._row(list(header), columns, header_font, header_height, shaded=True)
            self._row(list(row), columns, font, height)
        self.y += 8

    _PAD = 4.0

    def _row_height(self, row: list[str], columns: list[float], font: QFont) -> float:
        return max(self.measure(cell, font, width - 2 * self._PAD).height()
                   for cell, width in zip(row, columns, strict=True)) + 2 * self._PAD

    def _row(self, row: list[str], columns: list[float], font: QFont, height: float, shaded: bool = False) -> None:
        pad = self._PAD
        x = self.content.left()
        if shaded:
            self.painter.fillRect(QRectF(x, self.y, self.width, height), QColor("#eef2f7"))
        for cell, width in zip(row, columns, strict=True):
            self.text_at(QRectF(x + pad, self.y + pad, width - 2 * pad, height - 2 * pad), cell, font, INK)
            x += width
        self.y += height
        self.painter.setPen(QPen(RULE, 0.5))
        self.painter.drawLine(self.content.left(), self.y, self.content.right(), self.y)

    def block(self, height: float, draw: Callable[[QRectF], None]) -> None:
        """Reserve `height` (on a new page when needed) and let `draw` paint into it."""
        self.ensure_room(height)
        draw(QRectF(self.content.left(), self.y, self.width, height))
        self.y += height

    def finish(self) -> None:
        self._draw_footer()
        self.painter.end()

    def _draw_footer(self) -> None:
        font = self.font(7.5)
        top = self.content.bottom() + 8
        text = f"{self.footer} · {self.page}"
        self.text_at(QRectF(self.content.left(), top, self.width, 14), text, font, MUTED)
