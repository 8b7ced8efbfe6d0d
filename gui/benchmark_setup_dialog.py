"""Asks what a benchmark result JSON does not say (accelerator, count, model, weight
format, serving stack) before it is predicted. Only collects choices; no formulas."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from core import Scenario
from core.catalog import load_catalog
from core.measurement_import import catalog_model_id
from core.precision import PRECISIONS
from gui.language import translate

STACKS = ("vllm", "sglang", "tensorrt-llm")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BenchmarkSetupDialog", text)


class BenchmarkSetupDialog(QDialog):
    """Accelerator, count, model, weights and stack for an imported benchmark JSON,
    prefilled from the open scenario (and the model the file names, where the catalog has it)."""

    def __init__(self, file_name: str, served_model: str, scenario: Scenario | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("BenchmarkSetupDialog", "Benchmark set-up"))
        catalog = load_catalog()
        self.gpu = QComboBox()
        for item in catalog.accelerators.values():
            self.gpu.addItem(item.name, item.id)
        self.count = QSpinBox()
        self.count.setRange(1, 1024)
        self.model = QComboBox()
        for spec in catalog.models.values():
            self.model.addItem(spec.name, spec.id)
        self.precision = QComboBox()
        self.precision.addItems(list(PRECISIONS))
        self.stack = QComboBox()
        self.stack.addItems(list(STACKS))
        if scenario is not None:
            self._select(self.gpu, scenario.hardware.accelerator_id)
            self.count.setValue(scenario.hardware.accelerator_count)
            self._select(self.model, scenario.model.model_id or "")
            self.precision.setCurrentText(scenario.model.weight_precision)
            self.stack.setCurrentText(scenario.serving.serving_stack)
        matched = catalog_model_id(served_model) if served_model else None
        if matched:
            self._select(self.model, matched)
        form = QFormLayout(self)
        note = QLabel(translate(
            "BenchmarkSetupDialog", "{file} does not say which hardware ran it. Predict it as:").format(file=file_name))
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(translate("BenchmarkSetupDialog", "Accelerator"), self.gpu)
        form.addRow(translate("BenchmarkSetupDialog", "Accelerators"), self.count)
        form.addRow(translate("BenchmarkSetupDialog", "Model"), self.model)
        form.addRow(translate("BenchmarkSetupDialog", "Weights"), self.precision)
        form.addRow(translate("BenchmarkSetupDialog", "Serving stack"), self.stack)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def setup(self) -> dict[str, str]:
        return {
            "gpu": str(self.gpu.currentData()),
            "gpu_count": str(self.count.value()),
            "model": str(self.model.currentData()),
            "weight_precision": self.precision.currentText(),
            "serving_stack": self.stack.currentText(),
        }
