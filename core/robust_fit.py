"""A robust least-squares fit of the engine's parameters: Levenberg-Marquardt on
Huber-reweighted log-ratio residuals plus a Gaussian prior on each log parameter, numpy
only, with forward-difference Jacobians (each prediction is one vectorized pass over all
rows)."""

from __future__ import annotations

import math
import sys
from collections.abc import Callable

import numpy as np

from core.fit_model import HUBER_DELTA, Model

_DEBUG = False
COORDINATE_SEARCHES = 6  # passes along each parameter when the Levenberg-Marquardt step fails
COORDINATE_STEP = 0.03
# Forward differences over a step this wide (log): wide enough to see past small kinks.
JACOBIAN_STEP = 1e-2


def fit(model: Model, rows: np.ndarray, theta_start: np.ndarray, iterations: int = 30) -> np.ndarray:
    """Levenberg-Marquardt on Huber-reweighted residuals plus the prior."""
    sigma = np.array([p.prior_sigma_log for p in model.params])
    upper = np.array([p.to_theta(p.upper) if math.isfinite(p.upper) else np.inf for p in model.params])

    def objective(theta: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
        r, mask = model.residual_vector(theta, rows)
        a = np.abs(r)
        loss = np.where(a <= HUBER_DELTA, 0.5 * r**2, HUBER_DELTA * (a - 0.5 * HUBER_DELTA))
        prior = (theta - model.theta0) / sigma
        return float(loss[mask].sum() + 0.5 * (prior**2).sum()), r, mask

    theta: np.ndarray = np.minimum(theta_start.copy(), upper)
    damping = 1e-2
    searches = COORDINATE_SEARCHES
    value, r, mask = objective(theta)
    step_size = JACOBIAN_STEP
    for _ in range(iterations):
        previous = value
        weights = np.where(np.abs(r) <= HUBER_DELTA, 1.0, HUBER_DELTA / np.maximum(np.abs(r), 1e-12)) * mask
        jac = np.empty((r.size, theta.size))
        for j in range(theta.size):
            bumped = theta.copy()
            bumped[j] += step_size
            jac[:, j] = (model.residual_vector(bumped, rows)[0] - r) / step_size
        sw = np.sqrt(weights)
        a_rows = np.vstack([jac * sw[:, None], np.diag(1.0 / sigma)])
        b_rows = np.concatenate([r * sw, (theta - model.theta0) / sigma])
        normal = a_rows.T @ a_rows
        gradient = a_rows.T @ b_rows
        improved = False
        for _attempt in range(8):
            step = np.linalg.solve(normal + damping * np.diag(np.diag(normal) + 1e-9), -gradient)
            candidate = np.minimum(theta + step, upper)
            new_value, new_r, new_mask = objective(candidate)
            if new_value < value:
                theta, value, r, mask = candidate, new_value, new_r, new_mask
                damping = max(damping / 3.0, 1e-6)
                improved = True
                break
            damping *= 4.0
        if _DEBUG:
            state = "improved" if improved else "stuck"
            print("  fit:", round(value, 4), state, f"damping {damping:.2g}", file=sys.stderr)
        stalled = not improved or previous - value < 1e-6 * value
        if stalled and searches > 0:
            # The predictions have kinks (a bound switching, a grid step), where the
            # linearisation misleads: one pass of steps along each parameter gets past them.
            searches -= 1
            theta, value, improved = _coordinate_pass(objective, theta, value, upper)
            r, mask = objective(theta)[1:]
            damping = 1e-2
            continue
        if stalled:
            break
    return theta


def _coordinate_pass(
    objective: Callable[[np.ndarray], tuple[float, np.ndarray, np.ndarray]],
    theta: np.ndarray, value: float, upper: np.ndarray,
) -> tuple[np.ndarray, float, bool]:
    """Each parameter moved by +-COORDINATE_STEP (log) where that lowers the objective."""
    improved = False
    for j in range(theta.size):
        for step in (COORDINATE_STEP, -COORDINATE_STEP):
            candidate = theta.copy()
            candidate[j] = min(candidate[j] + step, upper[j])
            new_value = objective(candidate)[0]
            if new_value < value:
                theta, value, improved = candidate, new_value, True
                break
    return theta, value, improved
