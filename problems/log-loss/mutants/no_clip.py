# Wrong: no clipping, so p = 0 or 1 gives inf or nan.
import numpy as np


def log_loss(y_true, p, eps=1e-15):
    y = np.asarray(y_true, dtype=np.float64)
    p = np.asarray(p, dtype=np.float64)
    if y.shape != p.shape or y.size == 0:
        raise ValueError("bad input")
    if not np.all((y == 0) | (y == 1)) or np.any((p < 0) | (p > 1)):
        raise ValueError("bad values")
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
