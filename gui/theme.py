"""Light and dark themes: palettes, fonts and self-painted rounded panels (charts take
their plot colours from charts.base)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QCheckBox, QFrame, QMainWindow, QScrollArea, QWidget

from gui.fixed_label import FixedLinesLabel

_COLORS = {
    "light": {
        "window": "#f3f5f8",
        "card": "#ffffff",
        "border": "#d5dbe3",
        "text": "#1d2530",
        "muted": "#5b6675",
        "value": "#0f3d78",
        "good": "#e6f5ea",
        "good_edge": "#2a9d55",
        "tight": "#fff4df",
        "tight_edge": "#e09b00",
        "bad": "#fde8e8",
        "bad_edge": "#d1343f",
        "warn": "#fff4df",
        "box_edge": "#9aa3ad",
    },
    "dark": {
        "window": "#15191e",
        "card": "#1e2329",
        "border": "#38414c",
        "text": "#e3e7ec",
        "muted": "#9aa5b1",
        "value": "#8cc4ff",
        "good": "#173523",
        "good_edge": "#5fd08a",
        "tight": "#3b2f14",
        "tight_edge": "#ffb84d",
        "bad": "#3e1d20",
        "bad_edge": "#ff6b6b",
        "warn": "#3b2f14",
        "box_edge": "#8a95a1",
    },
}


# Text roles by object name: point size, weight, colour key (None: the normal text colour).
TEXT_ROLES: dict[str, tuple[float, QFont.Weight, str | None]] = {
    "cardTitle": (9.0, QFont.Weight.DemiBold, "muted"),
    "cardValue": (19.0, QFont.Weight.Bold, "value"),
    "bottleneckValue": (13.0, QFont.Weight.Bold, "value"),
    "cardDetail": (8.0, QFont.Weight.Normal, "muted"),
    "chartNote": (8.0, QFont.Weight.Normal, "muted"),
    "note": (8.0, QFont.Weight.Normal, "muted"),
    "chartTitle": (10.0, QFont.Weight.Bold, None),
}
RADIUS = 6.0


def colors(theme: str) -> dict[str, str]:
    """The theme's named colours."""
    return _COLORS.get(theme, _COLORS["light"])


def apply_theme(root: QWidget, theme: str) -> None:
    """Colours and fonts for the window and everything in it, from palettes and fonts
    rather than a style sheet: a style sheet routes every widget's painting through
    Qt's style-sheet engine, which costs about a millisecond per slider move here."""
    c = colors(theme)
    palette = QPalette(root.palette())
    for role, key in (
        (QPalette.ColorRole.Window, "window"),
        (QPalette.ColorRole.WindowText, "text"),
        (QPalette.ColorRole.Base, "card"),
        (QPalette.ColorRole.AlternateBase, "window"),
        (QPalette.ColorRole.Text, "text"),
        (QPalette.ColorRole.Button, "card"),
        (QPalette.ColorRole.ButtonText, "text"),
        (QPalette.ColorRole.ToolTipBase, "card"),
        (QPalette.ColorRole.ToolTipText, "text"),
        (QPalette.ColorRole.PlaceholderText, "muted"),
        (QPalette.ColorRole.Link, "value"),  # Qt's dark blue links vanish on a dark panel
        (QPalette.ColorRole.LinkVisited, "value"),
    ):
        palette.setColor(role, QColor(c[key]))
    # setColor(role, …) sets every colour group: without this, a disabled button or field read
    # as enabled in both themes.
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(c["muted"]))
    root.setPalette(palette)
    if isinstance(root, QMainWindow):
        # Dialogs and message boxes are windows of their own and do not inherit the main window's
        # palette: the application's palette carries the theme to them.
        QApplication.setPalette(palette)
    for area in root.findChildren(QScrollArea):  # the controls' scroll area: window-coloured, no frame
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        if area.widget() is not None:
            area.widget().setBackgroundRole(QPalette.ColorRole.Window)
    for widget in root.findChildren(QWidget):
        role = TEXT_ROLES.get(widget.objectName())
        if role is not None:
            size, weight, color = role
            font = QFont(widget.font())
            font.setPointSizeF(size)
            font.setWeight(weight)
            widget.setFont(font)
            if color is not None:
                text_palette = QPalette(widget.palette())
                text_palette.setColor(QPalette.ColorRole.WindowText, QColor(c[color]))
                widget.setPalette(text_palette)
        if isinstance(widget, QCheckBox):
            # Fusion outlines a check box in its Window colour darkened: on a dark panel
            # the box vanished. Its own Window colour is used for nothing else.
            box_palette = QPalette(widget.palette())
            box_palette.setColor(QPalette.ColorRole.Window, QColor(c["box_edge"]))
            widget.setPalette(box_palette)
        if isinstance(widget, Surface):
            widget.set_theme(theme)
        widget.update()


class Surface:
    """A rounded panel (card, chart frame, control section) that paints itself in the
    theme's colours; `surface_state` picks the good/tight/bad colours of a card."""

    surface_theme = "light"
    surface_state = ""
    surface_top = 0  # room above the panel (a section's title sits there)

    def set_theme(self, theme: str) -> None:
        self.surface_theme = theme
        self._sync_palette()

    def set_surface_state(self, state: str) -> None:
        if state != self.surface_state:
            self.surface_state = state
            # Not a new palette: setting one sends every child a palette change and costs more than
            # the repaint itself (a card turning red mid-drag); opaque labels ask `surface_fill`.
            widget: QWidget = self  # type: ignore[assignment]
            for label in widget.findChildren(FixedLinesLabel):
                label.forget_colors()
                # Opaque: Qt leaves it out of the panel's repaint, and a label whose text did not
                # change (a card's title) would keep the old state's colour behind its text.
                label.update()
            widget.update()

    def surface_fill(self) -> QColor:
        """The colour inside the panel now (its state's): what opaque labels on it paint behind their text."""
        return self.surface_colors()[0]

    def surface_colors(self) -> tuple[QColor, QColor, float]:
        c = colors(self.surface_theme)
        if self.surface_state in ("good", "tight", "bad"):
            return QColor(c[self.surface_state]), QColor(c[f"{self.surface_state}_edge"]), 2.0
        return QColor(c["card"]), QColor(c["border"]), 1.0

    def _sync_palette(self) -> None:
        """Children that paint their own background (opaque labels) read the panel colour here."""
        widget: QWidget = self  # type: ignore[assignment]
        palette = QPalette(widget.palette())
        palette.setColor(QPalette.ColorRole.Window, self.surface_colors()[0])
        widget.setPalette(palette)
        for label in widget.findChildren(FixedLinesLabel):  # they keep the colour they paint
            label.forget_colors()

    def paint_surface(self, painter: QPainter) -> None:
        widget: QWidget = self  # type: ignore[assignment]
        fill, edge, edge_width = self.surface_colors()
        half = edge_width / 2
        area = QRectF(widget.rect()).adjusted(half, half + self.surface_top, -half, -half)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(edge, edge_width))
        painter.setBrush(fill)
        painter.drawRoundedRect(area, RADIUS, RADIUS)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)


class SurfaceFrame(Surface, QFrame):
    """A QFrame drawn as a rounded panel (cards and charts)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint_surface(painter)
        painter.end()


class Section(Surface, QWidget):
    """A titled panel of controls (what a styled QGroupBox was)."""

    surface_top = 14

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setContentsMargins(0, self.surface_top, 0, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint_surface(painter)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.drawText(QPointF(14, self.surface_top / 2 + QFontMetrics(font).ascent() / 2), self.title)
        painter.end()
