import numpy as np

TIE_TOL = 1e-12
ERR_CLIP = 1e-10


def _best_stump(X, y, w):
    """(feature, threshold, polarity, error) with the lowest weighted error, first in candidate order on ties."""
    candidates = []
    for j in range(X.shape[1]):
        order = np.argsort(X[:, j], kind="stable")
        xs, ys, ws = X[order, j], y[order], w[order]
        cut = np.nonzero(xs[:-1] < xs[1:])[0]
        if cut.size == 0:
            continue
        pos_left = np.cumsum(ws * (ys == 1))[cut]
        neg_left = np.cumsum(ws * (ys == -1))[cut]
        pos_right = ws[ys == 1].sum() - pos_left
        neg_right = ws[ys == -1].sum() - neg_left
        # polarity +1 predicts +1 right of the threshold and -1 left of it; polarity -1 the reverse.
        err_plus = pos_left + neg_right
        err_minus = neg_left + pos_right
        thresholds = (xs[cut] + xs[cut + 1]) / 2.0
        for t, ep, em in zip(thresholds.tolist(), err_plus.tolist(), err_minus.tolist()):
            candidates.append((j, t, 1, ep))
            candidates.append((j, t, -1, em))
    lowest = min(c[3] for c in candidates)
    return next(c for c in candidates if c[3] <= lowest + TIE_TOL)


def _stump_predict(X, feature, threshold, polarity):
    return np.where(X[:, feature] > threshold, polarity, -polarity)


class AdaBoostStumps:
    def __init__(self, n_estimators=50):
        self.n_estimators = n_estimators

    def fit(self, X, y):
        X = np.asarray(X, dtype=np.float64)
        y = np.asarray(y).astype(np.int64)
        n = len(y)
        w = np.full(n, 1.0 / n)
        self.stumps_, alphas = [], []
        for _ in range(self.n_estimators):
            j, t, p, err = _best_stump(X, y, w)
            err = min(max(err, ERR_CLIP), 1.0 - ERR_CLIP)
            alpha = 0.5 * np.log((1.0 - err) / err)
            w = w * np.exp(-alpha * y * _stump_predict(X, j, t, p))
            w = w / w.sum()
            self.stumps_.append((int(j), float(t), int(p)))
            alphas.append(alpha)
        self.alphas_ = np.array(alphas, dtype=np.float64)
        return self

    def decision_function(self, X):
        X = np.asarray(X, dtype=np.float64)
        score = np.zeros(X.shape[0])
        for (j, t, p), a in zip(self.stumps_, self.alphas_):
            score += a * _stump_predict(X, j, t, p)
        return score

    def predict(self, X):
        return np.where(self.decision_function(X) >= 0, 1.0, -1.0)
