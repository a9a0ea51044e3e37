import math
import unittest
import warnings

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


def _blobs(rng, k, d, n_per):
    X, y = [], []
    for c in range(k):
        A = rng.normal(size=(d, d)) * rng.uniform(0.3, 2)
        X.append(rng.normal(size=(n_per[c], d)) @ A + rng.normal(0, 3, size=d))
        y += ["c%d" % c] * n_per[c]
    return np.vstack(X), np.array(y)


class HiddenTests(unittest.TestCase):
    def test_random_problems(self):
        """Random problems with different class shapes, with and without reg, match Bayes' rule"""
        rng = np.random.default_rng(17)
        for trial in range(6):
            k, d = int(rng.integers(2, 4)), int(rng.integers(1, 4))
            X, y = _blobs(rng, k, d, rng.integers(d + 2, 25, size=k))
            reg = float(rng.choice([0.0, 0.5]))
            Z = rng.normal(0, 4, size=(8, d))
            m = qda_fit(X, y, reg=reg)
            classes, params, post = _posterior(X, y, Z, reg)
            what = " (trial %d, K=%d, d=%d, reg=%g)" % (trial, k, d, reg)
            check_close(m["covs"], [p[2] for p in params], 1e-10, 1e-8, "covs" + what)
            check_close(m["priors"], [p[0] for p in params], 1e-12, 1e-9, "priors" + what)
            check_close(qda_predict_proba(m, Z), post, 1e-10, 1e-8, "posteriors" + what)
            check_equal(np.asarray(qda_predict(m, Z)).tolist(), [classes[i] for i in np.argmax(post, axis=1)], "labels" + what)

    def test_spread_decides_far_points(self):
        """Same mean, different spreads: a far point belongs to the wide class, a central one to the narrow one"""
        rng = np.random.default_rng(2)
        X = np.vstack([rng.normal(0, 0.5, size=(40, 1)), rng.normal(0, 5, size=(40, 1))])
        y = np.array([0] * 40 + [1] * 40)
        check_equal(np.asarray(qda_predict(qda_fit(X, y), [[0.0], [6.0]])).tolist(), [0, 1], "labels at 0 and 6")

    def test_far_points_stay_finite(self):
        """Far from every class the posteriors stay finite, without warnings"""
        X = [[0.0], [1.0], [2.0], [10.0], [12.0], [14.0]]
        y = [0, 0, 0, 1, 1, 1]
        m = qda_fit(X, y)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            p = np.asarray(qda_predict_proba(m, [[-5000.0], [9000.0]]))
        check(np.all(np.isfinite(p)), "posteriors must be finite", "finite", p)
        check_close(p.sum(axis=1), [1.0, 1.0], 1e-12, 0, "row sums")

    def test_invalid_input_raises(self):
        """Single class, a one-sample class, a singular covariance, negative reg and a width mismatch raise ValueError"""
        good = qda_fit([[0.0], [1.0], [5.0], [7.0]], [0, 0, 1, 1])
        cases = {
            "single class": lambda: qda_fit([[0.0], [1.0]], [1, 1]),
            "one-sample class": lambda: qda_fit([[0.0], [1.0], [3.0]], [0, 0, 1]),
            "singular covariance": lambda: qda_fit([[0.0, 0.0], [1.0, 1.0], [2.0, 2.0], [5.0, 1.0], [6.0, 3.0], [4.0, 0.0]], [0, 0, 0, 1, 1, 1]),
            "negative reg": lambda: qda_fit([[0.0], [1.0], [5.0], [7.0]], [0, 0, 1, 1], reg=-1.0),
            "width mismatch": lambda: qda_predict(good, [[1.0, 2.0]]),
        }
        for name, call in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                call()

    def test_reg_fixes_a_singular_class(self):
        """The singular example becomes fittable with reg > 0"""
        m = qda_fit([[0.0, 0.0], [1.0, 1.0], [2.0, 2.0], [5.0, 1.0], [6.0, 3.0], [4.0, 0.0]], [0, 0, 0, 1, 1, 1], reg=0.1)
        check_close(np.asarray(m["covs"])[0], [[1.1, 1.0], [1.0, 1.1]], 1e-10, 1e-8, "regularised covariance of class 0")

    def test_inputs_not_modified(self):
        """X and y are left unchanged"""
        X = np.array([[1.0, 2.0], [2.0, 0.0], [0.0, 1.0], [5.0, 5.0], [6.0, 7.0], [8.0, 5.0]])
        y = np.array([1, 1, 1, 2, 2, 2])
        Xb, yb = X.copy(), y.copy()
        qda_predict(qda_fit(X, y), X)
        check(np.array_equal(X, Xb) and np.array_equal(y, yb), "inputs must not be modified", "unchanged", "modified")


if __name__ == "__main__":
    unittest.main()
