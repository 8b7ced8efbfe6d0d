"""The chip's spec sheet (core.spec_sheet): the scenario's accelerator beside a reference
chip picked from the catalog, figure by figure with ratios, its price with date and source,
and how busy it is at the operating point (from the engine's outcome).

Computed only while shown; the table is rebuilt only when either chip changes, the busy
line follows every move (two numbers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.catalog import AcceleratorSpec, load_catalog
from core.spec_sheet import (
    PRECISIONS,
    SheetRatios,
    SpecSheet,
    busy_at_operating_point,
    compare_sheets,
    spec_sheet,
)
from gui.accelerator_picker import accelerators_by_vendor
from gui.catalog_labels import short_accelerator_name
from gui.document import ScenarioDocument
from gui.formatting import NO_FIGURE, gigabytes, money, percent
from gui.language import translate
from gui.plain_text import tooltip
from gui.views.decide_docks import _give_room
from gui.views.refresh import ViewRefresher

if TYPE_CHECKING:
    from gui.main_window import MainWindow

CONTEXT = "SpecSheetView"
DEFAULT_REFERENCE = "h100-sxm"  # the chip most readers know; another when the scenario is on it
SPEC_SHEET_DELAY_MS = 80


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def ratio_text(ratio: float | None) -> str:
    """0.15×, 1.2×, 6.7×, 12×: two significant digits, never scientific notation."""
    if ratio is None:
        return NO_FIGURE
    if ratio >= 100:
        return f"{ratio:,.0f}×"
    digits = f"{ratio:.2g}"
    return (f"{ratio:.2f}".rstrip("0").rstrip(".") if "e" in digits else digits) + "×"


def headline_sentence(ratios: SheetRatios) -> str:
    """ "H20 vs H100 SXM5: FLOPS 0.15× (FP8), bandwidth 1.2×, memory 1.2×." """
    flops = ratio_text(ratios.flops)
    if ratios.headline_precision:
        flops += f" ({ratios.headline_precision.upper()})"
    return translate("SpecSheetView", "{chip} vs {reference}: FLOPS {flops}, memory bandwidth {bandwidth}, memory "
        "{memory}.").format(
        chip=ratios.sheet.name, reference=ratios.reference.name, flops=flops,
        bandwidth=ratio_text(ratios.memory_bandwidth), memory=ratio_text(ratios.memory))


def _dated(value: str, date: str | None, estimated: bool) -> str:
    if value == NO_FIGURE:
        return value
    words = value + (f" ({date})" if date else "")
    return words + (" " + translate("SpecSheetView", "estimate") if estimated else "")


def _tflops(value: float | None) -> str:
    return NO_FIGURE if value is None else f"{value:,.0f}"


def _price(usd: float | None, currency: str, cny_per_usd: float) -> str:
    """A catalog price (USD) in the scenario's currency."""
    if usd is None:
        return money(None, currency)
    return money(usd * cny_per_usd if currency == "CNY" else usd, currency)


def _rows(sheet: SpecSheet, currency: str = "USD", cny_per_usd: float = 1.0) -> list[tuple[str, str, str]]:
    """(figure, value, catalog field) for each row of the table; prices in `currency`."""
    rows = [
        (translate("SpecSheetView", "Kind"), sheet.unit_noun, ""),
        (translate("SpecSheetView", "Memory"), gigabytes(sheet.memory_gb), "memory_gb"),
        (translate("SpecSheetView", "Memory bandwidth"), f"{sheet.memory_bandwidth_tb_per_s:,.2f} TB/s",
            "memory_bandwidth_tb_per_s"),
    ]
    rows += [(translate("SpecSheetView", "Dense {format} TFLOPS").format(format=p.upper()),
        _tflops(sheet.dense_tflops[p]), "dense_tflops")
             for p in PRECISIONS]
    rows += [
        (translate(
            "SpecSheetView", "Scale-up link, per direction"), f"{sheet.scale_up_gb_per_s_per_direction:,.0f} GB/s",
         "scale_up_gb_per_s_per_direction"),
        (translate("SpecSheetView", "Scale-up domain"), translate("SpecSheetView",
            "{count} chips").format(count=sheet.scale_up_domain) if sheet.scale_up_domain > 1
         else translate("SpecSheetView", "none"), "scale_up_domain"),
        (translate("SpecSheetView", "Interconnect"), sheet.interconnect or NO_FIGURE, "interconnect"),
        (translate("SpecSheetView", "Power (TDP)"), f"{sheet.tdp_w:,.0f} W", "tdp_w"),
        (translate("SpecSheetView", "Idle power"), f"{sheet.idle_power_w:,.0f} W", "idle_power_w"),
        (translate("SpecSheetView", "Price to buy"), _dated(_price(sheet.purchase_price_usd, currency, cny_per_usd),
                                    sheet.purchase_price_date,
                                    "purchase_price_usd" in sheet.estimated_fields), "purchase_price_usd"),
        (translate("SpecSheetView", "Rent per hour"), _dated(_price(sheet.rental_price_usd_per_hour, currency,
                                                                    cny_per_usd),
                                     sheet.rental_price_date,
                                     "rental_price_usd_per_hour" in sheet.estimated_fields),
         "rental_price_usd_per_hour"),
        (translate("SpecSheetView", "Released"), str(sheet.release_year) if sheet.release_year else NO_FIGURE,
            "release_year"),
    ]
    return rows


def _row_ratios(ratios: SheetRatios) -> list[float | None]:
    return [
        None, ratios.memory, ratios.memory_bandwidth,
        *(ratios.tflops_by_precision[p] for p in PRECISIONS),
        ratios.scale_up_bandwidth, ratios.scale_up_domain, None, ratios.power, ratios.idle_power,
        ratios.purchase_price, ratios.rental_price, None,
    ]


class SpecSheetView(QWidget):
    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.catalog = load_catalog()
        self.refresh_count = 0
        self.sheet: SpecSheet | None = None
        self.ratios: SheetRatios | None = None
        self._shown_for: tuple[object, ...] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("SpecSheetView", "Beside:")))
        self.reference = QComboBox()
        self.reference.setModel(accelerators_by_vendor(self.catalog.accelerators.values(), self.reference))
        self.reference.setToolTip(translate(
            "SpecSheetView", "The chip to set beside the scenario's accelerator; ratios are to this one."))
        self.reference.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reference.setMinimumContentsLength(26)
        row.addWidget(self.reference)
        self.headline = QLabel()
        self.headline.setObjectName("specHeadline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        row.addWidget(self.headline, 1)
        layout.addLayout(row)
        self.busy = QLabel()
        self.busy.setTextFormat(Qt.TextFormat.PlainText)
        self.busy.setWordWrap(True)
        layout.addWidget(self.busy)
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the dock scrolls
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        layout.addWidget(self.table)
        self.sources = QLabel()
        self.sources.setObjectName("note")
        self.sources.setTextFormat(Qt.TextFormat.PlainText)
        self.sources.setWordWrap(True)
        layout.addWidget(self.sources)
        self._select_default_reference()
        self.reference.currentIndexChanged.connect(lambda _i: self.refresh(force=True))
        self.refresher = ViewRefresher(self, document, self.refresh, SPEC_SHEET_DELAY_MS)

    def accelerator(self) -> AcceleratorSpec:
        hardware = self.document.scenario.hardware
        return hardware.custom_accelerator or self.catalog.accelerator(hardware.accelerator_id)

    def reference_id(self) -> str | None:
        data = self.reference.currentData()
        return data if isinstance(data, str) else None

    def set_reference(self, accelerator_id: str) -> None:
        index = self.reference.findData(accelerator_id)
        if index >= 0:
            self.reference.setCurrentIndex(index)

    def _select_default_reference(self) -> None:
        chosen = self.document.scenario.hardware.accelerator_id
        fallback = next(a for a in self.catalog.accelerators if a != chosen)
        self.set_reference(DEFAULT_REFERENCE if chosen != DEFAULT_REFERENCE else fallback)

    def refresh(self, force: bool = False) -> None:
        """The busy line always; the table when either chip changed."""
        outcome = self.document.outcome
        busy = busy_at_operating_point(outcome)
        self.busy.setText(translate(
            "SpecSheetView", "At the operating point: useful compute {compute} of peak, memory bandwidth "
                             "{bandwidth} of peak, memory {memory} full; limited by {bottleneck}.").format(
            compute=percent(busy.compute, 1), bandwidth=percent(busy.memory_bandwidth, 1),
            memory=percent(busy.memory_capacity), bottleneck=translate("Bottleneck", busy.bottleneck)))
        accelerator = self.accelerator()
        pricing = self.document.scenario.pricing
        key = (accelerator, self.reference_id(), pricing.currency, pricing.cny_per_usd, pricing.cny_per_usd_date)
        if key == self._shown_for and not force:
            return
        self._shown_for = key
        self.refresh_count += 1
        self.sheet = spec_sheet(accelerator)
        reference_id = self.reference_id()
        reference = None if reference_id is None else spec_sheet(self.catalog.accelerator(reference_id))
        self.ratios = None if reference is None else compare_sheets(self.sheet, reference)
        self._fill_table(self.sheet, reference)

    def _fill_table(self, sheet: SpecSheet, reference: SpecSheet | None) -> None:
        self.headline.setText(headline_sentence(self.ratios) if self.ratios else "")
        pricing = self.document.scenario.pricing
        money_in = (pricing.currency, pricing.cny_per_usd)
        own = _rows(sheet, *money_in)
        theirs = _rows(reference, *money_in) if reference is not None else [("", "", "")] * len(own)
        ratios = _row_ratios(self.ratios) if self.ratios else [None] * len(own)
        self.table.setHorizontalHeaderLabels([
            translate("SpecSheetView", "Figure"), _short(sheet.name),
            _short(reference.name) if reference else "", translate("SpecSheetView", "Ratio")])
        if self.table.rowCount() != len(own):
            self.table.setRowCount(len(own))
        changed = False
        estimate = translate("SpecSheetView", "An estimate, not a published figure: see the notes below.")
        for index, ((figure, value, field), (_f, other, _g), ratio) in enumerate(
                zip(own, theirs, ratios, strict=True)):
            for column, text in enumerate((figure, value, other, ratio_text(ratio) if ratio is not None else "")):
                # Items are kept and only their text set: a new item per cell (64 of them) took
                # ~12 ms each time a drag of the price paused.
                item = self.table.item(index, column)
                if item is None:
                    item = QTableWidgetItem()
                    if column:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(index, column, item)
                if item.text() != text:
                    item.setText(text)
                    changed = True
                tip = estimate if field in sheet.estimated_fields and column == 1 else ""
                if item.toolTip() != tip:
                    item.setToolTip(tip)
        if changed:
            self.table.resizeColumnsToContents()
            self.table.resizeRowsToContents()
        rows_px = sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        self.table.setFixedHeight(rows_px + self.table.horizontalHeader().height() + 2 * self.table.frameWidth())
        lines = [translate(
            "SpecSheetView", "Sources for {chip}:").format(chip=sheet.name), *(f"• {s}" for s in sheet.sources)]
        if pricing.currency == "CNY":
            lines.insert(0, translate("SpecSheetView", "Prices: the catalog's US dollars converted at the scenario's "
                                      "rate, {rate} CNY per USD{date}.").format(
                rate=f"{pricing.cny_per_usd:g}",
                date=f" ({pricing.cny_per_usd_date})" if pricing.cny_per_usd_date else ""))
        if sheet.notes:
            lines += ["", sheet.notes]
        self.sources.setText("\n".join(lines))
        self.sources.setToolTip(tooltip(sheet.notes))


def _short(name: str) -> str:
    spec = next((a for a in load_catalog().accelerators.values() if a.name == name), None)
    return short_accelerator_name(spec) if spec is not None else name


def add_spec_sheet_view(window: MainWindow, view_menu: QMenu) -> QDockWidget:
    """The spec sheet as a dock tabbed with the planner, hidden until chosen (Ctrl+Shift+I)."""
    window.spec_sheet = SpecSheetView(window.document)
    dock = QDockWidget(translate("SpecSheetView", "The chip's spec sheet"), window)
    dock.setObjectName("specSheetDock")
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(window.spec_sheet)
    dock.setWidget(scroll)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.tabifyDockWidget(window.planner_dock, dock)
    dock.hide()
    action = dock.toggleViewAction()
    action.triggered.connect(lambda checked: dock.raise_() if checked else None)  # to the front of its tabs
    action.setText(translate("SpecSheetView", "The chip's &spec sheet"))
    action.setShortcut(QKeySequence("Ctrl+Shift+I"))
    view_menu.addAction(action)
    dock.visibilityChanged.connect(lambda shown: _give_room(window, dock) if shown else None)
    window.spec_sheet_dock = dock
    return dock
