import math
import unittest
import warnings

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


def _blobs(rng, k, d, n_per):
    A = rng.normal(size=(d, d))
    X, y = [], []
    for c in range(k):
        m = rng.normal(0, 3, size=d)
        X.append(rng.normal(size=(n_per[c], d)) @ A + m)
        y += [c * 10] * n_per[c]
    return np.vstack(X), np.array(y)


class HiddenTests(unittest.TestCase):
    def test_random_problems(self):
        """Random 2-4 class problems with unequal class sizes match Bayes' rule with Gaussian densities"""
        rng = np.random.default_rng(13)
        for trial in range(6):
            k, d = int(rng.integers(2, 5)), int(rng.integers(1, 4))
            X, y = _blobs(rng, k, d, rng.integers(3, 30, size=k))
            Z = rng.normal(0, 4, size=(10, d))
            m = lda_fit(X, y)
            classes, means, S, post = _posterior(X, y, Z)
            what = " (trial %d, K=%d, d=%d)" % (trial, k, d)
            check_close(m["means"], means, 1e-10, 1e-8, "means" + what)
            check_close(m["cov"], S, 1e-10, 1e-8, "cov" + what)
            check_close(m["priors"], [np.mean(y == c) for c in classes], 1e-12, 1e-9, "priors" + what)
            got = lda_predict_proba(m, Z)
            check_close(got, post, 1e-10, 1e-8, "posteriors" + what)
            check_equal(np.asarray(lda_predict(m, Z)).tolist(), [classes[i] for i in np.argmax(post, axis=1)], "labels" + what)

    def test_priors_matter(self):
        """Halfway between two equal-spread classes, the larger class wins"""
        X = [[0.0], [1.0], [2.0], [10.0], [11.0], [12.0], [9.0], [13.0], [11.0]]
        y = [0, 0, 0, 1, 1, 1, 1, 1, 1]
        m = lda_fit(X, y)
        mid = (1.0 + 11.0) / 2
        p = np.asarray(lda_predict_proba(m, [[mid]]))[0]
        check(p[1] > p[0], "with priors 1/3 and 2/3 the midpoint leans to class 1", "p[1] > p[0]", p)

    def test_far_apart_classes_stay_finite(self):
        """Classes 1e4 apart: posteriors are exactly 0/1-like, never NaN, and no warnings"""
        rng = np.random.default_rng(5)
        X = np.vstack([rng.normal(0, 1, size=(20, 2)), rng.normal(1e4, 1, size=(20, 2))])
        y = np.array([0] * 20 + [1] * 20)
        m = lda_fit(X, y)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            p = np.asarray(lda_predict_proba(m, [[0.0, 0.0], [1e4, 1e4]]))
        check(np.all(np.isfinite(p)), "posteriors must be finite", "finite", p)
        check_close(p, [[1.0, 0.0], [0.0, 1.0]], 1e-9, 0, "posteriors of far-apart classes")

    def test_rows_sum_to_one(self):
        """Posterior rows sum to 1"""
        rng = np.random.default_rng(8)
        X, y = _blobs(rng, 3, 2, [10, 12, 9])
        p = np.asarray(lda_predict_proba(lda_fit(X, y), rng.normal(size=(7, 2))))
        check_close(p.sum(axis=1), np.ones(7), 1e-12, 0, "row sums")

    def test_invalid_input_raises(self):
        """Single class, too few samples, 1-D X, singular covariance and width mismatch raise ValueError"""
        good = lda_fit([[0.0, 1.0], [1.0, 0.0], [5.0, 6.0], [6.0, 4.0]], [0, 0, 1, 1])
        cases = {
            "single class": lambda: lda_fit([[0.0], [1.0]], [1, 1]),
            "n <= K": lambda: lda_fit([[0.0], [1.0]], [0, 1]),
            "1-D X": lambda: lda_fit([0.0, 1.0, 2.0], [0, 0, 1]),
            "singular covariance": lambda: lda_fit([[0.0, 0.0], [1.0, 1.0], [5.0, 5.0], [6.0, 6.0]], [0, 0, 1, 1]),
            "NaN in X": lambda: lda_fit([[0.0], [float("nan")], [2.0]], [0, 0, 1]),
            "width mismatch": lambda: lda_predict_proba(good, [[1.0, 2.0, 3.0]]),
        }
        for name, call in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                call()

    def test_inputs_not_modified(self):
        """X and y are left unchanged"""
        X = np.array([[1.0, 2.0], [2.0, 0.0], [5.0, 5.0], [6.0, 7.0], [0.0, 1.0]])
        y = np.array([1, 1, 2, 2, 1])
        Xb, yb = X.copy(), y.copy()
        lda_predict(lda_fit(X, y), X)
        check(np.array_equal(X, Xb) and np.array_equal(y, yb), "inputs must not be modified", "unchanged", "modified")


if __name__ == "__main__":
    unittest.main()
