"""Scroll bars drawn flat, in the palette's colours, over the Fusion style.

Fusion paints a scroll bar with gradients it renders afresh each time: one 14×540 bar took
~3.6 ms to repaint (measured offscreen), and the compare table's bar repaints whenever a row
is added, which on a slider move is a third of a 120 Hz frame. Drawn here as a groove, a
rounded handle and two small arrows, with Fusion's geometry (hit areas, sizes) unchanged, it
takes tens of microseconds. Other styles (macOS's native one) are left as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPolygonF
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOptionComplex, QStyleOptionSlider, QWidget

HANDLE_INSET_PX = 3  # the handle's margin inside the groove
ARROW_SHARE = 0.3  # an arrow's half-width, as a share of its button's shorter side


class FlatScrollBarStyle(QProxyStyle):
    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex,
                           painter: QPainter, widget: QWidget | None = None) -> None:
        if control != QStyle.ComplexControl.CC_ScrollBar or not isinstance(option, QStyleOptionSlider):
            super().drawComplexControl(control, option, painter, widget)
            return
        palette = option.palette
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled) and option.maximum > option.minimum
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Window))
        groove = QRectF(self.subControlRect(control, option, QStyle.SubControl.SC_ScrollBarGroove, widget))
        painter.fillRect(groove, palette.color(QPalette.ColorRole.Base))
        if enabled:
            handle = QRectF(self.subControlRect(control, option, QStyle.SubControl.SC_ScrollBarSlider, widget))
            handle = handle.adjusted(HANDLE_INSET_PX, HANDLE_INSET_PX, -HANDLE_INSET_PX, -HANDLE_INSET_PX)
            pressed = option.activeSubControls & QStyle.SubControl.SC_ScrollBarSlider and bool(
                option.state & QStyle.StateFlag.State_Sunken)
            color = QColor(palette.color(QPalette.ColorRole.Dark if pressed else QPalette.ColorRole.Mid))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            radius = min(handle.width(), handle.height()) / 2
            painter.drawRoundedRect(handle, radius, radius)
        arrow = QColor(palette.color(QPalette.ColorRole.WindowText))
        arrow.setAlphaF(0.6 if enabled else 0.25)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(arrow)
        vertical = option.orientation == Qt.Orientation.Vertical
        for sub, forward in ((QStyle.SubControl.SC_ScrollBarSubLine, False),
                             (QStyle.SubControl.SC_ScrollBarAddLine, True)):
            box = QRectF(self.subControlRect(control, option, sub, widget))
            if box.isEmpty():
                continue
            painter.drawPolygon(_triangle(box, vertical, forward))
        painter.restore()


def _triangle(box: QRectF, vertical: bool, forward: bool) -> QPolygonF:
    """A small arrow in `box`: down/right when `forward`, up/left otherwise."""
    c = box.center()
    half = min(box.width(), box.height()) * ARROW_SHARE
    sign = 1.0 if forward else -1.0
    if vertical:
        points = [QPointF(c.x() - half, c.y() - sign * half / 2), QPointF(c.x() + half, c.y() - sign * half / 2),
                  QPointF(c.x(), c.y() + sign * half / 2)]
    else:
        points = [QPointF(c.x() - sign * half / 2, c.y() - half), QPointF(c.x() - sign * half / 2, c.y() + half),
                  QPointF(c.x() + sign * half / 2, c.y())]
    return QPolygonF(points)


def install(app: QApplication) -> None:
    """Flat scroll bars when the application runs the Fusion style (once; idempotent)."""
    style = app.style()
    if isinstance(style, FlatScrollBarStyle) or style.name().lower() != "fusion":
        return
    app.setStyle(FlatScrollBarStyle("Fusion"))
