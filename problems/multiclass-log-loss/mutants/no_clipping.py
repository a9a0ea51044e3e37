# Wrong: takes the log of the raw probability, so a zero gives inf.
import numpy as np


def _inputs(y_true, M, name):
    y = np.asarray(y_true)
    M = np.asarray(M, dtype=np.float64)
    if y.ndim != 1 or y.size == 0:
        raise ValueError("y_true must be a non-empty 1-D sequence")
    if M.ndim != 2 or M.shape[0] != y.shape[0]:
        raise ValueError("%s must have shape (n, K) with n = %d" % (name, y.shape[0]))
    n, K = M.shape
    if K < 2:
        raise ValueError("need at least two classes")
    if y.dtype.kind not in "iub":
        yf = y.astype(np.float64)
        if not np.all(np.isfinite(yf)) or np.any(yf != np.round(yf)):
            raise ValueError("labels must be integers")
        y = yf
    if np.any(y < 0) or np.any(y >= K):
        raise ValueError("labels must lie in 0..%d" % (K - 1))
    return y.astype(np.int64), M


def multiclass_log_loss(y_true, proba, eps=1e-15):
    y, P = _inputs(y_true, proba, "proba")
    if not 0 < eps < 1:
        raise ValueError("eps must lie in (0, 1)")
    if np.any(P < 0) or np.any(P > 1) or np.any(np.isnan(P)):
        raise ValueError("probabilities must lie in [0, 1]")
    if np.any(np.abs(P.sum(axis=1) - 1.0) > 1e-6):
        raise ValueError("every row of proba must sum to 1")
    picked = P[np.arange(len(y)), y]
    return float(-np.mean(np.log(picked)))


def log_loss_from_logits(y_true, logits):
    y, Z = _inputs(y_true, logits, "logits")
    shifted = Z - Z.max(axis=1, keepdims=True)
    log_norm = np.log(np.exp(shifted).sum(axis=1))
    return float(np.mean(log_norm - shifted[np.arange(len(y)), y]))
