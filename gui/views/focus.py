"""Select the control that sets a scenario setting (the sensitivity view's bar clicks)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from gui.controls_panel import ControlsPanel

# Settings whose control is not keyed by the same path in ControlsPanel.sliders.
_SLIDER_FOR = {
    "pricing.accelerator_price": "pricing.price",
    "pricing.server_price": "pricing.price",
    "pricing.rental_price_per_accelerator_hour": "pricing.price",
}
_COMBO_FOR = {
    "hardware.accelerator_id": "accelerator",
    "model.weight_precision": "weight_precision",
    "model.kv_cache_precision": "kv_precision",
}


def control_for(controls: ControlsPanel, setting: str) -> QWidget | None:
    slider = controls.sliders.get(_SLIDER_FOR.get(setting, setting))
    if slider is not None:
        return slider.slider
    name = _COMBO_FOR.get(setting)
    widget = getattr(controls, name, None) if name is not None else None
    return widget if isinstance(widget, QWidget) else None


def focus_setting(controls: ControlsPanel, setting: str) -> bool:
    """Scroll to and focus the control of `setting`; False when the panel has none for it."""
    widget = control_for(controls, setting)
    if widget is None or not widget.isEnabled():
        return False
    controls.ensureWidgetVisible(widget)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    return True
