"""The fit: few physical parameters, robust loss, leave-one-source-out bands."""

from __future__ import annotations

import numpy as np

from core.catalog import load_calibration
from core.cross_validation import band_quantiles, coverage
from core.fit_model import Model
from core.robust_fit import fit
from core.validation import ValidationPoint, builtin_measurements_text, prepare, read_measurements


def _model() -> Model:
    return Model(prepare(read_measurements(builtin_measurements_text())), load_calibration())


def test_parameters_are_per_stack_family_format_or_mechanism_never_per_point() -> None:
    model = _model()
    kinds = {p.name.split(".")[0] for p in model.params}
    assert kinds == {"stack", "family", "format", "mechanisms"}
    assert len(model.params) < 60
    ids = {row["id"] for row in model.prepared.rows}
    assert not any(part in ids for p in model.params for part in p.name.split("."))


def test_fit_lowers_the_robust_loss_on_the_measurements() -> None:
    model = _model()
    rows = np.arange(model.prepared.index.size)
    before, mask = model.residual_vector(model.theta0, rows)
    theta = fit(model, rows, model.theta0, iterations=2)
    after, _ = model.residual_vector(theta, rows)

    def huber(r: np.ndarray) -> float:
        a = np.abs(r[mask])
        return float(np.where(a <= 0.15, 0.5 * a**2, 0.15 * (a - 0.075)).sum())

    assert huber(after) < huber(before)


def test_holding_out_a_source_changes_only_the_fit_not_the_rows() -> None:
    model = _model()
    groups = np.array([s.source_group for s in model.prepared.setups if s is not None])
    largest = max(set(groups), key=lambda g: int((groups == g).sum()))
    train = np.flatnonzero(groups != largest)
    theta = fit(model, train, model.theta0, iterations=1)
    predicted = model.predict(theta)["output_tokens_per_s"]
    assert np.isfinite(predicted[groups == largest]).all()


def _point(kind: str, predicted: float, measured: float) -> ValidationPoint:
    return ValidationPoint("x", "", measured, predicted, None, None, None, None, "", kind=kind)


def test_band_quantiles_cover_about_eighty_percent_of_their_own_residuals() -> None:
    rng = np.random.default_rng(1)
    points = [_point("offline", float(np.exp(e)) * 100.0, 100.0) for e in rng.normal(0.0, 0.3, 400)]
    table = band_quantiles(points)
    share = coverage(points, table)["share_inside"]
    assert 0.75 <= share <= 0.85
    low, high = table["offline"]["output_tokens_per_s"]
    assert low < 0 < high
