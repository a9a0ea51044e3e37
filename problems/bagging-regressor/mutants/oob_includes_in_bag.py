# Wrong: averages every estimator for the OOB prediction, including those trained on the row.
import numbers

import numpy as np


def bagging_regressor(X, y, X_test, fit_base, n_estimators=10, seed=0):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    X_test = np.asarray(X_test, dtype=np.float64)
    if X.ndim != 2 or X.shape[0] == 0:
        raise ValueError("X must be 2-D with at least one row")
    n = X.shape[0]
    if y.shape != (n,):
        raise ValueError("y must have shape (%d,)" % n)
    if X_test.ndim != 2 or X_test.shape[1] != X.shape[1]:
        raise ValueError("X_test must be 2-D with %d columns" % X.shape[1])
    if isinstance(n_estimators, bool) or not isinstance(n_estimators, numbers.Integral) or n_estimators < 1:
        raise ValueError("n_estimators must be a positive integer")
    rng = np.random.default_rng(seed)
    test_sum = np.zeros(X_test.shape[0])
    oob_sum = np.zeros(n)
    oob_count = np.zeros(n)
    for _ in range(int(n_estimators)):
        idx = rng.integers(0, n, size=n)
        model = fit_base(X[idx].copy(), y[idx].copy())
        test_sum += np.asarray(model(X_test.copy()), dtype=np.float64)
        out = np.ones(n, dtype=bool)
        if out.any():
            oob_sum[out] += np.asarray(model(X[out].copy()), dtype=np.float64)
            oob_count[out] += 1
    oob = np.full(n, np.nan)
    seen = oob_count > 0
    oob[seen] = oob_sum[seen] / oob_count[seen]
    return test_sum / n_estimators, oob
