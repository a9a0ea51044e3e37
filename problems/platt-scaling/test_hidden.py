import unittest
import warnings

import numpy as np

from mlreps_check import check, check_close
from solution import platt_fit, platt_predict


def _gradient(s, y, A, B):
    s, y = np.asarray(s, float), np.asarray(y)
    n_pos = int(np.sum(y == 1))
    n_neg = len(y) - n_pos
    t = np.where(y == 1, (n_pos + 1) / (n_pos + 2), 1 / (n_neg + 2))
    p = 0.5 * (1 + np.tanh((A * s + B) / 2))
    return np.array([np.sum((p - t) * s), np.sum(p - t)])


class HiddenTests(unittest.TestCase):
    def test_random_calibration_sets(self):
        """Random score scales and class balances: the gradient vanishes at the returned fit"""
        rng = np.random.default_rng(21)
        for trial in range(15):
            n = int(rng.integers(4, 400))
            scale = float(rng.uniform(0.05, 40))
            s = rng.normal(size=n) * scale
            y = (rng.random(n) < 1 / (1 + np.exp(-s / scale * rng.uniform(0.1, 4) + rng.normal()))).astype(int)
            y[0], y[1] = 0, 1
            A, B = platt_fit(s, y)
            g = _gradient(s, y, A, B)
            check(np.max(np.abs(g)) < 1e-7, "gradient at the fit (trial %d, n=%d, scale=%.2f)" % (trial, n, scale), "< 1e-7", g)
            check(isinstance(A, float) and isinstance(B, float), "A and B must be Python floats", "float, float",
                  (type(A).__name__, type(B).__name__))

    def test_soft_targets_not_hard_labels(self):
        """With hard 0/1 labels the balanced example would give B = 0 and a different A"""
        s = [-3.0, -1.0, 1.0, 3.0, -2.0, 2.0]
        y = [0, 1, 0, 1, 0, 1]
        A, B = platt_fit(s, y)
        g = _gradient(s, y, A, B)
        check(np.max(np.abs(g)) < 1e-7, "gradient with soft targets", "< 1e-7", g)
        hard = np.array([np.sum((platt_predict(s, A, B) - np.asarray(y)) * np.asarray(s)), 0.0])
        check(abs(hard[0]) > 1e-3, "the fit must use the soft targets, not the 0/1 labels", "|hard-label gradient| > 1e-3", hard[0])

    def test_imbalanced_classes(self):
        """2 positives among 40: targets 3/4 and 1/40 shape the intercept"""
        rng = np.random.default_rng(4)
        s = rng.normal(size=40)
        y = np.zeros(40, dtype=int)
        y[[3, 17]] = 1
        A, B = platt_fit(s, y)
        g = _gradient(s, y, A, B)
        check(np.max(np.abs(g)) < 1e-7, "gradient with imbalanced classes", "< 1e-7", g)

    def test_too_few_iterations_raise_or_converge(self):
        """max_iter=1: either ValueError (no convergence) or a fit whose gradient already vanishes"""
        rng = np.random.default_rng(8)
        s = rng.normal(size=60) * 3.0
        y = (rng.random(60) < 1 / (1 + np.exp(-1.7 * s + 0.4))).astype(int)
        y[0], y[1] = 0, 1
        try:
            A, B = platt_fit(s, y, max_iter=1)
        except ValueError:
            return
        g = _gradient(s, y, A, B)
        check(np.max(np.abs(g)) < 1e-7, "after max_iter=1 the fit must either raise ValueError or be converged", "< 1e-7", g)

    def test_bool_labels(self):
        """Bool labels behave like 0/1"""
        s = [-1.0, 0.2, 0.4, 1.3, -0.7]
        a = platt_fit(s, [False, True, False, True, False])
        b = platt_fit(s, [0, 1, 0, 1, 0])
        check_close(a, b, 1e-12, 1e-9, "fit with bool labels")

    def test_predict_against_tanh_form(self):
        """platt_predict matches (1 + tanh(z / 2)) / 2, without warnings at extreme scores"""
        s = np.array([-900.0, -30.0, -1.0, 0.0, 2.0, 25.0, 800.0])
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            got = platt_predict(s, 1.5, -0.5)
        check_close(got, 0.5 * (1 + np.tanh((1.5 * s - 0.5) / 2)), 1e-12, 0, "platt_predict")

    def test_invalid_input_raises(self):
        """Bad labels, a single class, mismatches, non-finite scores and bad max_iter raise ValueError"""
        cases = {
            "single class": lambda: platt_fit([1.0, 2.0], [1, 1]),
            "label 2": lambda: platt_fit([1.0, 2.0], [0, 2]),
            "mismatch": lambda: platt_fit([1.0, 2.0], [0]),
            "empty": lambda: platt_fit([], []),
            "NaN score": lambda: platt_fit([1.0, float("nan")], [0, 1]),
            "max_iter 0": lambda: platt_fit([1.0, 2.0], [0, 1], max_iter=0),
        }
        for name, call in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                call()

    def test_inputs_not_modified(self):
        """scores and y are left unchanged"""
        s = np.array([0.5, -1.0, 2.0, 0.1])
        y = np.array([1, 0, 1, 0])
        sb, yb = s.copy(), y.copy()
        platt_fit(s, y)
        check(np.array_equal(s, sb) and np.array_equal(y, yb), "inputs must not be modified", "unchanged", "modified")


if __name__ == "__main__":
    unittest.main()
