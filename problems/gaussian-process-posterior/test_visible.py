import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import gp_posterior


def _dense(X, y, Xs, ell, sf, sn):
    # Straight from the formulas with np.linalg.solve (the test is allowed to use it).
    def k(A, B):
        D = ((A[:, None, :] - B[None, :, :]) ** 2).sum(-1)
        return sf * np.exp(-D / (2 * ell * ell))
    A = k(X, X) + sn * np.eye(len(X))
    Ks = k(X, Xs)
    mean = Ks.T @ np.linalg.solve(A, y)
    cov = k(Xs, Xs) - Ks.T @ np.linalg.solve(A, Ks)
    sign, logdet = np.linalg.slogdet(A)
    lml = -0.5 * y @ np.linalg.solve(A, y) - 0.5 * logdet - 0.5 * len(X) * math.log(2 * math.pi)
    return mean, cov, lml


class VisibleTests(unittest.TestCase):
    def test_single_training_point(self):
        """One observation: the closed forms of the example"""
        mean, cov, lml = gp_posterior([[0.0]], [1.0], [[0.0], [1.0]], 1.0, 1.0, 1.0)
        e = math.exp(-0.5)
        check_close(mean, [0.5, e / 2], 1e-8, 1e-6, "mean")
        check_close(cov, [[0.5, e / 2], [e / 2, 1 - e * e / 2]], 1e-8, 1e-6, "cov")
        check_close(lml, -0.25 - 0.5 * math.log(2) - 0.5 * math.log(2 * math.pi), 1e-6, 1e-9, "log marginal likelihood")

    def test_random_problem(self):
        """A random 1-D regression problem matches the dense formulas"""
        rng = np.random.default_rng(0)
        X = rng.uniform(-3, 3, size=(8, 1))
        y = np.sin(X[:, 0]) + 0.1 * rng.normal(size=8)
        Xs = np.linspace(-3, 3, 5)[:, None]
        mean, cov, lml = gp_posterior(X, y, Xs, 0.8, 1.5, 0.05)
        em, ec, el = _dense(X, y, Xs, 0.8, 1.5, 0.05)
        check_shape(mean, (5,), "mean")
        check_shape(cov, (5, 5), "cov")
        check_close(mean, em, 1e-8, 1e-6, "mean")
        check_close(cov, ec, 1e-8, 1e-6, "cov")
        check_close(lml, el, 1e-6, 1e-9, "log marginal likelihood")

    def test_far_from_data_is_prior(self):
        """Far from every training point the posterior returns to the prior: mean 0, variance signal_var"""
        mean, cov, _ = gp_posterior([[0.0], [0.5]], [2.0, -1.0], [[100.0]], 1.0, 2.5, 0.1)
        check_close(mean, [0.0], 1e-8, 1e-6, "mean far away")
        check_close(cov, [[2.5]], 1e-8, 1e-6, "variance far away")


if __name__ == "__main__":
    unittest.main()
