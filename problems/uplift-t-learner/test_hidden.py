import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import t_learner_uplift

ATOL, RTOL = 1e-8, 1e-6


def _augmented_ridge(X, y, l2):
    # Intercept as a column of ones, with a zero penalty on it: a different route from centring.
    A = np.hstack([np.ones((X.shape[0], 1)), X])
    P = l2 * np.eye(A.shape[1])
    P[0, 0] = 0.0
    return np.linalg.solve(A.T @ A + P, A.T @ y)


def _expected(X, y, t, X_new, l2):
    X, y, t, X_new = (np.array(a, dtype=float) for a in (X, y, t, X_new))
    c1 = _augmented_ridge(X[t == 1], y[t == 1], l2)
    c0 = _augmented_ridge(X[t == 0], y[t == 0], l2)
    A_new = np.hstack([np.ones((X_new.shape[0], 1)), X_new])
    return A_new @ c1 - A_new @ c0


def _data(rng, n, d):
    X = rng.normal(size=(n, d)) * rng.uniform(0.5, 3, size=d) + rng.uniform(-5, 5, size=d)
    t = (rng.random(n) < 0.5).astype(int)
    t[: d + 2], t[d + 2: 2 * d + 4] = 0, 1
    beta0 = rng.normal(size=d)
    tau = rng.normal(size=d)
    y = 2.0 + X @ beta0 + t * (0.5 + X @ tau) + rng.normal(0, 0.3, size=n)
    return X, y, t


class HiddenTests(unittest.TestCase):
    def test_random_against_augmented_solve(self):
        """Random heterogeneous-effect data and penalties match a ridge solve with an unpenalised ones column"""
        rng = np.random.default_rng(10)
        for trial in range(10):
            n, d = int(rng.integers(20, 120)), int(rng.integers(1, 6))
            X, y, t = _data(rng, n, d)
            X_new = rng.normal(size=(7, d)) * 2
            l2 = float(rng.choice([0.0, 0.1, 1.0, 25.0]))
            got = t_learner_uplift(X, y, t, X_new, l2=l2)
            check_shape(got, (7,), "uplift shape (trial %d)" % trial)
            check_close(got, _expected(X, y, t, X_new, l2), ATOL, RTOL, "uplift (trial %d, n=%d, d=%d, l2=%g)" % (trial, n, d, l2))

    def test_effect_varies_with_features(self):
        """Without noise and with l2=0 the T-learner recovers a feature-dependent effect exactly"""
        rng = np.random.default_rng(2)
        X = rng.normal(size=(60, 2))
        t = np.array([0, 1] * 30)
        y = 1.0 + X @ [1.0, -2.0] + t * (3.0 + X @ [0.5, 1.5])
        X_new = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [-2.0, 3.0]])
        got = t_learner_uplift(X, y, t, X_new, l2=0.0)
        check_close(got, 3.0 + X_new @ np.array([0.5, 1.5]), ATOL, RTOL, "recovered uplift")

    def test_large_penalty_leaves_difference_of_means(self):
        """A huge l2 flattens both models to their arm means: uplift = mean(y | T=1) - mean(y | T=0)"""
        rng = np.random.default_rng(6)
        X, y, t = _data(rng, 80, 3)
        got = t_learner_uplift(X, y, t, rng.normal(size=(4, 3)), l2=1e12)
        diff = y[t == 1].mean() - y[t == 0].mean()
        check_close(got, [diff] * 4, 1e-5, 1e-6, "uplift with l2 = 1e12")

    def test_one_unit_per_arm_with_penalty(self):
        """With l2 > 0 an arm of a single unit predicts its own outcome everywhere"""
        got = t_learner_uplift([[1.0, 2.0], [3.0, -1.0]], [5.0, 2.0], [1, 0], [[0.0, 0.0], [9.0, 9.0]], l2=0.5)
        check_close(got, [3.0, 3.0], ATOL, RTOL, "uplift with one unit in each arm")

    def test_bool_treatment(self):
        """Bool treatment flags behave like 0/1"""
        rng = np.random.default_rng(8)
        X, y, t = _data(rng, 50, 2)
        X_new = rng.normal(size=(3, 2))
        check_close(t_learner_uplift(X, y, t.astype(bool), X_new, 0.3), _expected(X, y, t, X_new, 0.3), ATOL, RTOL,
                    "uplift with bool flags")

    def test_invalid_input_raises(self):
        """Bad shapes, labels, an empty arm or a negative penalty raise ValueError"""
        X = [[0.0], [1.0], [2.0], [3.0]]
        y = [1.0, 2.0, 2.0, 4.0]
        t = [0, 0, 1, 1]
        cases = {
            "1-D X": ([0.0, 1.0, 2.0, 3.0], y, t, [[1.0]], 1.0),
            "X_new with another column count": (X, y, t, [[1.0, 2.0]], 1.0),
            "1-D X_new": (X, y, t, [1.0], 1.0),
            "y of the wrong length": (X, y[:3], t, [[1.0]], 1.0),
            "2-D y": (X, [y], t, [[1.0]], 1.0),
            "label 2": (X, y, [0, 0, 1, 2], [[1.0]], 1.0),
            "no treated unit": (X, y, [0, 0, 0, 0], [[1.0]], 1.0),
            "negative l2": (X, y, t, [[1.0]], -0.1),
        }
        for name, args in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                t_learner_uplift(*args)

    def test_inputs_not_modified(self):
        """X, y, treatment and X_new are left unchanged"""
        rng = np.random.default_rng(4)
        X, y, t = _data(rng, 30, 2)
        X_new = rng.normal(size=(5, 2))
        copies = [a.copy() for a in (X, y, t, X_new)]
        t_learner_uplift(X, y, t, X_new, 1.0)
        for name, a, b in zip(("X", "y", "treatment", "X_new"), (X, y, t, X_new), copies):
            check(np.array_equal(a, b), "%s must not be modified" % name, "unchanged", "modified")


if __name__ == "__main__":
    unittest.main()
