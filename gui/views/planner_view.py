""""Cheapest setups for this demand": the planner's answer for the open scenario's workload,
demand and service level, with one-click (undoable) apply.

The search (~15 ms) runs only while the view is shown, and only once a drag pauses: the
sliders stay live while it waits.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import ScenarioError
from core.catalog import load_catalog
from core.messages import case_name, render
from core.planner import Plan, plan, plan_changes
from core.translations import QT_TRANSLATE_NOOP
from gui import language
from gui.catalog_labels import short_accelerator_name
from gui.document import ScenarioDocument
from gui.formatting import count_of, duration, error_words, money, number, percent
from gui.language import translate
from gui.views.refresh import ViewRefresher

PLANS_SHOWN = 12
COLUMNS = (
    QT_TRANSLATE_NOOP("PlannerView", "Accelerators"), QT_TRANSLATE_NOOP("PlannerView", "Weights"),
    QT_TRANSLATE_NOOP("PlannerView", "Per model copy"), QT_TRANSLATE_NOOP("PlannerView", "Cost per {case}"),
    QT_TRANSLATE_NOOP("PlannerView", "Time per {case}"), QT_TRANSLATE_NOOP("PlannerView", "Busy"),
    QT_TRANSLATE_NOOP("PlannerView", "Why"),
)
RECOMPUTE_DELAY_MS = 120  # after the last change: a drag does not search on every step


class PlannerView(QWidget):
    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.plans: list[Plan] = []
        self._computed_for: object = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, len(COLUMNS))
        self._headers: list[str] = []
        self._set_headers()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.apply_selected())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.infeasible = QLabel()
        self.infeasible.setTextFormat(Qt.TextFormat.PlainText)
        self.infeasible.setWordWrap(True)
        self.infeasible.setObjectName("note")
        row.addWidget(self.infeasible, 1)
        self.apply = QPushButton(translate("PlannerView", "Use this setup"))
        self.apply.setToolTip(translate("PlannerView", "Set the scenario to the selected setup (Ctrl+Z undoes it)."))
        self.apply.clicked.connect(self.apply_selected)
        row.addWidget(self.apply)
        layout.addLayout(row)
        self.refresher = ViewRefresher(self, document, self.refresh, RECOMPUTE_DELAY_MS, wait_always=True)

    def _set_headers(self) -> None:
        """Column names, the cost and time named after the open scenario's case ("Cost per claim")."""
        case = case_name(self.document.scenario.workload.case_name, language.current())
        headers = [translate("PlannerView", name).format(case=case) for name in COLUMNS]
        if headers != self._headers:
            self._headers = headers
            self.table.setHorizontalHeaderLabels(headers)

    def refresh(self) -> None:
        """Search now for the document's scenario (no-op when already shown for it)."""
        scenario = self.document.scenario
        if self._computed_for is scenario:
            return
        self._computed_for = scenario
        self._set_headers()
        outcome = self.document.outcome
        try:
            result = plan(scenario, outcome.cases_per_day, limit=PLANS_SHOWN)
        except ScenarioError as error:
            self.plans = []
            self.table.setRowCount(0)
            self.summary.setText(translate("PlannerView", "No plan: {error}").format(error=error_words(error)))
            return
        self.plans = result.plans
        cases = case_name(scenario.workload.case_name, language.current(), plural=True)
        self.summary.setText(
            translate("PlannerView", "No {cases} a day: set the demand (cases per day) to plan for it.").format(
                cases=cases) if result.cases_per_day <= 0 else
            translate("PlannerView", "Cheapest setups for {demand} {cases} a day (peak ×{peak}) within the service "
                      "level, in whole servers at 8 bits or more. Your chip at your price, others at catalog "
                      "prices.").format(demand=number(result.cases_per_day), cases=cases,
                                        peak=f"{result.peak_factor:g}")
        )
        self.table.setRowCount(len(self.plans))
        catalog = load_catalog()
        for row, item in enumerate(self.plans):
            name = short_accelerator_name(catalog.accelerators[item.accelerator])
            replicas = item.accelerator_count // item.tensor_parallel_size
            cells = (
                f"{item.accelerator_count} × {name}",
                item.weight_precision.upper(),
                f"{item.tensor_parallel_size} ({count_of(replicas, 'replica')})",
                money(item.cost_per_case, result.currency),
                duration(item.case_latency_s),
                percent(item.fleet_utilization),
                " ".join([render(item.why_message, language.current()) if item.why_message else item.why,
                          *(f"⚠ {render(message, language.current())}" for message in item.caveat_messages)]),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if 0 < column < len(COLUMNS) - 1:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
        if self.plans:
            self.table.selectRow(0)
        self.apply.setEnabled(bool(self.plans))
        reasons = [f"{short_accelerator_name(catalog.accelerators[item.accelerator])}: "
                   f"{render(item.why_message, language.current()) if item.why_message else item.why}"
                   for item in result.infeasible]
        self.infeasible.setText(translate("PlannerView", "Cannot serve it: {count} (hover for why).").format(
            count=count_of(len(reasons), "accelerator")) if reasons else "")
        self.infeasible.setToolTip("\n".join(reasons))

    def apply_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not self.plans:
            return
        chosen = self.plans[rows[0].row()]
        self.document.request_change(plan_changes(self.document.scenario, chosen), translate(
            "PlannerView", "Use planned setup"))
        self.document.end_gesture()
