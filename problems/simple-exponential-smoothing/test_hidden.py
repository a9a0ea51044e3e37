import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import best_alpha, ses

RTOL, ATOL = 1e-9, 1e-12


def check_nan_close(actual, expected, what):
    a = np.asarray(actual, dtype=float)
    e = np.asarray(expected, dtype=float)
    check_shape(a, e.shape, what)
    check(np.array_equal(np.isnan(a), np.isnan(e)), "%s: NaN in the wrong places" % what, e, a)
    check_close(a[~np.isnan(e)], e[~np.isnan(e)], ATOL, RTOL, what)


def _weighted_level(y, alpha, t):
    # The closed form: geometric weights on the past, and the rest on y[0].
    return math.fsum([alpha * (1 - alpha) ** k * y[t - k] for k in range(t)] + [(1 - alpha) ** t * y[0]])


class HiddenTests(unittest.TestCase):
    def test_random_against_closed_form(self):
        """Random series and alphas match the geometric-weights form of the level"""
        rng = np.random.default_rng(21)
        for trial in range(10):
            n = int(rng.integers(1, 40))
            y = rng.normal(20, 5, size=n)
            alpha = float(rng.uniform(0.01, 1.0))
            levels, fitted, forecast = ses(y, alpha)
            expected = [_weighted_level(y, alpha, t) for t in range(n)]
            what = " (trial %d, n=%d, alpha=%.3f)" % (trial, n, alpha)
            check_nan_close(levels, expected, "levels" + what)
            check_nan_close(fitted, [math.nan] + expected[:-1], "fitted" + what)
            check_close(forecast, expected[-1], ATOL, RTOL, "forecast" + what)
            check(isinstance(forecast, float), "forecast must be a Python float", "float", type(forecast).__name__)

    def test_fitted_never_uses_the_current_value(self):
        """Changing y[t] changes fitted[t+1] onward but never fitted[t]"""
        y = np.array([4.0, 6.0, 5.0, 9.0, 7.0, 8.0])
        _, base, _ = ses(y, 0.3)
        z = y.copy()
        z[3] = 100.0
        _, changed, _ = ses(z, 0.3)
        check_nan_close(np.asarray(changed)[:4], np.asarray(base)[:4], "fitted[0..3] after changing y[3]")

    def test_best_alpha_against_grid_search(self):
        """best_alpha matches a plain grid search over random series"""
        rng = np.random.default_rng(5)
        grid = [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95]
        for trial in range(8):
            y = np.cumsum(rng.normal(size=int(rng.integers(5, 60)))) * rng.uniform(0.2, 2) + 50
            scores = []
            for a in grid:
                lv = [_weighted_level(y, a, t) for t in range(len(y))]
                scores.append(math.fsum((y[t] - lv[t - 1]) ** 2 for t in range(1, len(y))))
            i = int(np.argmin(scores))
            alpha, sse = best_alpha(y, list(reversed(grid)))
            check_close(alpha, grid[i], 0, 0, "best alpha (trial %d)" % trial)
            check_close(sse, scores[i], 1e-9, 1e-9, "best SSE (trial %d)" % trial)

    def test_ties_go_to_the_smallest_alpha(self):
        """Two observations give the same SSE for every alpha: the smallest alpha is chosen, whatever the order"""
        alpha, sse = best_alpha([2.0, 5.0], [0.7, 0.2, 0.9])
        check_close(alpha, 0.2, 0, 0, "best alpha on a tie")
        check_close(sse, 9.0, ATOL, RTOL, "SSE on a tie")
        alpha, _ = best_alpha([4.0, 4.0, 4.0], [1.0, 0.3])
        check_close(alpha, 0.3, 0, 0, "best alpha on a constant series")

    def test_single_value_series(self):
        """ses of one value: levels [y0], fitted [NaN], forecast y0"""
        levels, fitted, forecast = ses([42], 0.4)
        check_nan_close(levels, [42.0], "levels")
        check_nan_close(fitted, [math.nan], "fitted")
        check_close(forecast, 42.0, ATOL, RTOL, "forecast")

    def test_invalid_input_raises(self):
        """alpha outside (0, 1], empty or 2-D series, NaN, and an empty grid raise ValueError"""
        cases = {
            "alpha 0": lambda: ses([1.0, 2.0], 0.0),
            "alpha 1.5": lambda: ses([1.0, 2.0], 1.5),
            "empty series": lambda: ses([], 0.5),
            "2-D series": lambda: ses([[1.0, 2.0]], 0.5),
            "NaN in series": lambda: ses([1.0, float("nan")], 0.5),
            "one value for best_alpha": lambda: best_alpha([1.0], [0.5]),
            "empty grid": lambda: best_alpha([1.0, 2.0], []),
            "bad alpha in grid": lambda: best_alpha([1.0, 2.0], [0.5, -0.1]),
        }
        for name, call in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                call()

    def test_input_not_modified(self):
        """y is left unchanged"""
        y = np.array([3.0, 5.0, 4.0, 6.0])
        before = y.copy()
        ses(y, 0.5)
        best_alpha(y, [0.2, 0.8])
        check_close(y, before, 0, 0, "y after the calls")


if __name__ == "__main__":
    unittest.main()
