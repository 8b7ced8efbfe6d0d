"""Where the compare view puts its table and charts, by the room it has, so that none is
squeezed into ellipses and the bars stay in sight of the table:

- wide: the table, the cost and time bars, the waterfall, side by side;
- medium: the table with the cost and time bars beside it, the waterfall under both;
- narrow: the table, every row shown, with all the charts under it (the dock scrolls).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QTableWidget, QWidget

# Room beside the table (its columns' width) for everything side by side, or for the bar pair.
CHARTS_MIN_WIDTH_PX = 480
PLOTS_MIN_WIDTH_PX = 300
CHARTS_STACKED_HEIGHT_PX = 300
TABLE_MIN_HEIGHT_PX = 120
WIDE, MEDIUM, NARROW = "wide", "medium", "narrow"
_UNBOUNDED = 16_777_215
# (row, column, row span, column span) of table, bar pair and waterfall; column stretches.
_PLACES = {
    WIDE: (((0, 0, 1, 1), (0, 1, 1, 1), (0, 2, 1, 1)), (0, 2, 3)),
    MEDIUM: (((0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 2)), (0, 1, 0)),
    NARROW: (((0, 0, 1, 2), (1, 0, 1, 1), (1, 1, 1, 1)), (2, 3, 0)),
}


def table_width_needed(table: QTableWidget) -> int:
    return (table.verticalHeader().sizeHint().width() + table.horizontalHeader().length()
            + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 4)


def layout_mode(width: int, table_width: int) -> str:
    if width >= table_width + CHARTS_MIN_WIDTH_PX:
        return WIDE
    return MEDIUM if width >= table_width + PLOTS_MIN_WIDTH_PX else NARROW


def arrange(view: QWidget, grid: QGridLayout, table: QTableWidget, plots: QWidget, waterfall: QWidget) -> str:
    """Place table, bar pair and waterfall in `grid` for `view`'s width; returns the mode."""
    needed = table_width_needed(table)
    mode = layout_mode(view.width(), needed)
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
