# Wrong: subtracts the maximum of the whole batch instead of each row's, so small rows underflow.
import numbers

import numpy as np


def label_smoothing_ce(logits, targets, epsilon=0.1, ignore_index=-100):
    z = np.asarray(logits, dtype=np.float64)
    t = np.asarray(targets)
    if z.ndim != 2 or z.shape[1] < 1:
        raise ValueError("logits must have shape (N, K), got %s" % (z.shape,))
    if t.shape != (z.shape[0],) or (t.size and t.dtype.kind not in "iu"):
        raise ValueError("targets must be %d integers" % z.shape[0])
    if not isinstance(epsilon, numbers.Real) or not 0 <= epsilon <= 1:
        raise ValueError("epsilon must lie in [0, 1], got %r" % (epsilon,))
    N, K = z.shape
    valid = t != ignore_index
    if np.any((t[valid] < 0) | (t[valid] >= K)):
        raise ValueError("targets must lie in 0..%d or equal ignore_index" % (K - 1))
    shifted = z - z.max()
    logp = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    q = np.full((N, K), epsilon / K)
    rows = np.flatnonzero(valid)
    q[rows, t[valid].astype(np.int64)] += 1.0 - epsilon
    n = int(valid.sum())
    grad = np.zeros((N, K))
    if n == 0:
        return 0.0, grad
    loss = float(-(q[valid] * logp[valid]).sum() / n)
    grad[valid] = (np.exp(logp[valid]) - q[valid]) / n
    return loss, grad
