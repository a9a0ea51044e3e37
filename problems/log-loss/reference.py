import numpy as np


def log_loss(y_true, p, eps=1e-15):
    y = np.asarray(y_true, dtype=np.float64)
    p = np.asarray(p, dtype=np.float64)
    if y.ndim != 1 or y.shape != p.shape:
        raise ValueError("y_true and p must be 1-D and of equal length")
    if y.size == 0:
        raise ValueError("need at least one sample")
    if not np.all((y == 0) | (y == 1)):
        raise ValueError("labels must be 0 or 1")
    if not np.all((p >= 0) & (p <= 1)):  # also refuses nan
        raise ValueError("probabilities must lie in [0, 1]")
    q = np.clip(p, eps, 1.0 - eps)
    return float(-np.mean(y * np.log(q) + (1.0 - y) * np.log(1.0 - q)))
