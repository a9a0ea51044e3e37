import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import qda_fit, qda_predict, qda_predict_proba


def _posterior(X, y, Z, reg=0.0):
    # Bayes' rule with the full Gaussian density written out: (2 pi)^(-d/2) |S|^(-1/2) exp(-q/2).
    X = np.asarray(X, float)
    y = np.asarray(y)
    classes = sorted(set(y.tolist()))
    d = X.shape[1]
    params = []
    for c in classes:
        Xc = X[y == c]
        mu = Xc.mean(axis=0)
        S = sum(np.outer(r - mu, r - mu) for r in Xc) / (len(Xc) - 1) + reg * np.eye(d)
        params.append((np.mean(y == c), mu, S))
    rows = []
    for z in np.asarray(Z, float):
        logs = []
        for pi, mu, S in params:
            q = (z - mu) @ np.linalg.inv(S) @ (z - mu)
            logs.append(math.log(pi) - 0.5 * math.log(np.linalg.det(S)) - 0.5 * q - 0.5 * d * math.log(2 * math.pi))
        m = max(logs)
        w = [math.exp(v - m) for v in logs]
        rows.append([v / sum(w) for v in w])
    return classes, params, np.array(rows)


X = [[0.0, 0.0], [1.0, 0.5], [0.5, 1.0], [0.2, 0.1], [4.0, 4.0], [8.0, 3.0], [5.0, 9.0], [2.0, 6.0]]
Y = [0, 0, 0, 0, 1, 1, 1, 1]


class VisibleTests(unittest.TestCase):
    def test_fit(self):
        """Per-class means and covariances divided by n_k - 1"""
        m = qda_fit(X, Y)
        _, params, _ = _posterior(X, Y, [[0.0, 0.0]])
        check_close(m["means"], [p[1] for p in params], 1e-10, 1e-8, "means")
        check_close(m["covs"], [p[2] for p in params], 1e-10, 1e-8, "covs")

    def test_posteriors(self):
        """Posteriors equal prior-weighted Gaussian densities with each class's own covariance"""
        Z = [[1.0, 1.0], [3.0, 3.0], [2.0, 0.0]]
        check_close(qda_predict_proba(qda_fit(X, Y), Z), _posterior(X, Y, Z)[2], 1e-10, 1e-8, "posteriors")

    def test_labels(self):
        """Predicted labels"""
        check_equal(np.asarray(qda_predict(qda_fit(X, Y), [[1.0, 1.0], [3.0, 3.0]])).tolist(), [0, 1], "labels")


if __name__ == "__main__":
    unittest.main()
