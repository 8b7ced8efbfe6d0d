"""Where the compare view puts its table and charts, by the room it has, so that none is
squeezed into ellipses and the bars stay in sight of the table:

- wide: the table, the cost and time bars, the waterfall, side by side;
- medium: the table with the cost and time bars beside it, the waterfall under both;
- narrow: the table, every row shown, with all the charts under it (the dock scrolls).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QTableWidget, QWidget

# The least width the bar pair (and, side by side, the waterfall) gets in any layout; a layout is
# entered with HOLD_PX more than that and kept down to it, so a row coming or going in a drag
# (the table ~30 px wider) does not throw the waterfall under the table and back.
BARS_MIN_PX = 260
HOLD_PX = 48
SLACK_PX = 24  # the view's margins and the grid's spacing, beside the table's own width
PLOTS_MIN_WIDTH_PX = BARS_MIN_PX + HOLD_PX  # room to enter the medium layout
CHARTS_MIN_WIDTH_PX = 2 * PLOTS_MIN_WIDTH_PX  # room to enter the wide one (more if the waterfall needs it)
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


def layout_mode(width: int, table_width: int, current: str | None = None, waterfall_min_px: int = 0) -> str:
    """The layout for a view `width` wide beside a table `table_width` wide; `current` holds
    while its charts still get BARS_MIN_PX each (side by side, the waterfall takes at least
    `waterfall_min_px`, its names' room, and the bars what is left)."""
    room = width - table_width - SLACK_PX
    side_by_side = BARS_MIN_PX + max(BARS_MIN_PX, waterfall_min_px)
    floors = {WIDE: side_by_side, MEDIUM: BARS_MIN_PX}
    ceilings = {MEDIUM: side_by_side + 2 * HOLD_PX}
    if current in floors and room >= floors[current] and room < ceilings.get(current, room + 1):
        return current
    if room >= side_by_side + 2 * HOLD_PX:
        return WIDE
    return MEDIUM if room >= PLOTS_MIN_WIDTH_PX else NARROW


def arrange(view: QWidget, grid: QGridLayout, table: QTableWidget, plots: QWidget, waterfall: QWidget,
            current: str | None = None) -> str:
    """Place table, bar pair and waterfall in `grid` for `view`'s width; returns the mode."""
    needed = table_width_needed(table)
    mode = layout_mode(view.width(), needed, current, waterfall.minimumSizeHint().width())
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
