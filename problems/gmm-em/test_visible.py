import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import gmm_em

ATOL, RTOL = 1e-8, 1e-6


def _log_normal(x, mu, var):
    return -0.5 * (math.log(2.0 * math.pi * var) + (x - mu) ** 2 / var)


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """The README example: two 1-D clusters after two iterations"""
        X = np.array([[0.0], [1.0], [2.0], [8.0], [9.0], [10.0]])
        w, mu, var, resp, ll = gmm_em(X, np.array([[1.0], [5.0]]), np.array([[1.0], [1.0]]),
                                      np.array([0.5, 0.5]), 2)
        check_close(w, [0.4999999999966129, 0.5000000000033872], ATOL, RTOL, "weights")
        check_close(mu, [[0.9999999999932275], [8.999999999952578]], ATOL, RTOL, "means")
        check_close(var, [[0.6666676666644128], [0.6666676669941095]], ATOL, RTOL, "variances")
        check_close(np.asarray(ll, dtype=float), [-35.65402280200393, -11.54782218216027, -11.45611895826659],
                    ATOL, RTOL, "log-likelihood trace")
        check_close(np.asarray(resp)[:, 0], [1, 1, 1, 0, 0, 0], ATOL, RTOL, "responsibilities of component 0")

    def test_single_component_one_iteration(self):
        """k=1: one iteration gives the sample mean and the population variance plus reg_covar"""
        xs = [1.0, 2.0, 4.0, 7.0]
        X = np.array(xs)[:, None]
        w, mu, var, resp, ll = gmm_em(X, np.array([[0.0]]), np.array([[2.0]]), np.array([1.0]), 1, reg_covar=1e-6)
        check_close(w, [1.0], ATOL, RTOL, "weights")
        check_close(mu, [[3.5]], ATOL, RTOL, "means")
        check_close(var, [[21.0 / 4.0 + 1e-6]], ATOL, RTOL, "variances (population variance + reg_covar)")
        check_close(resp, np.ones((4, 1)), ATOL, RTOL, "responsibilities")
        l0 = sum(_log_normal(x, 0.0, 2.0) for x in xs)
        l1 = sum(_log_normal(x, 3.5, 5.25 + 1e-6) for x in xs)
        check_close(np.asarray(ll, dtype=float), [l0, l1], ATOL, RTOL, "log-likelihood trace")

    def test_trace_never_decreases(self):
        """With reg_covar=0 the log-likelihood trace is non-decreasing over 40 iterations"""
        rng = np.random.default_rng(0)
        X = np.vstack([rng.normal([0.0, 0.0], 1.0, size=(40, 2)), rng.normal([2.0, 1.0], 1.5, size=(40, 2))])
        means = np.array([[-1.0, 0.0], [1.0, 1.0], [3.0, -1.0]])
        variances = np.ones((3, 2))
        weights = np.array([0.2, 0.3, 0.5])
        w, mu, var, resp, ll = gmm_em(X, means, variances, weights, 40, reg_covar=0.0)
        ll = np.asarray(ll, dtype=float)
        check_shape(ll, (41,), "log-likelihood trace")
        check_shape(resp, (80, 3), "responsibilities")
        check_close(np.asarray(resp).sum(axis=1), np.ones(80), ATOL, RTOL, "row sums of the responsibilities")
        drops = ll[:-1] - ll[1:]
        worst = int(np.argmax(drops))
        check(drops[worst] <= 1e-9 * (1.0 + abs(ll[worst])),
              "the log-likelihood decreased from iteration %d to %d" % (worst, worst + 1),
              "a non-decreasing trace", ll)


if __name__ == "__main__":
    unittest.main()
