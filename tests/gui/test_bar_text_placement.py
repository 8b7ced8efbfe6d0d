"""BarCanvas draws its names and tick labels on screen from kept layouts (QStaticText) and with
drawText on any other device (export, print): both must put every text in the same place. A
font whose line height is not a whole number of pixels (the Chinese interface's Noto Sans CJK
at 9 pt: 17.36 px) put the kept layouts a pixel higher than drawText (QStaticText's size is
rounded up to whole pixels)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from gui.charts.base import PALETTE
from gui.views.bar_plot import BarCanvas


def _fonts() -> list[QFont]:
    """The default family at sizes whose line height is not a whole number of pixels."""
    fonts = []
    for half in range(14, 33):
        font = QFont()
        font.setPointSizeF(half / 2)
        if QFontMetricsF(font).height() % 1.0 >= 0.1:
            fonts.append(font)
    return fonts


def _render_both(canvas: BarCanvas) -> tuple[QImage, QImage]:
    on_screen = canvas.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    printed = QImage(canvas.size(), QImage.Format.Format_RGB32)
    printed.fill(QColor(canvas.colors["background"]))
    painter = QPainter(printed)
    painter.setFont(canvas.font())
    canvas.draw(painter)
    painter.end()
    return on_screen, printed


def test_kept_text_layouts_sit_where_drawtext_puts_them(qtbot) -> None:
    canvas = BarCanvas(PALETTE["light"], 90)
    qtbot.addWidget(canvas)
    canvas.resize(520, 220)
    canvas.show()
    canvas.move(QPoint(0, 0))
    canvas.set_data(["Depreciation years (3.2…4.8)", "Server price (880,000…1,320,000)", "PUE (1.04…1.56)"],
                    [(0, 0.3, 0.4, "accent"), (1, 0.28, 0.38, "third"), (2, 0.33, 0.34, "accent")], [],
                    0.33, (0.25, 0.65), "USD per case", None)
    fonts = _fonts()
    assert fonts
    misplaced = []
    for font in fonts:
        canvas.setFont(font)
        on_screen, printed = _render_both(canvas)
        if on_screen != printed:
            misplaced.append(font.pointSizeF())
    assert canvas._laid_out, "the on-screen path drew from kept layouts"
    assert misplaced == []
