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


class VisibleTests(unittest.TestCase):
    def test_example_is_optimal(self):
        """The example fit has a zero gradient with the soft targets"""
        s = [-2.0, -1.0, -0.5, 0.3, 0.8, 1.5, 2.2, 3.0]
        y = [0, 0, 1, 0, 1, 1, 0, 1]
        A, B = platt_fit(s, y)
        g = _gradient(s, y, A, B)
        check(np.max(np.abs(g)) < 1e-7, "the gradient at (A, B) must be ~0", "< 1e-7", g)
        check_close([A, B], [0.377255135273817, -0.20309746495902972], 1e-7, 0, "(A, B)")

    def test_separated_scores_give_a_finite_fit(self):
        """Perfectly separated scores still give finite A, B thanks to the soft targets"""
        A, B = platt_fit([-1.0, -0.5, 0.5, 1.0], [0, 0, 1, 1])
        check(np.isfinite(A) and np.isfinite(B) and A > 0, "A must be finite and positive", "finite A > 0", (A, B))
        g = _gradient([-1.0, -0.5, 0.5, 1.0], [0, 0, 1, 1], A, B)
        check(np.max(np.abs(g)) < 1e-7, "the gradient at (A, B) must be ~0", "< 1e-7", g)

    def test_predict_is_stable(self):
        """platt_predict at +-1000 gives 1 and 0 without warnings"""
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            got = platt_predict([-1000.0, 0.0, 1000.0], 1.0, 0.0)
        check_close(got, [0.0, 0.5, 1.0], 1e-12, 0, "platt_predict")


if __name__ == "__main__":
    unittest.main()
