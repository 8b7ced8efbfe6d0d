"""The accelerator list for a combo box: grouped under bold, unselectable vendor headers."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from core.catalog import AcceleratorSpec
from gui.catalog_labels import accelerator_label
from gui.plain_text import tooltip


def accelerators_by_vendor(specs: Iterable[AcceleratorSpec], parent: QObject) -> QStandardItemModel:
    """Items carry the accelerator id as user data; headers carry none."""
    model = QStandardItemModel(parent)
    by_vendor: dict[str, list[AcceleratorSpec]] = {}
    for spec in specs:
        by_vendor.setdefault(spec.vendor, []).append(spec)
    for vendor, members in by_vendor.items():
        header = QStandardItem(vendor)
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        model.appendRow(header)
        for spec in members:
            item = QStandardItem("   " + accelerator_label(spec))
            item.setData(spec.id, Qt.ItemDataRole.UserRole)
            item.setToolTip(tooltip(spec.name))
            model.appendRow(item)
    return model
