# Wrong: fits without an intercept column and reports c = 0.
import numbers

import numpy as np


def _series(y):
    y = np.asarray(y, dtype=np.float64)
    if y.ndim != 1 or not np.all(np.isfinite(y)):
        raise ValueError("y must be a 1-D array of finite numbers")
    return y


def fit_ar(y, p):
    y = _series(y)
    if isinstance(p, bool) or not isinstance(p, numbers.Integral) or p < 1:
        raise ValueError("p must be an integer >= 1")
    p = int(p)
    m = y.size - p  # number of equations
    if m < p + 1:
        raise ValueError("need at least 2p + 1 observations to fit AR(p) with an intercept")
    design = np.zeros((m, p + 1))
    design[:, 0] = 0.0
    for k in range(1, p + 1):
        design[:, k] = y[p - k: y.size - k]
    target = y[p:]
    gram = design.T @ design
    try:
        coef = np.concatenate([[0.0], np.linalg.solve(gram[1:, 1:], design[:, 1:].T @ target)])
    except np.linalg.LinAlgError:
        raise ValueError("the lagged design is singular (for example a constant series)")
    if not np.all(np.isfinite(coef)) or np.linalg.cond(gram[1:, 1:]) > 1e12:
        raise ValueError("the lagged design is singular (for example a constant series)")
    return float(coef[0]), coef[1:].copy()


def forecast_ar(y, c, phi, horizon):
    y = _series(y)
    phi = np.asarray(phi, dtype=np.float64)
    if phi.ndim != 1 or phi.size < 1:
        raise ValueError("phi must be a non-empty 1-D array")
    p = phi.size
    if y.size < p:
        raise ValueError("need at least p observations to forecast")
    if isinstance(horizon, bool) or not isinstance(horizon, numbers.Integral) or horizon < 0:
        raise ValueError("horizon must be an integer >= 0")
    history = list(y[-p:])
    out = []
    for _ in range(int(horizon)):
        nxt = float(c) + sum(phi[k] * history[-1 - k] for k in range(p))
        out.append(nxt)
        history.append(nxt)
    return np.array(out, dtype=np.float64)
