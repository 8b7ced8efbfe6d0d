"""The workload and service-level controls: what one case involves, the load (cases per
day or utilization: the one the user moves drives, the other follows from the engine),
the operating point, and optional latency limits.

Controls never compute anything: they show the document's scenario (and, for the view
of the load that follows, its outcome) and send changes as coalesced, undoable requests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QWidget

from core import Outcome, Scenario
from core.translations import QT_TRANSLATE_NOOP
from gui.document import ScenarioDocument
from gui.fixed_label import FixedLinesLabel
from gui.language import translate
from gui.slider_spin import SliderSpin
from gui.theme import Section


def bind_slider(
    document: ScenarioDocument,
    path: str,
    label: str,
    make_changes: Callable[[float], dict[str, Any]],
    slider: SliderSpin,
    tip: str,
) -> SliderSpin:
    """Send the slider's moves to the document (one drag = one undo step)."""
    slider.setToolTip(tip)
    what = label.removeprefix("Change ")
    slider.name = slider.name or what[:1].upper() + what[1:]  # "PUE" stays "PUE"
    slider.valueEdited.connect(lambda value: document.request_change(make_changes(value), label, merge_key=path))
    slider.editFinished.connect(document.end_gesture)
    return slider


def select(combo: QComboBox, data: object) -> None:
    """Show `data` in the combo without sending a change."""
    index = combo.findData(data)
    if index >= 0 and index != combo.currentIndex():
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)


class WorkloadSection(Section):
    def __init__(self, document: ScenarioDocument) -> None:
        super().__init__(translate("WorkloadControls", "Workload"))
        self.document = document
        self._build()

    def _build(self) -> None:
        form = QFormLayout(self)

        def whole(path: str) -> Callable[[float], dict[str, Any]]:
            return lambda v: {path: int(v)}

        self.input_tokens = bind_slider(
            self.document,
            "workload.input_tokens_per_call",
            translate("WorkloadControls", "Change input tokens"),
            whole("workload.input_tokens_per_call"),
            SliderSpin(16, 200_000, log=True, suffix=translate("WorkloadControls", " tok")),
            translate("WorkloadControls", "Tokens sent to the model per call (documents, instructions, history)."),
        )
        self.output_tokens = bind_slider(
            self.document,
            "workload.output_tokens_per_call",
            translate("WorkloadControls", "Change output tokens"),
            whole("workload.output_tokens_per_call"),
            SliderSpin(16, 64_000, log=True, suffix=translate("WorkloadControls", " tok")),
            translate("WorkloadControls", "Tokens the model writes per call (reasoning plus answer)."),
        )
        self.calls_per_case = bind_slider(
            self.document,
            "workload.calls_per_case",
            translate("WorkloadControls", "Change calls per case"),
            whole("workload.calls_per_case"),
            SliderSpin(1, 100, log=True, suffix=translate("WorkloadControls", " calls")),
            translate("WorkloadControls", "Model calls one business case needs, run one after another."),
        )
        self.cases_per_day = bind_slider(
            self.document,
            "workload.cases_per_day",
            translate("WorkloadControls", "Change cases per day"),
            lambda v: {"workload.cases_per_day": v, "workload.load_driver": "cases_per_day"},
            SliderSpin(1, 10_000_000, log=True, suffix=translate("WorkloadControls", " /day")),
            translate("WorkloadControls", "The load: business cases arriving per day. Utilization follows from it "
            "(cases per day ÷ what the fleet can serve)."),
        )
        self.utilization = bind_slider(
            self.document,
            "workload.utilization",
            translate("WorkloadControls", "Change utilization"),
            lambda v: {"workload.utilization": v / 100, "workload.load_driver": "utilization"},
            SliderSpin(0, 100, suffix=translate("WorkloadControls", " %")),
            translate("WorkloadControls", "The load as the share of capacity the fleet is busy; cases per day follow "
                "from it. "
            "Idle time still costs money."),
        )
        self.peak_factor = bind_slider(
            self.document,
            "workload.peak_factor",
            translate("WorkloadControls", "Change peak factor"),
            lambda v: {"workload.peak_factor": v},
            SliderSpin(1, 10, decimals=1, prefix=translate("WorkloadControls", "× ")),
            translate("WorkloadControls", "Peak hour ÷ average hour: the fleet is sized, and latency shown, for the "
                "peak hour."),
        )
        self.concurrency_mode = QComboBox()
        for text, mode in ((QT_TRANSLATE_NOOP("WorkloadControls", "Follows the load"), "auto"),
                           (QT_TRANSLATE_NOOP("WorkloadControls", "Flat out (memory full)"), "max"),
                           (QT_TRANSLATE_NOOP("WorkloadControls", "Fixed"), "fixed")):
            self.concurrency_mode.addItem(translate("WorkloadControls", text), mode)
        self.concurrency_mode.setToolTip(
            translate("WorkloadControls", "The operating point: where latency is measured. 'Follows the load': the "
                "calls in flight "
            "that serve the peak hour. 'Flat out': as many as memory holds. 'Fixed': the number below.")
        )
        self.concurrency_mode.currentIndexChanged.connect(self._concurrency_mode_changed)
        self.concurrency = bind_slider(
            self.document,
            "workload.concurrency",
            translate("WorkloadControls", "Change concurrency"),
            lambda v: {"workload.concurrency": int(v)},
            SliderSpin(1, 4096, log=True),
            translate("WorkloadControls", "Calls in flight at once across the fleet. More raises throughput and slows "
                "each user."),
        )
        # Their texts flip with the load ("Utilization (over capacity)"): labels of a fixed size, as wide
        # as their longest text, so a flip repaints the label and does not re-lay out the panel.
        self.load_labels = {driver: FixedLinesLabel(texts["set"], widest=tuple(texts.values()))
                            for driver, texts in _load_label_texts().items()}
        for label in self.load_labels.values():
            label.center_vertically(form.labelAlignment())
        form.addRow(translate("WorkloadControls", "Input per call"), self.input_tokens)
        form.addRow(translate("WorkloadControls", "Output per call"), self.output_tokens)
        form.addRow(translate("WorkloadControls", "Calls per case"), self.calls_per_case)
        form.addRow(self.load_labels["cases_per_day"], self.cases_per_day)
        form.addRow(self.load_labels["utilization"], self.utilization)
        form.addRow(translate("WorkloadControls", "Peak factor"), self.peak_factor)
        form.addRow(translate("WorkloadControls", "Operating point"), self.concurrency_mode)
        form.addRow(translate("WorkloadControls", "Calls in flight"), self.concurrency)

    def _concurrency_mode_changed(self, _index: int) -> None:
        mode = self.concurrency_mode.currentData()
        value: int | str = int(self.concurrency.value()) if mode == "fixed" else mode
        self.document.request_change({"workload.concurrency": value}, translate(
            "WorkloadControls", "Change operating point"))
        self.document.end_gesture()

    def show_scenario(self, scenario: Scenario, outcome: Outcome) -> None:
        workload = scenario.workload
        self.input_tokens.set_value(workload.input_tokens_per_call)
        self.output_tokens.set_value(workload.output_tokens_per_call)
        self.calls_per_case.set_value(workload.calls_per_case)
        self._show_load(scenario, outcome)
        self.peak_factor.set_value(workload.peak_factor)
        fixed = workload.concurrency not in ("auto", "max")
        select(self.concurrency_mode, "fixed" if fixed else workload.concurrency)
        self.concurrency.setEnabled(fixed)
        self.concurrency.set_value(float(workload.concurrency) if fixed else outcome.concurrency, widen=fixed)

    def _show_load(self, scenario: Scenario, outcome: Outcome) -> None:
        """The load's two views: the one the user set, and the one that follows from it."""
        workload = scenario.workload
        by_cases = workload.load_driver == "cases_per_day"
        cases = workload.cases_per_day if by_cases else outcome.cases_per_day
        share = workload.utilization if not by_cases else outcome.fleet_utilization
        if cases is not None:
            self.cases_per_day.set_value(cases, widen=by_cases)  # a demand under one a day shows as set
        if share is not None:
            self.utilization.set_value(min(share, 1.0) * 100)
        texts = _load_label_texts()
        for driver, label in self.load_labels.items():
            text = texts[driver]["set" if driver == workload.load_driver else "follows"]
            if driver == "utilization" and share is not None and share > 1:
                text = texts[driver]["beyond"]  # the slider stops at 100%; the cards say how far over
            if driver == "cases_per_day" and cases == 0:
                text = texts[driver]["beyond"]  # the log slider cannot show 0
            set_text(label, text)
            # Not a QLabel: the form does not name its slider for screen readers; say it here.
            slider = self.cases_per_day if driver == "cases_per_day" else self.utilization
            if slider.accessibleName() != text:
                for widget in (slider, slider.slider, slider.spin):
                    widget.setAccessibleName(text)



class ServiceLevelSection(Section):
    def __init__(self, document: ScenarioDocument) -> None:
        super().__init__(translate("WorkloadControls", "Service level"))
        self.document = document
        self._build()

    def _build(self) -> None:
        form = QFormLayout(self)
        self.limits: dict[str, LimitControl] = {}
        for path, label, (low, high), default, tip in (
            ("workload.service_level.max_case_latency_s", translate("WorkloadControls", "Max time per case"),
             (1, 86_400), 300.0, translate(
                 "WorkloadControls",
                 "The longest a case may take at the peak hour; capacity is the load that meets it.")),
            ("workload.service_level.max_time_to_first_token_s", translate("WorkloadControls", "Max first-token wait"),
             (0.05, 600), 10.0, translate("WorkloadControls", "The longest a call may wait for its first token.")),
            ("workload.service_level.max_time_per_output_token_s", translate("WorkloadControls", "Max time per token"),
             (0.005, 10), 0.1, translate(
                 "WorkloadControls", "The slowest pace of output tokens a user accepts (0.1 s = 10 tokens/s).")),
        ):
            limit = LimitControl(SliderSpin(low, high, log=True, decimals=3 if high <= 10 else 1, suffix=translate(
                "WorkloadControls", " s")),
                                 default)
            limit.setToolTip(tip)
            bind_slider(self.document, path, translate(
                "WorkloadControls", "Change service level"), lambda v, p=path: {p: v},
                        limit.slider, tip)
            limit.enabled.clicked.connect(
                lambda checked, p=path, control=limit: self._limit_toggled(p, control, checked))
            self.limits[path] = limit
            form.addRow(label, limit)

    def _limit_toggled(self, path: str, control: LimitControl, checked: bool) -> None:
        value: float | None = control.slider.value() if checked else None
        self.document.request_change({path: value}, translate("WorkloadControls", "Service level"))
        self.document.end_gesture()

    def show_scenario(self, scenario: Scenario) -> None:
        for path, limit in self.limits.items():
            *_, field = path.split(".")
            limit.show_limit(getattr(scenario.workload.service_level, field))


class LimitControl(QWidget):
    """A service-level limit: a check box that switches it on, and its value."""

    def __init__(self, slider: SliderSpin, default: float) -> None:
        super().__init__()
        self.setAutoFillBackground(True)
        self.slider = slider
        self.default = default
        self.enabled = QCheckBox()
        self.enabled.setToolTip(translate("WorkloadControls", "Switch this limit on or off."))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(slider, 1)

    def show_limit(self, value: float | None) -> None:
        self.enabled.setChecked(value is not None)
        self.slider.setEnabled(value is not None)
        self.slider.set_value(value if value is not None else self.default)




def _load_label_texts() -> dict[str, dict[str, str]]:
    """Each load label's texts: set by the user, following the other, and beyond its slider."""
    follows = translate("WorkloadControls", " (follows)")
    cases, share = translate("WorkloadControls", "Cases per day"), translate("WorkloadControls", "Utilization")
    return {
        "cases_per_day": {"set": cases, "follows": cases + follows,
                          "beyond": translate("WorkloadControls", "Cases per day (none)")},
        "utilization": {"set": share, "follows": share + follows,
                        "beyond": translate("WorkloadControls", "Utilization (over capacity)")},
    }


def set_text(widget: QLabel | FixedLinesLabel, text: str) -> None:
    """A new text re-lays out the panel: only when it changed."""
    if widget.text() != text:
        widget.setText(text)
