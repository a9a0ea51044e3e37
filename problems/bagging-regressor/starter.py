import numpy as np


def bagging_regressor(X, y, X_test, fit_base, n_estimators=10, seed=0):
    """Bagged predictions for X_test and out-of-bag predictions for the training rows.

    rng = np.random.default_rng(seed); per estimator idx = rng.integers(0, n, size=n).
    Returns (test_pred (m,), oob_pred (n,) with nan where a row was never out of bag).
    """
    raise NotImplementedError("bagging_regressor is not implemented yet")
