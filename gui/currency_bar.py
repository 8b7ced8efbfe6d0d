"""The open scenario's currency, exchange rate and the rate's date, on a toolbar.

Switching converts every price of the scenario once, in one undo step; switching straight
back restores the very same numbers (core.currency remembers what it converted from).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from core import Scenario
from core.currency import CURRENCIES, CurrencySwitch, is_calendar_date, pricing_changes, switch_currency
from gui.document import ScenarioDocument
from gui.language import translate

DATE_PATTERN = r"^\d{4}-\d{2}(-\d{2})?$"
# What a scenario accepts (core.scenario Pricing.cny_per_usd: above 0, at most 1000); Running
# costs' exchange-rate control takes the same, so the two always show the same rate.
RATE_RANGE_CNY_PER_USD = (0.0001, 1000.0)
RATE_DECIMALS = 4


def tr(text: str) -> str:
    return QCoreApplication.translate("CurrencyBar", text)


class CurrencyBar(QWidget):
    """Currency, rate and date in one row (the window puts it at the right end of the menu bar,
    where it takes no height from the figures)."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("currencyBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 8, 0)
        row.setSpacing(4)
        self.addWidget = row.addWidget  # type: ignore[method-assign]
        self.document = document
        self._last_switch: CurrencySwitch | None = None
        self.addWidget(QLabel(translate("CurrencyBar", "Currency")))
        self.currency = QComboBox()
        self.currency.addItems(CURRENCIES)
        self.currency.setToolTip(translate(
            "CurrencyBar", "Prices of the open scenario in US dollars or Chinese yuan: switching converts "
                                    "every price once at the exchange rate (Ctrl+Z undoes it)."))
        self.currency.activated.connect(lambda index: self.switch_to(CURRENCIES[index]))
        self.addWidget(self.currency)
        self.addWidget(QLabel(translate("CurrencyBar", "at")))
        self.rate = QDoubleSpinBox()
        self.rate.setRange(*RATE_RANGE_CNY_PER_USD)
        self.rate.setDecimals(RATE_DECIMALS)
        self.rate.setSuffix(translate("CurrencyBar", " CNY per USD"))
        self.rate.setKeyboardTracking(False)
        self.rate.setToolTip(translate(
            "CurrencyBar", "The exchange rate the scenario converts with (catalog prices are in USD)."))
        self.rate.valueChanged.connect(self._rate_changed)
        self.addWidget(self.rate)
        self.addWidget(QLabel(translate("CurrencyBar", "as of")))
        self.date = QLineEdit()
        self.date.setPlaceholderText(translate("CurrencyBar", "YYYY-MM-DD"))
        self.date.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{0,4}(-\d{0,2}){0,2}$")))
        self.date.setMaximumWidth(self.date.fontMetrics().horizontalAdvance("0000-00-00") + 24)
        self.date.setToolTip(translate(
            "CurrencyBar", "When the exchange rate was read: a year and month, or a full date. Stored in "
                                "the scenario and shown in the report."))
        self.date.editingFinished.connect(self._date_changed)
        self.addWidget(self.date)
        document.scenarioChanged.connect(self.show_scenario)
        self.show_scenario(document.scenario)

    def show_scenario(self, scenario: Scenario) -> None:
        pricing = scenario.pricing
        for widget in (self.currency, self.rate, self.date):
            widget.blockSignals(True)
        # Only what changed: setting an equal value still repaints the field (and the menu bar
        # around it) on every slider move.
        if self.currency.currentIndex() != CURRENCIES.index(pricing.currency):
            self.currency.setCurrentIndex(CURRENCIES.index(pricing.currency))
        if self.rate.value() != round(pricing.cny_per_usd, self.rate.decimals()):
            self.rate.setValue(pricing.cny_per_usd)
        if not self.date.hasFocus() and self.date.text() != (pricing.cny_per_usd_date or ""):
            self.date.setText(pricing.cny_per_usd_date or "")
        for widget in (self.currency, self.rate, self.date):
            widget.blockSignals(False)

    def switch_to(self, currency: str) -> None:
        """Convert every price of the open scenario to `currency` (one undo step)."""
        self.document.flush()
        before = self.document.scenario
        after, self._last_switch = switch_currency(before, currency, self._last_switch)
        if after is before:
            return
        self.document.request_change(pricing_changes(before, after),
                                     translate("CurrencyBar",
                                         "Switch the currency to {currency}").format(currency=currency))
        self.document.flush()

    def _rate_changed(self, value: float) -> None:
        if value != self.document.scenario.pricing.cny_per_usd:
            self.document.request_change({"pricing.cny_per_usd": value}, translate(
                "CurrencyBar", "Change the exchange rate"))
            self.document.flush()

    def _date_changed(self) -> None:
        text = self.date.text().strip()
        if text and not (QRegularExpression(DATE_PATTERN).match(text).hasMatch() and is_calendar_date(text)):
            self.document.changeRejected.emit(translate(
                "CurrencyBar", "Exchange rate date: give a year and month (2025-02) or a full "
                                                 "date (2025-02-14)."))
            self.date.setText(self.document.scenario.pricing.cny_per_usd_date or "")
            return
        value = text or None
        if value != self.document.scenario.pricing.cny_per_usd_date:
            self.document.request_change({"pricing.cny_per_usd_date": value}, translate(
                "CurrencyBar", "Change the exchange rate date"))
            self.document.flush()
