import copy
import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import GaussianNB

ATOL, RTOL = 1e-8, 1e-7


def _expected_log_proba(X, y, Q, var_smoothing):
    # Plain-Python Gaussian naive Bayes following the README formulas.
    X, Q = X.tolist(), Q.tolist()
    y = list(y)
    n, d = len(X), len(X[0])
    classes = sorted(set(y))

    def pvar(col):
        m = sum(col) / len(col)
        return sum((v - m) ** 2 for v in col) / len(col)

    eps = var_smoothing * max(pvar([r[j] for r in X]) for j in range(d))
    params = []
    for c in classes:
        rows = [r for r, l in zip(X, y) if l == c]
        means = [sum(r[j] for r in rows) / len(rows) for j in range(d)]
        vars_ = [pvar([r[j] for r in rows]) + eps for j in range(d)]
        params.append((math.log(len(rows) / n), means, vars_))
    out = []
    for q in Q:
        jll = [lp + sum(-0.5 * math.log(2 * math.pi * v) - (x - m) ** 2 / (2 * v) for x, m, v in zip(q, ms, vs))
               for lp, ms, vs in params]
        top = max(jll)
        lse = top + math.log(math.fsum(math.exp(a - top) for a in jll))
        out.append([a - lse for a in jll])
    return np.array(out), classes


class HiddenTests(unittest.TestCase):
    def test_random_against_plain_python(self):
        """Random 3-class data matches a plain-Python implementation of the formulas"""
        rng = np.random.default_rng(0)
        for trial in range(4):
            means = rng.normal(size=(3, 4)) * 2
            y = rng.integers(0, 3, size=45)
            y[:3] = [0, 1, 2]
            X = means[y] + rng.normal(size=(45, 4)) * rng.uniform(0.5, 2.0, size=4)
            Q = rng.normal(size=(10, 4)) * 3
            expected, classes = _expected_log_proba(X, y, Q, 1e-9)
            model = GaussianNB().fit(X, y)
            check_close(model.predict_log_proba(Q), expected, ATOL, RTOL, "log probabilities (trial %d)" % trial)
            check_equal(np.asarray(model.predict(Q)), np.array(classes)[np.argmax(expected, axis=1)],
                        "predictions (trial %d)" % trial)

    def test_imbalanced_prior_matters(self):
        """With identical class-conditional data, the larger class wins everywhere through its prior"""
        X = np.array([[0.0], [1.0], [0.0], [1.0], [0.0], [1.0]])
        y = np.array([5, 5, 9, 9, 9, 9])
        model = GaussianNB().fit(X, y)
        got = model.predict_log_proba(np.array([[0.3], [10.0]]))
        check_close(got, [[math.log(1 / 3), math.log(2 / 3)]] * 2, ATOL, RTOL, "log posteriors equal the log priors")
        check_equal(np.asarray(model.predict(np.array([[0.5]]))), np.array([9]), "prediction")

    def test_far_points_stay_finite(self):
        """A point far from every class keeps finite, normalized log probabilities"""
        X = np.array([[0.0, 0.0], [0.1, 0.2], [0.2, 0.1], [3.0, 3.0], [3.1, 3.2], [3.2, 3.1]])
        y = np.array([0, 0, 0, 1, 1, 1])
        Q = np.array([[1000.0, 1000.0], [-500.0, 20.0]])
        _orig_X = copy.deepcopy(X)
        _orig_y = copy.deepcopy(y)
        model = GaussianNB().fit(X, y)
        _orig_Q = copy.deepcopy(Q)
        got = model.predict_log_proba(Q)
        check(np.all(np.isfinite(got)), "log probabilities must be finite far from the data", "finite", got)
        expected, _ = _expected_log_proba(_orig_X, _orig_y, _orig_Q, 1e-9)
        check_close(got, expected, 1e-6, 1e-7, "log probabilities far away")
        check_close(np.exp(got).sum(axis=1), [1.0, 1.0], ATOL, RTOL, "row sums of exp(log_proba)")

    def test_constant_feature_uses_smoothing(self):
        """A feature constant within each class gets variance epsilon = var_smoothing * max feature variance"""
        X = np.array([[1.0, 0.0], [1.0, 2.0], [3.0, 4.0], [3.0, 6.0]])
        y = np.array([0, 0, 1, 1])
        _orig_X = copy.deepcopy(X)
        _orig_y = copy.deepcopy(y)
        model = GaussianNB(var_smoothing=1e-3).fit(X, y)
        eps = 1e-3 * 5.0  # var of column 1 over all of X is 5.0, larger than column 0's 1.0
        check_close(model.var_, [[eps, 1.0 + eps], [eps, 1.0 + eps]], 1e-12, 1e-10, "var_")
        Q = np.array([[2.0, 3.0], [1.01, 5.0]])
        expected, _ = _expected_log_proba(_orig_X, _orig_y, Q, 1e-3)
        check_close(model.predict_log_proba(Q), expected, ATOL, RTOL, "log probabilities")

    def test_large_var_smoothing(self):
        """var_smoothing=0.5 on features of very different scales matches the formulas"""
        rng = np.random.default_rng(1)
        X = rng.normal(size=(30, 3)) * np.array([1.0, 100.0, 0.01])
        y = (X[:, 0] > 0).astype(int)
        Q = rng.normal(size=(5, 3)) * np.array([1.0, 100.0, 0.01])
        expected, _ = _expected_log_proba(X, y, Q, 0.5)
        check_close(GaussianNB(var_smoothing=0.5).fit(X, y).predict_log_proba(Q), expected, ATOL, RTOL,
                    "log probabilities with var_smoothing=0.5")

    def test_string_labels_sorted(self):
        """String labels: classes_ is sorted and columns follow it"""
        X = np.array([[5.0], [5.5], [6.0], [0.0], [0.5], [1.0]])
        y = np.array(["pear", "pear", "pear", "apple", "apple", "apple"])
        model = GaussianNB().fit(X, y)
        check_equal([str(c) for c in model.classes_], ["apple", "pear"], "classes_")
        lp = model.predict_log_proba(np.array([[0.2]]))
        check(lp[0, 0] > lp[0, 1], "column 0 (apple) should be the likely class for x=0.2", "apple", lp)
        check_equal([str(c) for c in model.predict(np.array([[0.2], [5.8]]))], ["apple", "pear"], "predictions")

    def test_inputs_unchanged(self):
        """fit and predict do not modify their inputs"""
        rng = np.random.default_rng(2)
        X = rng.normal(size=(10, 2))
        y = np.array([0, 1] * 5)
        Q = rng.normal(size=(4, 2))
        Xc, yc, Qc = X.copy(), y.copy(), Q.copy()
        model = GaussianNB().fit(X, y)
        model.predict_log_proba(Q)
        model.predict(Q)
        check_equal(X, Xc, "X after fit")
        check_equal(y, yc, "y after fit")
        check_equal(Q, Qc, "X after predict")


class GapTests(unittest.TestCase):
    def test_near_and_far_rows_in_one_call(self):
        """One call with a near point and a far point: each row is normalised with its own shift"""
        X = np.array([[0.0, 0.0], [0.1, 0.2], [0.2, 0.1], [3.0, 3.0], [3.1, 3.2], [3.2, 3.1]])
        y = np.array([0, 0, 0, 1, 1, 1])
        Q = np.array([[1.5, 1.6], [400.0, -300.0]])
        _orig_X = copy.deepcopy(X)
        _orig_y = copy.deepcopy(y)
        _orig_Q = copy.deepcopy(Q)
        got = GaussianNB().fit(X, y).predict_log_proba(Q)
        check(np.all(np.isfinite(got)), "log probabilities must be finite for every row", "finite", got)
        expected, _ = _expected_log_proba(_orig_X, _orig_y, _orig_Q, 1e-9)
        check_close(got, expected, 1e-6, 1e-7, "log probabilities of a near and a far row")

    def test_large_feature_means(self):
        """Features with means near 1e6 and within-class spread near 1 give accurate variances"""
        rng = np.random.default_rng(6)
        X = rng.normal(size=(40, 2)) + np.array([1e6, -5e5])
        y = np.repeat([0, 1], 20)
        Xc = X.copy()
        model = GaussianNB(var_smoothing=0.0).fit(X, y)
        for c in (0, 1):
            rows = Xc[y == c]
            check_close(model.var_[c], ((rows - rows.mean(axis=0)) ** 2).mean(axis=0), 1e-8, 1e-7, "var_ of class %d with means near 1e6" % c)


if __name__ == "__main__":
    unittest.main()
