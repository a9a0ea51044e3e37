import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import lda_fit, lda_predict, lda_predict_proba


def _posterior(X, y, Z):
    # Bayes' rule with explicit Gaussian log-densities (quadratic terms included).
    X = np.asarray(X, float)
    y = np.asarray(y)
    classes = sorted(set(y.tolist()))
    n, d = X.shape
    means = np.array([X[y == c].mean(axis=0) for c in classes])
    S = sum(np.outer(x - means[classes.index(t)], x - means[classes.index(t)]) for x, t in zip(X, y.tolist())) / (n - len(classes))
    Sinv = np.linalg.inv(S)
    Z = np.asarray(Z, float)
    logp = np.array([[math.log(np.mean(y == c)) - 0.5 * (z - means[k]) @ Sinv @ (z - means[k]) for k, c in enumerate(classes)]
                     for z in Z])
    logp -= logp.max(axis=1, keepdims=True)
    p = np.exp(logp)
    return classes, means, S, p / p.sum(axis=1, keepdims=True)


X = [[1.0, 2.0], [2.0, 1.0], [2.0, 3.0], [6.0, 5.0], [7.0, 7.0], [8.0, 6.0]]
Y = ["a", "a", "a", "b", "b", "b"]


class VisibleTests(unittest.TestCase):
    def test_fit(self):
        """Means, priors and the pooled covariance (divided by n - K = 4)"""
        m = lda_fit(X, Y)
        check_equal(np.asarray(m["classes"]).tolist(), ["a", "b"], "classes")
        check_close(m["priors"], [0.5, 0.5], 1e-10, 1e-8, "priors")
        check_close(m["means"], [[5 / 3, 2.0], [7.0, 6.0]], 1e-10, 1e-8, "means")
        check_close(m["cov"], [[2 / 3, 0.25], [0.25, 1.0]], 1e-10, 1e-8, "cov")

    def test_posteriors(self):
        """Posteriors equal prior-weighted Gaussian densities, normalised"""
        Z = [[4.0, 4.0], [1.0, 1.0], [5.0, 2.0]]
        check_close(lda_predict_proba(lda_fit(X, Y), Z), _posterior(X, Y, Z)[3], 1e-10, 1e-8, "posteriors")

    def test_labels(self):
        """Predicted labels for points near each class"""
        check_equal(np.asarray(lda_predict(lda_fit(X, Y), [[4.0, 4.0], [7.0, 6.0]])).tolist(), ["a", "b"], "labels")


if __name__ == "__main__":
    unittest.main()
