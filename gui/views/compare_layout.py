"""The compare view's table and charts side by side when both fit, else stacked with the
table showing every row (the dock scrolls), so neither is squeezed into ellipses."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QTableWidget, QWidget

# Narrower than the table needs plus this: the charts go under the table (the dock scrolls).
CHARTS_MIN_WIDTH_PX = 480
CHARTS_STACKED_HEIGHT_PX = 300
TABLE_MIN_HEIGHT_PX = 120


def table_width_needed(table: QTableWidget) -> int:
    return (table.verticalHeader().sizeHint().width() + table.horizontalHeader().length()
            + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 4)


def arrange(view: QWidget, body: QBoxLayout, table: QTableWidget, charts: QWidget) -> None:
    """Table and charts side by side when both fit in `view`; else stacked, the table showing every row."""
    needed = table_width_needed(table)
    stacked = view.width() < needed + CHARTS_MIN_WIDTH_PX
    direction = QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
    if body.direction() != direction:
        body.setDirection(direction)
        body.setStretch(0, 0)
        body.setStretch(1, 1)
    wide = 0 if stacked else needed  # side by side: the table as wide as its columns
    if table.minimumWidth() != wide:
        table.setMinimumWidth(wide)
        table.setMaximumWidth(wide if wide else 16_777_215)
    if stacked:
        rows_px = sum(table.rowHeight(row) for row in range(table.rowCount()))
        height = (rows_px + table.horizontalHeader().height() + 2 * table.frameWidth()
                  + table.horizontalScrollBar().sizeHint().height() + 2)
        if table.minimumHeight() != height:
            table.setMinimumHeight(height)
        # At least what the bar charts need (their rows grow with the pins, taller in Chinese).
        charts.setMinimumHeight(max(CHARTS_STACKED_HEIGHT_PX, charts.minimumSizeHint().height()))
    else:
        if table.minimumHeight() != TABLE_MIN_HEIGHT_PX:
            table.setMinimumHeight(TABLE_MIN_HEIGHT_PX)
        charts.setMinimumHeight(0)
