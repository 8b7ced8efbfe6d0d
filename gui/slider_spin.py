"""A slider with a spin box beside it: linear or logarithmic, with units.

The slider runs over integer steps mapped onto [minimum, maximum] (log-spaced when
`log=True`), so 1–512 GPUs or 1–200,000 tokens all feel even under the hand.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QHBoxLayout, QSlider, QWidget

SLIDER_STEPS = 1000


class TypedSpin(QDoubleSpinBox):
    """A spin box that says when a typed number was outside its range and moved to its end
    (Qt would silently restore the previous value)."""

    corrected = Signal(float, float)  # what was typed, what is used

    def _typed_number(self, text: str) -> tuple[str, float | None]:
        """The typed text without prefix, suffix and group separators, and its number (None: not one)."""
        number = text.strip().removeprefix(self.prefix().strip()).removesuffix(self.suffix().strip()).strip()
        point = self.locale().decimalPoint()
        number = number.replace(self.locale().groupSeparator(), "")
        if point != ",":
            number = number.replace(",", "")  # "100,000" typed with the usual separator
        value, ok = QLocale.c().toDouble(number.replace(point, "."))
        return number, (value if ok else None)

    def validate(self, text: str, pos: int) -> object:
        """Qt's own check refuses the keystrokes of a number outside the range (or with more
        decimals than shown), so "100000" would stop at "100" without a word: such a number is
        let through as intermediate, and `fixup` moves it into the range and says so."""
        state = super().validate(text, pos)
        accepted = state[0] if isinstance(state, tuple) else state
        if accepted != QValidator.State.Invalid:
            return state
        number, value = self._typed_number(text)
        if value is not None or number in ("", "-", "+", ".", "-.", "+."):
            return (QValidator.State.Intermediate, text, pos)
        return state

    def fixup(self, text: str) -> str:
        _number, value = self._typed_number(text)
        if value is not None and (value < self.minimum() or value > self.maximum()):
            used = min(max(value, self.minimum()), self.maximum())
            self.corrected.emit(value, used)
            return self.textFromValue(used)
        if value is not None:  # in range with more decimals than shown: rounded, as Qt would
            return self.textFromValue(round(value, self.decimals()))
        return text


class SliderSpin(QWidget):
    valueEdited = Signal(float)  # user moved the slider or typed a value
    editFinished = Signal()  # slider released or typing finished: end of one undo step
    notice = Signal(str)  # a sentence on what happened to a typed value (outside a range)

    def __init__(
        self,
        minimum: float,
        maximum: float,
        *,
        log: bool = False,
        decimals: int = 0,
        suffix: str = "",
        prefix: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Opaque in its panel's colour: a moved slider repaints itself, not the rounded
        # panel (and its title) behind it.
        self.setAutoFillBackground(True)
        self._log = log
        self._integer = decimals == 0
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setMinimumWidth(64)
        self.name = ""  # what the value is, for notices ("Model size")
        self._typed_range: tuple[float, float] | None = None
        self._just_corrected = False
        self.spin = TypedSpin()
        self.spin.corrected.connect(self._typed_outside)
        self.spin.setDecimals(decimals)
        self.spin.setSuffix(suffix)
        self.spin.setPrefix(prefix)
        self.spin.setGroupSeparatorShown(True)
        self.spin.setKeyboardTracking(False)
        self.spin.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.set_range(minimum, maximum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 3)
        layout.addWidget(self.spin, 2)
        self.slider.valueChanged.connect(self._slider_moved)
        self.slider.sliderReleased.connect(self.editFinished)
        self.spin.valueChanged.connect(self._spin_changed)
        self.spin.editingFinished.connect(self.editFinished)

    # --- mapping between slider steps and values ---------------------------------------
    def set_range(self, minimum: float, maximum: float) -> None:
        maximum = max(maximum, minimum * 1.0001 + 1e-9)
        if (minimum, maximum) == (getattr(self, "_minimum", None), getattr(self, "_maximum", None)):
            return  # unchanged: no repaint
        self._minimum, self._maximum = minimum, maximum
        self._set_spin_range()

    def set_typed_range(self, minimum: float, maximum: float) -> None:
        """Typing may go beyond the slider, as far as this (what the engine can evaluate);
        the slider then rests at its end and a notice says so."""
        self._typed_range = (minimum, maximum)
        self._set_spin_range()

    def _set_spin_range(self) -> None:
        low, high = self._minimum, self._maximum
        if self._typed_range is not None:
            low, high = min(low, self._typed_range[0]), max(high, self._typed_range[1])
        self.spin.blockSignals(True)
        self.spin.setRange(low, high)
        self.spin.blockSignals(False)

    def _shown(self, value: float) -> str:
        """The value as the spin box writes it, or with more digits when its decimals would hide
        it (0.001 is not "0")."""
        text = self.spin.textFromValue(value)
        decimals = self.spin.decimals()
        while decimals < 9 and abs(round(value, decimals) - value) > 1e-9 * max(1.0, abs(value)):
            decimals += 1
        if decimals != self.spin.decimals():
            text = self.spin.locale().toString(value, "f", decimals)
        return f"{self.spin.prefix()}{text}{self.spin.suffix()}".strip()

    def _typed_outside(self, typed: float, used: float) -> None:
        sentence = QCoreApplication.translate(
            "SliderSpin", "{name} {typed} is {side} the range allowed; using {used}.")
        side = (QCoreApplication.translate("SliderSpin", "below") if typed < used
                else QCoreApplication.translate("SliderSpin", "above"))
        as_typed = self._shown(typed)
        self._just_corrected = True  # the value it lands on may sit beyond the slider too: one notice
        self.notice.emit(sentence.format(name=self.name or QCoreApplication.translate("SliderSpin", "The value"),
                                         typed=as_typed, side=side, used=self._shown(used)))

    def set_format(self, decimals: int, prefix: str = "", suffix: str = "") -> None:
        """Decimals and units of the spin box; changing them re-lays it out, so only when they differ."""
        if self.spin.decimals() != decimals:
            self.spin.setDecimals(decimals)
        if self.spin.prefix() != prefix:
            self.spin.setPrefix(prefix)
        if self.spin.suffix() != suffix:
            self.spin.setSuffix(suffix)

    def _value_at(self, step: int) -> float:
        share = step / SLIDER_STEPS
        if self._log:
            low, high = math.log(self._minimum), math.log(self._maximum)
            value = math.exp(low + share * (high - low))
        else:
            value = self._minimum + share * (self._maximum - self._minimum)
        return float(round(value)) if self._integer else value

    def _step_at(self, value: float) -> int:
        value = min(max(value, self._minimum), self._maximum)
        if self._log:
            low, high = math.log(self._minimum), math.log(self._maximum)
            share = (math.log(value) - low) / (high - low)
        else:
            share = (value - self._minimum) / (self._maximum - self._minimum)
        return round(share * SLIDER_STEPS)

    # --- value --------------------------------------------------------------------------
    def value(self) -> float:
        return self.spin.value()

    def set_value(self, value: float, widen: bool = True) -> None:
        """Show a value from the document without emitting valueEdited (and without
        repainting when it is already shown: every slider hears every change). A value beyond
        the box's range (a file may hold one the engine accepts) widens it: the control shows
        the figure the results are computed with, never a clamped one (`widen` false: a figure
        the control only follows, e.g. the calls in flight the load gives, rests at its end)."""
        if widen and not self.spin.minimum() <= value <= self.spin.maximum() and math.isfinite(value):
            low, high = self._typed_range or (self._minimum, self._maximum)
            self._typed_range = (min(low, value), max(high, value))
            self._set_spin_range()
        if value != self.spin.value():
            self.spin.blockSignals(True)
            self.spin.setValue(value)
            self.spin.blockSignals(False)
        if not self.slider.isSliderDown() and self._step_at(value) != self.slider.value():
            self.slider.blockSignals(True)
            self.slider.setValue(self._step_at(value))
            self.slider.blockSignals(False)

    def move_slider_to(self, step: int) -> None:
        """What a hand on the slider does (used by tests and the latency benchmark)."""
        self.slider.setValue(step)

    def _slider_moved(self, step: int) -> None:
        value = self._value_at(step)
        self.spin.blockSignals(True)
        self.spin.setValue(value)
        self.spin.blockSignals(False)
        self.valueEdited.emit(self.spin.value())

    def _spin_changed(self, value: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(self._step_at(value))
        self.slider.blockSignals(False)
        corrected, self._just_corrected = self._just_corrected, False
        if not corrected and not self._minimum <= value <= self._maximum:
            sentence = QCoreApplication.translate(
                "SliderSpin", "{name} {typed} is beyond the slider's range ({low}–{high}): used as typed; "
                "the slider rests at its end.")
            self.notice.emit(sentence.format(
                name=self.name or QCoreApplication.translate("SliderSpin", "The value"), typed=self._shown(value),
                low=self._shown(self._minimum), high=self._shown(self._maximum)))
        self.valueEdited.emit(value)

    def setToolTip(self, text: str) -> None:
        super().setToolTip(text)
        self.slider.setToolTip(text)
        self.spin.setToolTip(text)
