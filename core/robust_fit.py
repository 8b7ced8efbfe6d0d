"""A robust least-squares fit of the engine's parameters: Levenberg-Marquardt on
Huber-reweighted log-ratio residuals plus a Gaussian prior on each log parameter, numpy
only, with forward-difference Jacobians (each prediction is one vectorized pass over all
rows)."""

from __future__ import annotations

import math
import sys

import numpy as np

from core.fit_model import HUBER_DELTA, Model

_DEBUG = False


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
    value, r, mask = objective(theta)
    step_size = 1e-3
    for _ in range(iterations):
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
        if not improved or np.max(np.abs(step)) < 1e-4:
            break
    return theta
