"""Validation view: predicted against measured for every published benchmark row.

A log-log scatter of output tokens/s (the diagonal and the ±30% band drawn, points
coloured by benchmark kind), a table with each row's setting, P10-P90 range, error and
source, a kind filter, an import of the user's own benchmark results (a measurements CSV,
a vLLM `bench serve` result JSON or an AIPerf/GenAI-Perf export), recalibration of the
engine into a named profile from them, and the choice of the open scenario's calibration
profile. All figures come from core (validation, calibrate, calibration_profiles); this
module only shows them.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import ScenarioError
from core.calibration_profiles import list_profiles, save_profile
from core.measurement_import import detect_format, import_measurements, safe_label, served_model_name
from core.translations import QT_TRANSLATE_NOOP
from core.validation import KINDS, ValidationPoint, run_validation
from core.validation_summary import summary_of
from gui import language
from gui.benchmark_setup_dialog import BenchmarkSetupDialog
from gui.charts.base import PALETTE
from gui.document import ScenarioDocument
from gui.formatting import compact_count, error_words, percent
from gui.language import translate

KIND_COLOURS = {
    "offline": "#1f6fd1",
    "server": "#e07b00",
    "closed-loop": "#2a9d55",
    "burst": "#d1343f",
    "single-user": "#7b4fd1",
}
ALL_KINDS = "all kinds"  # the kind filter's item data (and English text) for every kind
COLUMNS = (
    QT_TRANSLATE_NOOP("ValidationDialog", "id"), QT_TRANSLATE_NOOP("ValidationDialog", "kind"),
    QT_TRANSLATE_NOOP("ValidationDialog", "setting"), QT_TRANSLATE_NOOP("ValidationDialog", "measured tok/s"),
    QT_TRANSLATE_NOOP("ValidationDialog", "predicted tok/s"), "P10–P90",
    QT_TRANSLATE_NOOP("ValidationDialog", "error"), QT_TRANSLATE_NOOP("ValidationDialog", "source"),
)
BAND = 0.30


def _tr(text: str) -> str:
    return QCoreApplication.translate("ValidationDialog", text)


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}"


def log_ticks(low: float, high: float) -> list[list[tuple[float, str]]]:
    """Ticks for a log axis over [low, high] (values, not logs): labelled at 1-2-5 steps over up to
    five decades, at decades only beyond, in plain figures ("2k", not pyqtgraph's crowded "2·10³");
    unlabelled marks at the other whole steps."""
    first, last = math.floor(math.log10(low)), math.ceil(math.log10(high))
    labelled = (1, 2, 5) if last - first <= 5 else (1,)
    major: list[tuple[float, str]] = []
    minor: list[tuple[float, str]] = []
    for exponent in range(first, last + 1):
        for mantissa in range(1, 10):
            value = mantissa * 10.0**exponent
            if low <= value <= high:
                (major if mantissa in labelled else minor).append(
                    (math.log10(value), compact_count(value) if mantissa in labelled else ""))
    return [major, minor]


class ValidationDialog(QDialog):
    """Predicted vs measured; `load_text` shows another measurements file."""

    def __init__(self, parent: QWidget | None = None, document: ScenarioDocument | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.imported_rows: list[dict[str, str]] = []
        self.imported_name = ""
        self.setWindowTitle(translate("ValidationDialog", "Validation: predicted vs measured"))
        self.resize(1200, 800)
        self.points: list[ValidationPoint] = []
        self.builtin = True
        self.source_name = translate("ValidationDialog", "published measurements (resources/validation)")

        self.kind_filter = QComboBox()
        self.kind_filter.addItem(translate("ValidationDialog", "all kinds"), ALL_KINDS)
        for kind in KINDS:
            self.kind_filter.addItem(kind, kind)
        self.kind_filter.currentTextChanged.connect(lambda _text: self._show())
        self.import_button = QPushButton(translate("ValidationDialog", "Import measurements…"))
        self.import_button.setToolTip(translate(
            "ValidationDialog",
                "A measurements CSV (the columns of resources/validation/measurements.csv), a vLLM 'bench serve' "
            "result JSON or an AIPerf/GenAI-Perf profile export"))
        self.import_button.clicked.connect(self._import)
        self.recalibrate_button = QPushButton(translate("ValidationDialog", "Recalibrate into profile…"))
        self.recalibrate_button.setToolTip(translate(
            "ValidationDialog",
                "Refit the engine's parameters to the imported results and store them as a named calibration profile"))
        self.recalibrate_button.clicked.connect(self._recalibrate)
        self.shipped_button = QPushButton(translate("ValidationDialog", "Published set"))
        self.shipped_button.clicked.connect(self.load_builtin)
        self.profile_choice = QComboBox()
        self.profile_choice.setToolTip(translate(
            "ValidationDialog", "The calibration the open scenario is computed with (saved with it)"))
        self.profile_choice.activated.connect(lambda _index: self._use_profile())
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("ValidationDialog", "Show:")))
        top.addWidget(self.kind_filter)
        top.addStretch(1)
        top.addWidget(QLabel(translate("ValidationDialog", "Open scenario's calibration:")))
        top.addWidget(self.profile_choice)
        top.addWidget(self.shipped_button)
        top.addWidget(self.import_button)
        top.addWidget(self.recalibrate_button)

        self.plot = pg.PlotWidget()
        self.plot.setLogMode(True, True)
        self.plot.setLabel("bottom", translate("ValidationDialog", "measured output tokens/s"))
        self.plot.setLabel("left", translate("ValidationDialog", "predicted output tokens/s"))
        self.legend = self.plot.addLegend(offset=(10, 10))
        self.theme = ""
        self.set_theme("light")
        self.scatter: dict[str, pg.ScatterPlotItem] = {}
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("ValidationDialog", name) for name in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.plot, 3)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 2)
        self._fill_profiles()
        if document is not None:
            document.scenarioChanged.connect(lambda _scenario: self._fill_profiles())
        self.load_builtin()

    def set_theme(self, theme: str) -> None:
        """The plot in the window's colours (the charts' palette), not white in a dark window."""
        if theme == self.theme or theme not in PALETTE:
            return
        self.theme = theme
        colors = PALETTE[theme]
        self.plot.setBackground(colors["background"])
        for side in ("bottom", "left"):
            axis = self.plot.getAxis(side)
            axis.setPen(pg.mkPen(colors["foreground"]))
            axis.setTextPen(pg.mkPen(colors["foreground"]))
        self.legend.setLabelTextColor(colors["foreground"])
        if self.points:
            self._show()

    # --- data ------------------------------------------------------------------------------
    def load_builtin(self) -> None:
        self.points, self.builtin = run_validation(), True
        self.imported_rows = []
        self.source_name = translate("ValidationDialog", "published measurements (resources/validation)")
        self._show()

    def load_text(self, text: str, name: str) -> None:
        """Predict another measurements file (raises ScenarioError if it lacks columns)."""
        self.load_rows(import_measurements(text, "csv", None, safe_label(name)), name)

    def load_rows(self, rows: list[dict[str, str]], name: str, profile: str | None = None) -> None:
        """Predict imported rows (with a calibration profile, or the built-in calibration)."""
        self.points, self.builtin = run_validation(rows=rows, profile=profile), False
        self.imported_rows = rows
        self.imported_name = name  # the file's own name (a refit adds its profile to what is shown, once)
        self.source_name = name if profile is None else translate(
            "ValidationDialog", "{name} with profile '{profile}'").format(
            name=name, profile=profile)
        self._show()

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, translate("ValidationDialog", "Import measurements"), "", translate(
                "ValidationDialog", "Benchmark results (*.csv *.json *.jsonl);;All files (*)"))
        if not path:
            return
        name = Path(path).name
        try:
            text = Path(path).read_text(encoding="utf-8")
            fmt = detect_format(text)
            setup: dict[str, str] | None = None
            if fmt != "csv":
                ask = BenchmarkSetupDialog(name, served_model_name(text),
                                           self.document.scenario if self.document else None, self)
                if ask.exec() != QDialog.DialogCode.Accepted:
                    return
                setup = ask.setup()
            self.load_rows(import_measurements(text, fmt, setup, safe_label(name)), name)
        except (OSError, UnicodeDecodeError, ScenarioError) as error:
            QMessageBox.warning(self, translate("ValidationDialog", "Import measurements"),
                                translate("ValidationDialog", "Cannot use {name}: {error}").format(
                                    name=name, error=error_words(error) if isinstance(error, ScenarioError)
                                    else error))

    def _recalibrate(self) -> None:
        """Fit the imported rows into a named profile, then show them predicted with it."""
        from core.calibrate import recalibrate  # late: the fit is only needed here

        rows, title = self.imported_rows, translate("ValidationDialog", "Recalibrate into profile")
        if not rows:
            QMessageBox.information(self, title, translate(
                "ValidationDialog", "Import your own benchmark results first."))
            return
        name, accepted = QInputDialog.getText(self, title, translate("ValidationDialog", "Profile name:"))
        if not accepted or not name.strip():
            return
        if name.strip() in list_profiles() and QMessageBox.question(self, title, translate(
                "ValidationDialog", "A profile named '{name}' exists: scenarios that use it will change. "
                                    "Replace it?").format(name=name.strip())) != QMessageBox.StandardButton.Yes:
            return
        try:
            data, report = recalibrate(rows)
            save_profile(name.strip(), data, report)
        except ScenarioError as error:
            QMessageBox.warning(self, title, error_words(error))
            return
        before, after = report["before"]["median_ape"], report["after"]["median_ape"]
        self.load_rows(rows, self.imported_name, profile=name.strip())
        self._fill_profiles()
        QMessageBox.information(self, title, translate(
            "ValidationDialog",
                "Profile '{name}' fitted on {rows} rows: median error of output tokens/s {before} with the built-in "
            "calibration, {after} with the profile. Choose it under \"Open scenario's calibration\" to use it."
        ).format(name=name.strip(), rows=report["rows"], before=_percent(before), after=_percent(after)))

    def _fill_profiles(self) -> None:
        chosen = self.document.scenario.serving.calibration_profile if self.document else None
        self.profile_choice.clear()
        self.profile_choice.addItem(translate("ValidationDialog", "Built-in"), None)
        names = list_profiles()
        for profile in names:
            self.profile_choice.addItem(profile, profile)
        if chosen and chosen not in names:  # named by the scenario but missing here: shown as such
            self.profile_choice.addItem(translate("ValidationDialog", "{profile} (missing: built-in used)").format(
                profile=chosen), chosen)
        index = self.profile_choice.findData(chosen) if chosen else 0
        self.profile_choice.setCurrentIndex(max(index, 0))
        self.profile_choice.setEnabled(self.document is not None)

    def _use_profile(self) -> None:
        if self.document is None:
            return
        profile = self.profile_choice.currentData()
        if profile != self.document.scenario.serving.calibration_profile:
            self.document.request_change({"serving.calibration_profile": profile}, translate(
                "ValidationDialog", "Calibration profile"))

    def showEvent(self, event: object) -> None:
        self._fill_profiles()  # profiles may have been added meanwhile
        super().showEvent(event)  # type: ignore[arg-type]

    def visible_points(self) -> list[ValidationPoint]:
        kind = self.kind_filter.currentData()
        return [p for p in self.points if kind == ALL_KINDS or p.kind == kind]

    # --- view ------------------------------------------------------------------------------
    def _show(self) -> None:
        points = self.visible_points()
        self._plot(points)
        self._fill_table(points)
        summary = summary_of(points, builtin=self.builtin and self.kind_filter.currentData() == ALL_KINDS)
        parts = [translate("ValidationDialog", "{source}: {count} rows").format(source=self.source_name,
                                                                               count=len(points))]
        if summary["median_ape"] is not None:
            parts.append(translate("ValidationDialog", "median abs error of output tokens/s {median}, {within} within "
                                   "±30%").format(median=percent(summary["median_ape"], 1),
                                                  within=percent(summary["within_30_percent_share"] or 0)))
        if summary.get("median_ape_cross_validated") is not None:
            parts.append(translate("ValidationDialog", "held out of the fit (leave-one-source-out): {median}").format(
                median=percent(summary["median_ape_cross_validated"], 1)))
        if summary.get("unpredicted"):
            parts.append(translate("ValidationDialog", "{count} rows could not be predicted (see the table)").format(
                count=summary["unpredicted"]))
        zh = language.current().startswith("zh")
        self.summary.setText(("；" if zh else "; ").join(parts) + ("。" if zh else "."))
        self.recalibrate_button.setEnabled(bool(self.imported_rows))

    def _plot(self, points: list[ValidationPoint]) -> None:
        for item in self.scatter.values():
            self.plot.removeItem(item)
        self.scatter.clear()
        for line in [item for item in self.plot.items() if isinstance(item, pg.PlotDataItem)]:
            self.plot.removeItem(line)
        pairs = [(p.measured_output_tokens_per_s, p.predicted_output_tokens_per_s) for p in points
                 if p.measured_output_tokens_per_s and p.predicted_output_tokens_per_s]
        if not pairs:
            return
        values = np.array(pairs, dtype=float)
        low, high = float(values.min()) / 1.5, float(values.max()) * 1.5
        span = np.array([low, high])
        colors = PALETTE[self.theme]
        self.plot.plot(span, span, pen=pg.mkPen(colors["foreground"], width=1))
        for factor in (1.0 - BAND, 1.0 + BAND):
            self.plot.plot(span, span * factor, pen=pg.mkPen(colors["muted"], width=1, style=Qt.PenStyle.DashLine))
        for kind in KINDS:
            chosen = [(m, q) for p, (m, q) in zip(
                [p for p in points if p.measured_output_tokens_per_s and p.predicted_output_tokens_per_s],
                pairs, strict=True) if p.kind == kind]
            if not chosen:
                continue
            xy = np.array(chosen, dtype=float)
            # Log mode plots log10 of the data; scatter items take the data as given.
            item = pg.ScatterPlotItem(
                x=np.log10(xy[:, 0]), y=np.log10(xy[:, 1]), size=8, pen=None,
                brush=pg.mkBrush(KIND_COLOURS.get(kind, "#333333")), name=kind,
            )
            self.plot.addItem(item)
            self.scatter[kind] = item
        self.plot.setRange(xRange=(math.log10(low), math.log10(high)), yRange=(math.log10(low), math.log10(high)))
        for side in ("bottom", "left"):
            self.plot.getAxis(side).setTicks(log_ticks(low, high))

    def _fill_table(self, points: list[ValidationPoint]) -> None:
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(points))
        for row, p in enumerate(points):
            band = "" if p.predicted_output_tokens_per_s_p10 is None else (
                f"{_number(p.predicted_output_tokens_per_s_p10)}–{_number(p.predicted_output_tokens_per_s_p90)}"
            )
            error = p.error if p.error else (
                "" if p.error_fraction is None else f"{100 * p.error_fraction:+.0f}%"
            )
            cells = (p.id, p.kind, p.description, _number(p.measured_output_tokens_per_s or None),
                     _number(p.predicted_output_tokens_per_s), band, error, p.source)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(2, min(self.table.columnWidth(2), 420))
        self.table.setColumnWidth(7, min(self.table.columnWidth(7), 420))
