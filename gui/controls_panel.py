"""The left-hand controls: every knob of the scenario, each slider with a spin box.

Controls never compute anything: they show the document's scenario and send changes
to it as coalesced, undoable requests (one slider drag = one undo step).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core import Scenario
from core.catalog import load_catalog
from core.precision import PRECISIONS
from gui.accelerator_picker import accelerators_by_vendor
from gui.catalog_labels import model_label
from gui.cost_controls import PricingSection, RunningCostsSection
from gui.document import ScenarioDocument
from gui.formatting import params_billions
from gui.language import translate
from gui.slider_spin import SliderSpin
from gui.theme import Section
from gui.workload_controls import ServiceLevelSection, WorkloadSection, bind_slider, select

SERVING_STACKS = {"vllm": "vLLM", "sglang": "SGLang", "tensorrt-llm": "TensorRT-LLM"}
TENSOR_PARALLEL_CHOICES = ["auto", 1, 2, 4, 8, 16, 32, 64]
MODEL_SIZE_TYPED_RANGE_B = (0.1, 100_000.0)  # what a scenario accepts (core.scenario): typed beyond the slider


class ControlsPanel(QScrollArea):
    notice = Signal(str)  # what happened to a typed value (the window shows it in the status bar)

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.catalog = load_catalog()
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._hardware_group())
        self.pricing_section = PricingSection(document)
        self.running_costs = RunningCostsSection(document)
        column.addWidget(self.pricing_section)
        column.addWidget(self.running_costs)
        column.addWidget(self._model_group())
        self.workload_section = WorkloadSection(document)
        self.service_level_section = ServiceLevelSection(document)
        column.addWidget(self.workload_section)
        column.addWidget(self.service_level_section)
        column.addWidget(self._serving_group())
        column.addStretch(1)
        self.setWidget(body)
        pricing = self.pricing_section  # its controls, by the names tests and benches use
        self.mode, self.billing, self.price = pricing.mode, pricing.billing, pricing.price
        self.catalog_price, self.price_note = pricing.catalog_price, pricing.price_note
        workload = self.workload_section
        self.input_tokens, self.output_tokens = workload.input_tokens, workload.output_tokens
        self.calls_per_case, self.cases_per_day = workload.calls_per_case, workload.cases_per_day
        self.utilization, self.peak_factor = workload.utilization, workload.peak_factor
        self.concurrency, self.concurrency_mode = workload.concurrency, workload.concurrency_mode
        self.limits = self.service_level_section.limits
        self.sliders: dict[str, SliderSpin] = {
            "hardware.accelerator_count": self.gpu_count,
            "pricing.price": self.price,
            "workload.utilization": self.utilization,
            "model.total_params_b": self.model_size,
            "workload.input_tokens_per_call": self.input_tokens,
            "workload.output_tokens_per_call": self.output_tokens,
            "workload.calls_per_case": self.calls_per_case,
            "workload.cases_per_day": self.cases_per_day,
            "workload.concurrency": self.concurrency,
            "workload.peak_factor": self.peak_factor,
            "pricing.server_overhead_price": pricing.chassis,
            **self.running_costs.sliders,
            **{path: limit.slider for path, limit in self.limits.items()},
        }
        for slider in self.sliders.values():
            slider.notice.connect(self.notice)
        for form in body.findChildren(QFormLayout):  # a narrow panel puts labels above their fields
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for combo in body.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        # The settings the next scenario changes (sent just before it): sections that show none of
        # them are left as they are. None: show everything (a scenario sent on its own).
        self._changed: frozenset[str] | None = None
        document.settingsChanged.connect(self._settings_changed)
        document.scenarioChanged.connect(self.show_scenario)
        self.show_scenario(document.scenario)

    def _settings_changed(self, paths: frozenset[str]) -> None:
        self._changed = paths

    def minimumSizeHint(self) -> QSize:
        """As narrow as the controls allow, never narrower (a narrower panel would cut them off)."""
        body = self.widget()
        width = body.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(width, 120)

    def sizeHint(self) -> QSize:
        """Its narrowest plus a little: the figures and charts get the rest of the window."""
        return QSize(self.minimumSizeHint().width() + 24, 600)

    # --- building ---------------------------------------------------------------------
    def _combo_changed(self, combo: QComboBox, label: str, make_changes: Callable[[Any], dict[str, Any]]) -> None:
        def changed(_index: int) -> None:
            data = combo.currentData()
            if data is not None:
                self.document.request_change(make_changes(data), label)
                self.document.end_gesture()

        combo.currentIndexChanged.connect(changed)

    def _hardware_group(self) -> Section:
        group = Section(translate("ControlsPanel", "Hardware"))
        form = QFormLayout(group)
        self.accelerator = QComboBox()
        self.accelerator.setToolTip(translate(
            "ControlsPanel", "Accelerator type, grouped by vendor: memory per chip and memory bandwidth."))
        self.accelerator.setModel(accelerators_by_vendor(self.catalog.accelerators.values(), self.accelerator))
        self._combo_changed(
            self.accelerator,
            translate("ControlsPanel", "Change accelerator"),
            lambda chip: {
                "hardware.accelerator_id": chip,
                "pricing.accelerator_price": None,
                "pricing.server_price": None,
                "pricing.rental_price_per_accelerator_hour": None,
            },
        )
        form.addRow(translate("ControlsPanel", "Accelerator"), self.accelerator)
        self.gpu_count = bind_slider(
            self.document,
            "hardware.accelerator_count",
            translate("ControlsPanel", "Change accelerator count"),
            lambda v: {"hardware.accelerator_count": int(v)},
            SliderSpin(1, 512, log=True),
            translate("ControlsPanel", "How many accelerators the fleet has (1–512; the slider is logarithmic)."),
        )
        self.count_label = QLabel(translate("ControlsPanel", "Accelerators"))
        form.addRow(self.count_label, self.gpu_count)
        return group

    def _model_group(self) -> Section:
        group = Section(translate("ControlsPanel", "Model"))
        form = QFormLayout(group)
        self.model = QComboBox()
        for spec in sorted(self.catalog.models.values(), key=lambda m: m.name.lower()):
            self.model.addItem(model_label(spec), spec.id)
        self.model.setToolTip(translate("ControlsPanel", "The model served; size in billions of parameters."))
        self._combo_changed(
            self.model,
            translate("ControlsPanel", "Change model"),
            lambda model_id: {"model.model_id": model_id, "model.total_params_b": None},
        )
        form.addRow(translate("ControlsPanel", "Model"), self.model)
        self.model_size = bind_slider(
            self.document,
            "model.total_params_b",
            translate("ControlsPanel", "Change model size"),
            lambda v: {"model.total_params_b": v},
            SliderSpin(1, 1000, log=True, decimals=1, suffix=translate("ControlsPanel", " B")),
            translate("ControlsPanel", "Model size in billions of parameters: scales the chosen model's shape up or "
                "down."),
        )
        self.model_size.set_typed_range(*MODEL_SIZE_TYPED_RANGE_B)
        form.addRow(translate("ControlsPanel", "Model size"), self.model_size)
        self.reset_size = QPushButton(translate("ControlsPanel", "Reset to catalog size"))
        self.reset_size.setToolTip(translate("ControlsPanel", "Use the chosen model's real parameter count."))
        self.reset_size.clicked.connect(
            lambda: (
                self.document.request_change({"model.total_params_b": None}, translate(
                    "ControlsPanel", "Reset model size")),
                self.document.end_gesture(),
            )
        )
        form.addRow("", self.reset_size)
        self.weight_precision = QComboBox()
        self.kv_precision = QComboBox()
        for precision in PRECISIONS:
            self.weight_precision.addItem(precision.upper(), precision)
            self.kv_precision.addItem(precision.upper(), precision)
        self.weight_precision.setToolTip(translate(
            "ControlsPanel", "Number format of the weights: fewer bits = less memory, faster decode."))
        self.kv_precision.setToolTip(translate(
            "ControlsPanel", "Number format of the KV cache: fewer bits = more requests in memory."))
        self._combo_changed(self.weight_precision, translate(
            "ControlsPanel", "Change weight precision"), lambda p: {"model.weight_precision": p})
        self._combo_changed(self.kv_precision, translate(
            "ControlsPanel", "Change KV-cache precision"), lambda p: {"model.kv_cache_precision": p})
        form.addRow(translate("ControlsPanel", "Weight precision"), self.weight_precision)
        form.addRow(translate("ControlsPanel", "KV-cache precision"), self.kv_precision)
        return group

    def _serving_group(self) -> Section:
        group = Section(translate("ControlsPanel", "Serving"))
        form = QFormLayout(group)
        self.stack = QComboBox()
        for stack_id, name in SERVING_STACKS.items():
            self.stack.addItem(name, stack_id)
        self.stack.setToolTip(translate(
            "ControlsPanel", "Inference server software; each has its own measured efficiency."))
        self._combo_changed(self.stack, translate(
            "ControlsPanel", "Change serving stack"), lambda s: {"serving.serving_stack": s})
        self.tensor_parallel = QComboBox()
        for choice in TENSOR_PARALLEL_CHOICES:
            self.tensor_parallel.addItem(
                translate("ControlsPanel", "auto (leaves room for KV cache)") if choice == "auto" else str(choice),
                choice)
        self.tensor_parallel.setToolTip(translate(
            "ControlsPanel", "Accelerators that share one copy of the model (tensor parallelism)."))
        self._combo_changed(
            self.tensor_parallel, translate(
                "ControlsPanel", "Change tensor parallelism"), lambda tp: {"serving.tensor_parallel": tp}
        )
        form.addRow(translate("ControlsPanel", "Serving stack"), self.stack)
        form.addRow(translate("ControlsPanel", "Tensor parallel"), self.tensor_parallel)
        return group

    # --- showing the document ------------------------------------------------------------
    def show_scenario(self, scenario: Scenario) -> None:
        changed, self._changed = self._changed, None

        def touched(*prefixes: str) -> bool:
            return changed is None or any(path.startswith(prefixes) for path in changed)

        if touched("hardware."):
            select(self.accelerator, scenario.hardware.accelerator_id)
            self.gpu_count.set_value(scenario.hardware.accelerator_count)
            accelerator = scenario.hardware.custom_accelerator or self.catalog.accelerators.get(
                scenario.hardware.accelerator_id)
            _set_text(self.count_label, translate(
                "ControlsPanel", "CPU servers") if accelerator is not None and accelerator.kind == "cpu"
                      else translate("ControlsPanel", "Accelerators"))
        if touched("serving."):
            select(self.stack, scenario.serving.serving_stack)
            select(self.tensor_parallel, scenario.serving.tensor_parallel)
        # The load and the operating point follow the outcome: shown after every change.
        self.workload_section.show_scenario(scenario, self.document.outcome)
        if touched("workload.service_level"):
            self.service_level_section.show_scenario(scenario)
        if touched("pricing.", "hardware."):  # prices per chip and server size, in the scenario's currency
            self.pricing_section.show_scenario(scenario)
            self.running_costs.show_scenario(scenario)
        if touched("model."):
            self._show_model(scenario)

    def _show_model(self, scenario: Scenario) -> None:
        select(self.model, scenario.model.model_id)
        select(self.weight_precision, scenario.model.weight_precision)
        select(self.kv_precision, scenario.model.kv_cache_precision)
        catalog_size = (
            self.catalog.models[scenario.model.model_id].total_params_b
            if scenario.model.custom_model is None
            else scenario.model.custom_model.total_params_b
        )
        self.model_size.set_range(max(0.5, catalog_size / 10), catalog_size * 4)
        self.model_size.set_value(scenario.model.total_params_b or catalog_size)
        self.reset_size.setEnabled(scenario.model.total_params_b is not None)
        _set_text(self.reset_size, translate("ControlsPanel", "Reset to catalog size ({size})").format(
            size=params_billions(catalog_size)))


def _set_text(widget: QLabel | QPushButton, text: str) -> None:
    """A new text re-lays out the panel: only when it changed."""
    if widget.text() != text:
        widget.setText(text)
