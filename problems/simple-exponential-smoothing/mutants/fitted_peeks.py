# Wrong: uses the level after seeing y[t] as the forecast of y[t].
import numpy as np


def _series(y, min_len):
    y = np.asarray(y, dtype=np.float64)
    if y.ndim != 1 or y.size < min_len:
        raise ValueError("y must be 1-D with at least %d values" % min_len)
    if not np.all(np.isfinite(y)):
        raise ValueError("y must be finite")
    return y


def _alpha(alpha):
    alpha = float(alpha)
    if not 0.0 < alpha <= 1.0:
        raise ValueError("alpha must be in (0, 1], got %r" % alpha)
    return alpha


def ses(y, alpha):
    y = _series(y, 1)
    alpha = _alpha(alpha)
    levels = np.empty(y.size)
    levels[0] = y[0]
    for t in range(1, y.size):
        levels[t] = alpha * y[t] + (1.0 - alpha) * levels[t - 1]
    fitted = np.full(y.size, np.nan)
    fitted[1:] = levels[1:]
    return levels, fitted, float(levels[-1])


def best_alpha(y, alphas):
    y = _series(y, 2)
    alphas = [_alpha(a) for a in alphas]
    if not alphas:
        raise ValueError("alphas must not be empty")
    best = None
    for a in sorted(alphas):
        _, fitted, _ = ses(y, a)
        sse = float(np.sum((y[1:] - fitted[1:]) ** 2))
        if best is None or sse < best[1]:
            best = (a, sse)
    return best
