import numpy as np


def _fit_stump(X, r):
    """Regression stump (feature, threshold, left_value, right_value) minimizing the SSE of r."""
    n = len(r)
    candidates = []  # (sse, feature, threshold, left_value, right_value)
    for j in range(X.shape[1]):
        order = np.argsort(X[:, j], kind="stable")
        xs, rs = X[order, j], r[order]
        cut = np.nonzero(xs[:-1] < xs[1:])[0]
        if cut.size == 0:
            continue
        n_left = cut + 1.0
        n_right = n - n_left
        sum_left = np.cumsum(rs)[cut]
        sum_right = rs.sum() - sum_left
        mean_left, mean_right = sum_left / n_left, sum_right / n_right
        # Direct SSE for each candidate: exact enough and easy to read.
        left_mask = np.arange(n)[None, :] <= cut[:, None]
        fitted = np.where(left_mask, mean_left[:, None], mean_right[:, None])
        sse = ((rs[None, :] - fitted) ** 2).sum(axis=1)
        thresholds = (xs[cut] + xs[cut + 1]) / 2.0
        candidates.extend(zip(sse.tolist(), [j] * cut.size, thresholds.tolist(),
                              mean_left.tolist(), mean_right.tolist()))
    lowest = min(c[0] for c in candidates)
    tol = 1e-10 * (1.0 + lowest)
    _, j, t, left, right = next(c for c in candidates if c[0] <= lowest + tol)
    return int(j), float(t), float(left), float(right)


def _stump_predict(X, stump):
    j, t, left, right = stump
    return np.where(X[:, j] <= t, left, right)


class GradientBoostingStumps:
    def __init__(self, n_estimators=100, learning_rate=0.1):
        self.n_estimators = n_estimators
        self.learning_rate = learning_rate

    def fit(self, X, y):
        X = np.asarray(X, dtype=np.float64)
        y = np.asarray(y)
        f = np.full_like(y, y.mean())
        self.init_ = float(f[0])
        self.stumps_ = []
        for _ in range(self.n_estimators):
            stump = _fit_stump(X, y - f)  # negative gradient of 0.5 * (y - f)^2
            self.stumps_.append(stump)
            f = f + self.learning_rate * _stump_predict(X, stump)
        return self

    def predict(self, X):
        X = np.asarray(X, dtype=np.float64)
        f = np.full(X.shape[0], self.init_)
        for stump in self.stumps_:
            f = f + self.learning_rate * _stump_predict(X, stump)
        return f
