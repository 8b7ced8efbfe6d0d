"""Every cost assumption, visible and editable: how the hardware is paid for (buy per server
or per accelerator, or rent per accelerator-hour, reserved or on demand) and what running it
costs (power, electricity, PUE, hosting, depreciation, exchange rate).

A price is entered per server (chassis included) or per accelerator (plus the chassis): one
drives, the other is shown beside it, so typing "1.0M per server" never silently drops the
chassis. Controls never compute costs: the few conversions here only re-express an entered
price in the other basis, keeping the capital outlay the same.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QWidget

from core import Scenario, ScenarioError
from core.catalog import AcceleratorSpec, load_catalog
from core.inputs import catalog_accelerator_price, catalog_rental_price
from gui.currency_bar import RATE_DECIMALS, RATE_RANGE_CNY_PER_USD
from gui.document import ScenarioDocument
from gui.fixed_label import FixedLinesLabel
from gui.formatting import currency_symbol, money
from gui.language import translate
from gui.slider_spin import SliderSpin
from gui.theme import Section
from gui.workload_controls import bind_slider, select, set_text

PER_ACCELERATOR_RANGE = (100.0, 2_000_000.0)
PER_SERVER_RANGE = (1_000.0, 50_000_000.0)
RENT_PRICE_RANGE = (0.05, 500.0)
NOTE_REFIT_DELAY_MS = 250  # the price note takes the lines its text needs once the figures are still


def _combo(items: tuple[tuple[str, str], ...], tip: str) -> QComboBox:
    combo = QComboBox()
    for text, data in items:
        combo.addItem(text, data)
    combo.setToolTip(tip)
    return combo


class PricingSection(Section):
    """Buy or rent, and the price of the hardware."""

    def __init__(self, document: ScenarioDocument) -> None:
        super().__init__(translate("CostControls", "Pricing"))
        self.document = document
        self.catalog = load_catalog()
        form = self.form = QFormLayout(self)
        self.mode = _combo(
            ((translate("CostControls", "Buy — own the hardware"), "buy"), (translate("CostControls",
                "Rent — cloud, per accelerator-hour"), "rent")),
            translate("CostControls", "Buy: the price depreciated over the years, plus power and hosting. Rent: a "
                "price per "
            "accelerator per hour, all included."),
        )
        self._on_choice(self.mode, translate("CostControls", "Buy or rent"), lambda mode: {"pricing.mode": mode})
        form.addRow(translate("CostControls", "Buy or rent"), self.mode)
        self.billing = _combo(
            ((translate("CostControls", "Reserved — idle hours are paid"), "reserved"), (translate("CostControls",
                "On demand — only busy hours are paid"), "on_demand")),
            translate("CostControls", "Rented capacity: reserved instances cost every hour; on-demand capacity costs "
                "only the hours the "
            "fleet is busy (an ideal autoscaler)."),
        )
        self._on_choice(self.billing, translate(
            "CostControls", "Rental billing"), lambda billing: {"pricing.rental_billing": billing})
        form.addRow(translate("CostControls", "Rent billing"), self.billing)
        self.basis = _combo(
            ((translate("CostControls", "Per server, chassis included"), "server"), (translate("CostControls",
                "Per accelerator, plus the chassis"), "accelerator")),
            translate("CostControls", "Enter the price of a whole server (what a quote for an 8-GPU server says), or "
                "the price of one "
            "accelerator plus the server's chassis, CPUs and network. Switching keeps the outlay the same."),
        )
        self.basis.currentIndexChanged.connect(self._basis_changed)
        form.addRow(translate("CostControls", "Price entered"), self.basis)
        self.price = bind_slider(
            document, "pricing.price", translate("CostControls", "Change price"), self._price_changes,
            SliderSpin(*PER_ACCELERATOR_RANGE, log=True, decimals=0), translate(
                "CostControls", "The price in the scenario's currency."),
        )
        self.price_label = QLabel(translate("CostControls", "Price per accelerator"))
        form.addRow(self.price_label, self.price)
        row = QWidget()
        line = QHBoxLayout(row)  # across the whole form: the note wraps over the full width
        line.setContentsMargins(0, 0, 0, 0)
        self.catalog_price = QCheckBox(translate("CostControls", "Catalog price"))
        self.catalog_price.setToolTip(translate("CostControls", "Use the catalog's price for this accelerator."))
        self.catalog_price.clicked.connect(self._catalog_price_clicked)
        line.addWidget(self.catalog_price)
        # Its figures change with every price or chassis step: a label that repaints itself and
        # does not re-lay out the panel (it grows a line when a text needs one).
        self.price_note = FixedLinesLabel("", lines=1)
        self.price_note.fit_lines()
        self.price_note.center_vertically()  # level with the check box
        self.price_note.setObjectName("note")
        self._refit_note = QTimer(self, singleShot=True, interval=NOTE_REFIT_DELAY_MS, timeout=self.price_note.refit)
        line.addWidget(self.price_note, 1)
        form.addRow(row)
        self.chassis = bind_slider(
            document, "pricing.server_overhead_price", translate("CostControls", "Change chassis price"),
            lambda v: {"pricing.server_overhead_price": v},
            SliderSpin(0, 5_000_000, decimals=0),
            translate("CostControls", "What a server adds around its accelerators (CPUs, memory, network cards, "
                "chassis), per server."),
        )
        form.addRow(translate("CostControls", "Chassis per server"), self.chassis)

    def _on_choice(self, combo: QComboBox, label: str, changes: Any) -> None:
        def chosen(_index: int) -> None:
            self.document.request_change(changes(combo.currentData()), label)
            self.document.end_gesture()

        combo.currentIndexChanged.connect(chosen)

    # --- what the user sets ---------------------------------------------------------------
    def _accelerator(self) -> AcceleratorSpec | None:
        hardware = self.document.scenario.hardware
        return hardware.custom_accelerator or self.catalog.accelerators.get(hardware.accelerator_id)

    def _catalog_per_accelerator(self, scenario: Scenario) -> float | None:
        accelerator = self._accelerator()
        renting = scenario.pricing.mode == "rent"
        try:
            if accelerator is not None:
                price = (catalog_rental_price if renting else catalog_accelerator_price)(scenario.pricing, accelerator)
                return float(price)
        except ScenarioError:
            return None
        return None

    def _per_server(self, scenario: Scenario) -> float | None:
        """The outlay for one server as the scenario prices it now."""
        pricing = scenario.pricing
        if pricing.server_price is not None:
            return pricing.server_price
        each = pricing.accelerator_price if pricing.accelerator_price is not None else \
            self._catalog_per_accelerator(scenario)
        if each is None:
            return None
        return each * scenario.hardware.accelerators_per_server + pricing.server_overhead_price

    def _price_changes(self, value: float) -> dict[str, Any]:
        pricing = self.document.scenario.pricing
        if pricing.mode == "rent":
            return {"pricing.rental_price_per_accelerator_hour": value}
        if self.basis.currentData() == "server":
            return {"pricing.server_price": value, "pricing.accelerator_price": None}
        return {"pricing.accelerator_price": value, "pricing.server_price": None}

    def _basis_changed(self, _index: int) -> None:
        """Re-express the price in the other basis, keeping the outlay per server."""
        scenario = self.document.scenario
        per_server = self._per_server(scenario)
        if per_server is None:
            return
        if self.basis.currentData() == "server":
            changes: dict[str, Any] = {"pricing.server_price": per_server, "pricing.accelerator_price": None}
        else:
            chips = scenario.hardware.accelerators_per_server
            chassis = scenario.pricing.server_overhead_price
            if per_server < chassis:  # no price per accelerator keeps this outlay: say so, change nothing
                self.document.changeRejected.emit(
                    translate("CostControls", "The server price ({price}) is below the chassis ({chassis}): lower "
                              "the chassis first.").format(price=money(per_server, scenario.pricing.currency),
                                                           chassis=money(chassis, scenario.pricing.currency)))
                self.document.scenarioChanged.emit(scenario)  # the combo snaps back
                return
            changes = {"pricing.accelerator_price": (per_server - chassis) / chips, "pricing.server_price": None}
        self.document.request_change(changes, translate("CostControls", "Price entered per server or per accelerator"))
        self.document.end_gesture()

    def _catalog_price_clicked(self, checked: bool) -> None:
        if checked:
            changes: dict[str, Any] = {
                "pricing.accelerator_price": None,
                "pricing.server_price": None,
                "pricing.rental_price_per_accelerator_hour": None,
            }
        else:  # the exact catalog figure becomes the user's own (not the rounded one on display)
            scenario = self.document.scenario
            exact = (self._catalog_per_accelerator(scenario)
                     if scenario.pricing.mode == "rent" or self.basis.currentData() != "server"
                     else self._per_server(scenario))
            changes = self._price_changes(exact if exact is not None else self.price.value())
        self.document.request_change(changes, translate("CostControls", "Catalog price") if checked
                                     else translate("CostControls", "Own price"))
        self.document.end_gesture()

    # --- showing the scenario -----------------------------------------------------------------
    def show_scenario(self, scenario: Scenario) -> None:
        pricing = scenario.pricing
        select(self.mode, pricing.mode)
        select(self.billing, pricing.rental_billing)
        renting = pricing.mode == "rent"
        by_server = not renting and pricing.server_price is not None
        select(self.basis, "server" if by_server else "accelerator")
        for widget, shown in ((self.billing, renting), (self.basis, not renting),
                              (self.chassis, not renting and not by_server)):
            if widget.isVisibleTo(self) != shown:
                self.form.setRowVisible(widget, shown)
        self.chassis.set_value(pricing.server_overhead_price)
        symbol = currency_symbol(pricing.currency)
        catalog = self._catalog_per_accelerator(scenario)
        chips = scenario.hardware.accelerators_per_server
        accelerator = self._accelerator()
        if renting:
            self.price.set_range(*RENT_PRICE_RANGE)
            self.price.set_format(2, symbol, translate("CostControls", " /h"))
            set_text(self.price_label, translate("CostControls", "Rent per accelerator-hour"))
            own = pricing.rental_price_per_accelerator_hour
            note = translate("CostControls", "catalog: {price} per hour").format(price=money(catalog, pricing.currency))
        elif by_server:
            self.price.set_range(*PER_SERVER_RANGE)
            self.price.set_format(0, symbol)
            set_text(self.price_label, translate(
                "CostControls", "Price per {count}-accelerator server").format(count=chips))
            own = pricing.server_price
            each = (own - pricing.server_overhead_price) / chips if own is not None else None
            chassis_text = money(pricing.server_overhead_price, pricing.currency)
            note = (translate("CostControls", "≈ {price} per accelerator after a {chassis} chassis").format(
                        price=money(each, pricing.currency), chassis=chassis_text) if each is None or each >= 0
                    else translate("CostControls", "less than its {chassis} chassis: lower the chassis or raise the "
                                   "price").format(chassis=chassis_text))
        else:
            self.price.set_range(*PER_ACCELERATOR_RANGE)
            self.price.set_format(0, symbol)
            set_text(self.price_label, translate("CostControls", "Price per accelerator"))
            own = pricing.accelerator_price
            note = translate("CostControls", "= {price} per {count}-accelerator server").format(
                price=money(self._per_server(scenario), pricing.currency), count=chips)
            if own is None:
                note += translate("CostControls", " (catalog price)")
        self.price.set_value(own if own is not None else (catalog or 0.0))
        self.catalog_price.setChecked(own is None and (renting or pricing.server_price is None))
        set_text(self.price_note, note)
        self._refit_note.start()  # while a slider moves it only grows (no re-layout per step); still, it fits
        self.catalog_price.setToolTip(self._catalog_tip(accelerator, renting, catalog, pricing.currency))

    @staticmethod
    def _catalog_tip(accelerator: AcceleratorSpec | None, renting: bool, catalog: float | None, currency: str) -> str:
        if accelerator is None or catalog is None:
            return translate("CostControls", "The catalog has no price for this accelerator: enter one.")
        date = accelerator.rental_price_date if renting else accelerator.purchase_price_date
        unit = translate("CostControls", "per hour") if renting else translate("CostControls", "per accelerator")
        sources = "\n".join(f"• {source}" for source in accelerator.sources[:3])
        return translate("CostControls", "Catalog: {price} {unit} (as of {date}).").format(
            price=money(catalog, currency), unit=unit,
            date=date or translate("CostControls", "an unstated date")) + "\n" + sources


class RunningCostsSection(Section):
    """What owning costs beyond the purchase: power, hosting, depreciation; and the exchange rate."""

    def __init__(self, document: ScenarioDocument) -> None:
        super().__init__(translate("CostControls", "Running costs"))
        self.document = document
        form = QFormLayout(self)
        self.sliders: dict[str, SliderSpin] = {}
        rows = (
            ("pricing.server_overhead_power_w", translate("CostControls", "Server power"),
             SliderSpin(0, 20_000, decimals=0, suffix=translate("CostControls", " W")), 1.0,
             translate("CostControls", "Power a server draws beyond its accelerators (CPUs, memory, network, fans).")),
            ("pricing.electricity_price_per_kwh", translate("CostControls", "Electricity"),
             SliderSpin(0, 2, decimals=3, suffix=translate("CostControls", " /kWh")), 1.0,
             translate("CostControls", "Price of a kilowatt-hour, in the scenario's currency.")),
            ("pricing.pue", translate("CostControls", "PUE"), SliderSpin(1, 3, decimals=2), 1.0,
             translate("CostControls", "Power usage effectiveness: facility power ÷ IT power (cooling, conversion).")),
            ("pricing.hosting_per_server_year", translate("CostControls", "Hosting per server"),
             SliderSpin(0, 100_000, decimals=0, suffix=translate("CostControls", " /month")), 12.0,
             translate("CostControls", "Colocation or data-centre space per server, per month.")),
            ("pricing.depreciation_years", translate("CostControls", "Depreciation"),
             SliderSpin(1, 10, decimals=1, suffix=translate("CostControls", " years")), 1.0,
             translate("CostControls", "Years over which the purchase is written off (straight line).")),
            ("pricing.cny_per_usd", translate("CostControls", "Exchange rate"),
             SliderSpin(1, 20, decimals=RATE_DECIMALS, suffix=translate("CostControls", " CNY/USD")), 1.0,
             translate("CostControls",
                 "Converts catalog prices (in USD) and switches the scenario between USD and CNY.")),
        )
        self._per_unit: dict[str, float] = {}
        for path, label, slider, per_unit, tip in rows:
            self._per_unit[path] = per_unit
            slider.name = label  # the label as shown ("PUE"), for notices
            bind_slider(document, path, translate("CostControls", "Change {setting}").format(setting=label),
                        lambda v, p=path, k=per_unit: {p: v * k}, slider, tip)
            self.sliders[path] = slider
            form.addRow(label, slider)
        # The slider spans everyday rates; typing takes any rate a scenario accepts, as the
        # menu bar's rate box does (the two always agree).
        self.sliders["pricing.cny_per_usd"].set_typed_range(*RATE_RANGE_CNY_PER_USD)

    def show_scenario(self, scenario: Scenario) -> None:
        pricing = scenario.pricing
        symbol = currency_symbol(pricing.currency)
        for path, slider in self.sliders.items():
            _, field = path.split(".")
            slider.set_value(getattr(pricing, field) / self._per_unit[path])
        self.sliders["pricing.electricity_price_per_kwh"].set_format(3, symbol, translate("CostControls", " /kWh"))
        self.sliders["pricing.hosting_per_server_year"].set_format(0, symbol, translate("CostControls", " /month"))
        owning = pricing.mode == "buy"
        for path in ("pricing.server_overhead_power_w", "pricing.electricity_price_per_kwh", "pricing.pue",
                     "pricing.hosting_per_server_year", "pricing.depreciation_years"):
            self.sliders[path].setEnabled(owning)  # renting: the hourly price includes all of these
