# Wrong: clips only from below (p >= eps), so p = 1 for a negative still gives inf.
import numpy as np


def log_loss(y_true, p, eps=1e-15):
    y = np.asarray(y_true, dtype=np.float64)
    p = np.asarray(p, dtype=np.float64)
    if y.shape != p.shape or y.size == 0:
        raise ValueError("bad input")
    if not np.all((y == 0) | (y == 1)) or np.any((p < 0) | (p > 1)):
        raise ValueError("bad values")
    q = np.maximum(p, eps)
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(-np.mean(y * np.log(q) + (1 - y) * np.log(1 - q)))
