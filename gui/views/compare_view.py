""""Compare scenarios": the open scenario beside up to four pinned ones (the document's
Workspace; pinning is undoable), a table of the outcomes and of the inputs that differ, bars
of cost per case and time per case (P10–P90 where the engine gives them), and the waterfall
that splits the change in cost per case from the baseline (A) to the open scenario (B) over
the inputs that differ (core.compare, Shapley).

Computed only while shown. The table and bars follow every move (the open scenario's outcome
is the document's; pinned ones are evaluated once). The waterfall (2^k evaluations in one
pass) waits for a short pause while a slider is dragged (WATERFALL_DELAY_MS), and in a drag
that goes on refreshes a few times a second (gui.views.refresh.RefreshSchedule).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import Outcome, Scenario, ScenarioError, evaluate
from core.compare import GROUPS, IGNORED, Waterfall, waterfall
from core.messages import case_name, render
from core.scenario_io import builtin_scenario, load_scenario
from core.settings import COMPARISON_TOLERANCE, changed_settings
from core.translations import QT_TRANSLATE_NOOP, data_text
from core.workspace import MAX_PINNED, Pinned
from gui import language
from gui.document import ScenarioDocument
from gui.formatting import duration, error_words, money, time_axis
from gui.language import translate
from gui.views.bar_plot import BarPlot
from gui.views.compare_labels import (
    PinnedCells,
    bar_name,
    bar_rows,
    column_cells,
    common_case,
    examples_menu,
    row_labels,
    row_tips,
    short_names,
    table_inputs,
    waterfall_rows,
)
from gui.views.compare_layout import arrange, table_width_needed
from gui.views.refresh import InView, RefreshSchedule

WATERFALL_DELAY_MS = 80
CELL_PADDING_PX = 12  # a cell's margins around its text
COLUMN_SLACK_PX = 16  # room for a figure to grow a digit before the columns are fitted again
TIDY_DELAY_MS = 1500  # still this long: rows of inputs that no longer differ are dropped
OPEN = QT_TRANSLATE_NOOP("CompareView", "Open (live)")
PlanSource = Callable[[], tuple[Scenario, str] | None]


class CompareView(QWidget):
    def __init__(self, document: ScenarioDocument, planned: PlanSource | None = None, theme: str = "light",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.planned = planned
        self.fall: Waterfall | None = None
        self.waterfall_count = 0
        self._outcomes: dict[int, tuple[Pinned, Outcome]] = {}
        self._pinned_cells = PinnedCells()
        self._shown_cells: list[list[str]] = []
        self._waterfall_for: object = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        row = QHBoxLayout()
        self.pin_open = QPushButton(translate("CompareView", "Pin this scenario"))
        self.pin_open.clicked.connect(lambda: self.document.pin(self.document.scenario, "", "open"))
        row.addWidget(self.pin_open)
        self.pin_file = QPushButton(translate("CompareView", "Pin a file…"))
        self.pin_file.clicked.connect(self._pin_file)
        row.addWidget(self.pin_file)
        self.pin_example = QToolButton()
        self.pin_example.setText(translate("CompareView", "Pin an example"))
        self.pin_example.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pin_example.setMenu(examples_menu(self.pin_example, self.pin_builtin))
        row.addWidget(self.pin_example)
        self.pin_plan = QPushButton(translate("CompareView", "Pin the planner's choice"))
        self.pin_plan.setToolTip(translate("CompareView", "The setup selected in \"Cheapest setups for this demand\""))
        self.pin_plan.clicked.connect(self._pin_plan)
        row.addWidget(self.pin_plan)
        row.addSpacing(12)
        row.addWidget(QLabel(translate("CompareView", "Baseline (A):")))
        self.baseline = QComboBox()
        self.baseline.currentIndexChanged.connect(lambda _i: self.refresh(force=True))
        row.addWidget(self.baseline, 1)
        self.unpin = QPushButton(translate("CompareView", "Unpin"))
        self.unpin.clicked.connect(lambda: self.document.unpin(self.baseline.currentIndex()))
        row.addWidget(self.unpin)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setObjectName("note")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        # Table and charts placed by the room there is (gui/views/compare_layout.py).
        body = self.body = QGridLayout()
        self.table = QTableWidget(0, 1)
        self.table.setMinimumHeight(120)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # Columns as wide as their text (never "¥2.6…"); a horizontal scroll bar when they need more.
        # Fitted when the rows change or a text outgrows its column, with room to spare, not on
        # every new text: a column fitted to each move's figures re-laid out the view (~5 ms a move).
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # A scroll bar coming and going as input rows do would resize every column (a full repaint).
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._headers: tuple[list[str], list[str]] = ([], [])
        self._input_rows: frozenset[str] = frozenset()  # the input rows shown
        # The cost and time bars as one widget: beside the table, or beside the waterfall under it.
        self.plots = plots = QWidget()
        plots_column = QVBoxLayout(plots)
        plots_column.setContentsMargins(0, 0, 0, 0)
        self.cost = BarPlot(translate("CompareView", "Cost per case"), theme, note_lines=1, min_height=60)
        self.latency = BarPlot(translate("CompareView", "Time per case"), theme, note_lines=1, min_height=60)
        plots_column.addWidget(self.cost, 1)
        plots_column.addWidget(self.latency, 1)
        self.waterfall_plot = BarPlot(translate(
            "CompareView", "What moves cost per case from A to the open scenario"), theme, note_lines=5)
        self.waterfall_plot.setToolTip(translate(
            "CompareView", "Each input's share of the change, averaged over every order of making the "
                           "changes (Shapley): the bars sum to the change. Red raises, green lowers."))
        self.layout_mode = arrange(self, body, self.table, plots, self.waterfall_plot)
        layout.addLayout(body, 1)
        self._waterfall_schedule = RefreshSchedule(self, document, self.refresh_waterfall, WATERFALL_DELAY_MS)
        self._in_view = InView(self, self.refresh)
        self._tidy_timer = QTimer(self)
        self._tidy_timer.setSingleShot(True)
        self._tidy_timer.setInterval(TIDY_DELAY_MS)
        self._tidy_timer.timeout.connect(lambda: self._fill_table(self.columns(), tidy=True))
        document.outcomeChanged.connect(self._outcome_changed)
        document.pinnedChanged.connect(self._pinned_changed)
        document.changeRejected.connect(self.message.setText)

    # --- pinning -----------------------------------------------------------------------
    def pin_builtin(self, name: str) -> None:
        self.document.pin(builtin_scenario(name), "", "example")

    def pin_path(self, path: Path) -> None:
        try:
            scenario = load_scenario(path)
        except ScenarioError as error:
            self.message.setText(translate("CompareView", "Not pinned: {error}").format(error=error_words(error)))
            return
        self.document.pin(scenario, scenario.name or path.stem, "file")

    def _pin_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, translate("CompareView", "Pin a scenario file"), "", translate("CompareView", "Scenarios (*.json)"))
        if chosen:
            self.pin_path(Path(chosen))

    def _pin_plan(self) -> None:
        found = self.planned() if self.planned is not None else None
        if found is None:
            self.message.setText(translate(
                "CompareView", "Show \"Cheapest setups for this demand\" (View menu) and select a setup first."))
            return
        self.document.pin(found[0], found[1], "plan")

    # --- computing ---------------------------------------------------------------------
    def _outcome_changed(self, _outcome: Outcome) -> None:
        if self._in_view.check():  # not behind another dock's tab: refreshed when brought forward
            self.refresh()

    def _pinned_changed(self, _pinned: object) -> None:
        self.refresh(force=True)

    def hideEvent(self, event: object) -> None:  # type: ignore[override]
        super().hideEvent(event)  # type: ignore[arg-type]
        self._waterfall_schedule.cancel()  # shown again, it refreshes anyway

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh(force=True)

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._arrange()

    def table_width_needed(self) -> int:
        return table_width_needed(self.table)

    def _arrange(self) -> None:
        self.layout_mode = arrange(self, self.body, self.table, self.plots, self.waterfall_plot, self.layout_mode)

    def columns(self) -> list[tuple[str, Scenario, Outcome]]:
        """(name, scenario in the open scenario's currency, outcome) of the pinned ones, then the open one."""
        currency = self.document.scenario.pricing.currency
        out = []
        for pinned in self.document.workspace.pinned:
            cached = self._outcomes.get(id(pinned))
            if cached is None or cached[0] is not pinned or cached[1].currency != currency:
                scenario = pinned.scenario.in_currency(currency)
                cached = (pinned, evaluate(scenario))
                self._outcomes[id(pinned)] = cached
            out.append((data_text(pinned.name, language.current()), pinned.scenario.in_currency(currency), cached[1]))
        out.append((translate("CompareView", OPEN), self.document.scenario, self.document.outcome))
        short = short_names([name for name, _, _ in out[:-1]])
        return [(name, scenario, outcome) for name, (_, scenario, outcome) in zip([*short, translate(
            "CompareView", OPEN)], out, strict=True)]

    def refresh(self, force: bool = False) -> None:
        pinned = self.document.workspace.pinned
        if force:
            self._fill_baselines()
        self.unpin.setEnabled(bool(pinned))
        self.pin_open.setEnabled(len(pinned) < MAX_PINNED)
        columns = self.columns()
        self._fill_table(columns, tidy=force)
        if not force:
            self._tidy_timer.start()
        self._fill_bars(columns)
        if force:  # new bar rows may need more height than the layout gave the charts
            self._arrange()
        if not pinned:
            self.fall = None
            self.waterfall_plot.show_rows([], [])
            self.waterfall_plot.note.setText(translate(
                "CompareView", "Pin a scenario (the buttons above) to see what moves cost per {case} "
                               "between it and the open one.").format(
                case=case_name(self.document.scenario.workload.case_name, language.current())))
            return
        if force:
            self.refresh_waterfall()
        else:  # during a drag after a pause; else in the next turn of the event loop (not inside the signal)
            self._waterfall_schedule.changed()

    def _fill_baselines(self) -> None:
        names = [data_text(item.name, language.current()) for item in self.document.workspace.pinned]
        current = self.baseline.currentIndex()
        self.baseline.blockSignals(True)
        self.baseline.clear()
        self.baseline.addItems(names)
        self.baseline.setCurrentIndex(min(max(current, 0), len(names) - 1) if names else -1)
        self.baseline.blockSignals(False)
        self._outcomes = {key: value for key, value in self._outcomes.items()
                          if any(value[0] is item for item in self.document.workspace.pinned)}

    def _fill_table(self, columns: list[tuple[str, Scenario, Outcome]], tidy: bool = False) -> None:
        """`tidy`: rows of inputs no longer differing go; else rows only come (a new set re-lays out all)."""
        currency = self.document.scenario.pricing.currency
        scenarios = [scenario for _, scenario, _ in columns]
        changed: set[str] = set()
        for other in scenarios[:-1]:
            changed |= self._changed(other, scenarios[-1])
        if not tidy:
            changed |= self._input_rows
        self._input_rows = frozenset(changed)
        inputs = [(group, path) for group, paths in GROUPS for path in paths if path in changed]
        paths = table_inputs([path for _, path in inputs])
        cells = [self._pinned_cells.cells(index, outcome, scenario, paths, currency) if index < len(columns) - 1
                 else column_cells(outcome, scenario, paths, currency)
                 for index, (_, scenario, outcome) in enumerate(columns)]
        labels = row_labels(paths, currency, common_case(scenarios))
        rows = [(label, [column[row] for column in cells]) for row, label in enumerate(labels)]
        headers = ([name for name, _, _ in columns], labels)
        # New headers re-lay out the table: set each only when it changes.
        relayout = headers != self._headers
        if headers[0] != self._headers[0]:
            self.table.setColumnCount(len(columns))
            self.table.setHorizontalHeaderLabels(headers[0])
            full_names = [pinned.name for pinned in self.document.workspace.pinned] + [OPEN]
            for column, full in enumerate(full_names[:len(columns)]):
                header_item = self.table.horizontalHeaderItem(column)
                if header_item is not None:
                    header_item.setToolTip(full)
        if headers[1] != self._headers[1]:
            self.table.setRowCount(len(rows))
            self.table.setVerticalHeaderLabels(headers[1])
            for row, tip in row_tips().items():
                if (label_item := self.table.verticalHeaderItem(row)) is not None:
                    label_item.setToolTip(tip)
        self._headers = headers
        metrics = self.table.fontMetrics()
        outgrown = False
        # A pinned column whose texts are the very list shown last time is unchanged: skip it.
        same = {c for c, column in enumerate(cells) if not relayout and c < len(self._shown_cells)
                and column is self._shown_cells[c]}
        shown = [] if relayout else self._shown_cells  # the texts in the cells (asking Qt costs more)
        self._shown_cells = cells
        for r, (_, row_cells) in enumerate(rows):
            for c, text in enumerate(row_cells):
                if c in same or (c < len(shown) and r < len(shown[c]) and shown[c][r] == text):
                    continue
                item = self.table.item(r, c)
                if item is None:
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(r, c, item)
                if item.text() != text:
                    item.setText(text)
                    outgrown = outgrown or metrics.horizontalAdvance(text) + CELL_PADDING_PX > self.table.columnWidth(c)
        if relayout or outgrown:
            self._fit_columns(shrink=tidy)

    def _fit_columns(self, shrink: bool = True) -> None:
        """Every column as wide as its widest text and header, plus room for figures to grow.
        While a slider moves (`shrink` false) a column only widens: narrowing it to the text of
        the moment made the next wider figure refit the table, repainting it and its scroll
        bar (~3 ms) on one move in twenty; it narrows when the figures have been still a while."""
        before = [self.table.columnWidth(column) for column in range(self.table.columnCount())]
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            width = self.table.columnWidth(column) + COLUMN_SLACK_PX
            self.table.setColumnWidth(column, width if shrink or column >= len(before) else max(width, before[column]))
        self._arrange()

    def _changed(self, pinned: Scenario, open_scenario: Scenario) -> frozenset[str]:
        """Settings in which the open scenario differs from a pinned one (the last answer kept)."""
        cache: dict[int, tuple[Scenario, Scenario, frozenset[str]]] = self.__dict__.setdefault("_changed_cache", {})
        kept = cache.get(id(pinned))
        if kept is None or kept[0] is not pinned or kept[1] is not open_scenario:
            changed = changed_settings(pinned, open_scenario, COMPARISON_TOLERANCE) - IGNORED
            kept = cache[id(pinned)] = (pinned, open_scenario, changed)
        return kept[2]

    def _fill_bars(self, columns: list[tuple[str, Scenario, Outcome]]) -> None:
        currency = self.document.scenario.pricing.currency
        names = [name for name, _, _ in columns]
        case = case_name(common_case([scenario for _, scenario, _ in columns]), language.current())
        self.cost.set_title(translate("CompareView", "Cost per {case}").format(case=case))
        self.latency.set_title(translate("CompareView", "Time per {case}").format(case=case))
        self.waterfall_plot.set_title(translate(
            "CompareView", "What moves cost per {case} from A to the open scenario").format(case=case))
        for plot, field, show, unit in ((self.cost, "cost_per_case", lambda v: money(v, currency), currency),
                                        (self.latency, "case_latency_s", duration, "")):
            segments, ranges = bar_rows([outcome for _, _, outcome in columns], field)
            if field == "case_latency_s":  # in the unit the open scenario's card reads in (minutes for minutes)
                per_second, unit = time_axis(columns[-1][2].case_latency_s)
                segments = [(row, a * per_second, b * per_second, color) for row, a, b, color in segments]
                ranges = [(row, low * per_second, high * per_second) for row, low, high in ranges]
            shown = [bar_name(name, outcome, field) for name, (_, _, outcome) in zip(names, columns, strict=True)]
            plot.show_rows(shown, segments, ranges, x_title=unit)
            plot.note.setText(translate(
                "CompareView", "Open: {value}").format(value=show(getattr(columns[-1][2], field)))
                              + (translate("CompareView", " · lines: P10–P90") if ranges else ""))

    def refresh_waterfall(self, force: bool = False) -> None:
        pinned = self.document.workspace.pinned
        if not pinned:
            return
        index = min(max(self.baseline.currentIndex(), 0), len(pinned) - 1)
        base = pinned[index]
        scenario = self.document.scenario
        key = (pinned, base, scenario)
        if self._waterfall_for == key and not force:
            return
        self._waterfall_for = key
        self.waterfall_count += 1
        currency = scenario.pricing.currency
        self.fall = fall = waterfall(base.scenario.in_currency(currency), scenario,
                                     data_text(base.name, language.current()), translate("CompareView", OPEN))
        plot = self.waterfall_plot
        if fall.base_cost_per_case is None or fall.other_cost_per_case is None:
            plot.show_rows([], [])
            plot.note.setText(_note(fall))
            return
        short = short_names([data_text(item.name, language.current()) for item in pinned])[index]
        names, segments, note = waterfall_rows(fall, short, currency)
        plot.show_rows(names, segments)
        plot.note.setText(note + (f" {_note(fall)}." if fall.note else ""))


def _note(fall: Waterfall) -> str:
    return render(fall.note_message, language.current()) if fall.note_message else fall.note

