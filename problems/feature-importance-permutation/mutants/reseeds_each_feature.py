# Wrong: re-creates the generator from seed for every feature, so all features get the same permutations.
import numbers

import numpy as np


def permutation_importance(predict, X, y, metric, n_repeats=5, seed=0):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("X must be 2-D with at least two rows")
    if y.shape[0] != X.shape[0]:
        raise ValueError("y must have one entry per row of X")
    if isinstance(n_repeats, bool) or not isinstance(n_repeats, numbers.Integral) or n_repeats < 1:
        raise ValueError("n_repeats must be a positive integer")
    n, d = X.shape
    rng = np.random.default_rng(seed)
    baseline = float(metric(y, predict(X.copy())))
    raw = np.empty((d, int(n_repeats)))
    work = X.copy()
    for j in range(d):
        original = work[:, j].copy()
        rng = np.random.default_rng(seed)
        for r in range(int(n_repeats)):
            work[:, j] = original[rng.permutation(n)]
            raw[j, r] = baseline - float(metric(y, predict(work)))
        work[:, j] = original
    return raw.mean(axis=1), raw.std(axis=1), raw
