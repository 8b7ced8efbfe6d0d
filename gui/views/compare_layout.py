"""Where the compare view puts its table and charts, by the room it has, so that none is
squeezed into ellipses and the bars stay in sight of the table:

- wide: the table, the cost and time bars, the waterfall, side by side;
- medium: the table with the cost and time bars beside it, the waterfall under both;
- narrow: the table, every row shown, with all the charts under it (the dock scrolls).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QGridLayout, QTableWidget, QWidget

# Room beside the table (its columns' width) for the bar pair, and for the bar pair and the
# waterfall side by side, each at least as wide as the pair alone (a wider view never narrows them).
PLOTS_MIN_WIDTH_PX = 300
CHARTS_MIN_WIDTH_PX = 2 * PLOTS_MIN_WIDTH_PX + 20
# A layout holds until the room passes its threshold by this much: a row coming or going in a drag
# widens the table by ~30 px and must not throw the waterfall under it and back.
HOLD_PX = 48
CHARTS_STACKED_HEIGHT_PX = 300
TABLE_MIN_HEIGHT_PX = 120
WIDE, MEDIUM, NARROW = "wide", "medium", "narrow"
_UNBOUNDED = 16_777_215
# (row, column, row span, column span) of table, bar pair and waterfall; column stretches.
_PLACES = {
    WIDE: (((0, 0, 1, 1), (0, 1, 1, 1), (0, 2, 1, 1)), (0, 1, 1)),
    MEDIUM: (((0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 2)), (0, 1, 0)),
    NARROW: (((0, 0, 1, 2), (1, 0, 1, 1), (1, 1, 1, 1)), (2, 3, 0)),
}


def table_width_needed(table: QTableWidget) -> int:
    return (table.verticalHeader().sizeHint().width() + table.horizontalHeader().length()
            + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 4)


def layout_mode(width: int, table_width: int, current: str | None = None) -> str:
    """The layout for `width` beside a table `table_width` wide; `current` holds unless passed by HOLD_PX."""
    room = width - table_width
    hold = {WIDE: (CHARTS_MIN_WIDTH_PX - HOLD_PX, None), MEDIUM: (PLOTS_MIN_WIDTH_PX - HOLD_PX, CHARTS_MIN_WIDTH_PX)}
    if current in hold:
        floor, ceiling = hold[current]
        if room >= floor and (ceiling is None or room < ceiling):
            return current
    if room >= CHARTS_MIN_WIDTH_PX:
        return WIDE
    return MEDIUM if room >= PLOTS_MIN_WIDTH_PX else NARROW


def _width_without_scroll_bar(view: QWidget) -> int:
    """The view's width as if the dock's scroll bar were away: the bar comes with the taller layouts,
    and its 14 px must not keep a layout that the room without it would change."""
    area = view.parentWidget().parentWidget() if view.parentWidget() is not None else None
    if isinstance(area, QAbstractScrollArea) and area.verticalScrollBar().isVisible():
        return view.width() + area.verticalScrollBar().width()
    return view.width()


def arrange(view: QWidget, grid: QGridLayout, table: QTableWidget, plots: QWidget, waterfall: QWidget,
            current: str | None = None) -> str:
    """Place table, bar pair and waterfall in `grid` for `view`'s width; returns the mode."""
    needed = table_width_needed(table)
    mode = layout_mode(_width_without_scroll_bar(view), needed, current)
    places, stretches = _PLACES[mode]
    for widget, place in zip((table, plots, waterfall), places, strict=True):
        index = grid.indexOf(widget)
        if index < 0 or grid.getItemPosition(index) != place:
            grid.removeWidget(widget)
            grid.addWidget(widget, *place)
    for column, stretch in enumerate(stretches):
        grid.setColumnStretch(column, stretch)
    grid.setRowStretch(0, 1 if mode == WIDE else 0)
    grid.setRowStretch(1, 0 if mode == WIDE else 1)
    wide = 0 if mode == NARROW else needed  # beside the charts: the table as wide as its columns
    if table.minimumWidth() != wide:
        table.setMinimumWidth(wide)
        table.setMaximumWidth(wide if wide else _UNBOUNDED)
    if mode == WIDE:
        height = TABLE_MIN_HEIGHT_PX
    else:  # every row in view (the dock scrolls instead)
        rows_px = sum(table.rowHeight(row) for row in range(table.rowCount()))
        height = (rows_px + table.horizontalHeader().height() + 2 * table.frameWidth()
                  + table.horizontalScrollBar().sizeHint().height() + 2)
    if table.minimumHeight() != height:
        table.setMinimumHeight(height)
    # Under the table, at least what the bar charts need (their rows grow with the pins, taller in Chinese).
    below = [waterfall] if mode == MEDIUM else [plots, waterfall] if mode == NARROW else []
    for widget in (plots, waterfall):
        wanted = max(CHARTS_STACKED_HEIGHT_PX, widget.minimumSizeHint().height()) if widget in below else 0
        if widget.minimumHeight() != wanted:
            widget.setMinimumHeight(wanted)
    return mode
