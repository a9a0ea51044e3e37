import math
import unittest

import numpy as np

from mlreps_check import check, check_close
from solution import bayesian_ab, beta_posterior

def _exact(aa, ba, ab, bb, grid=20001):
    # P(pB > pA) and E[max(pA - pB, 0)] by numerical integration of the two Beta densities on a fine grid.
    x = np.linspace(0.0, 1.0, grid)
    dx = x[1] - x[0]

    def pdf(a, b):
        with np.errstate(divide="ignore", invalid="ignore"):
            la = 0.0 if a == 1 else (a - 1) * np.log(x)
            lb = 0.0 if b == 1 else (b - 1) * np.log1p(-x)
            lp = la + lb - (math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b))
        return np.exp(np.where(np.isnan(lp), -np.inf, lp))

    def cumulative(y):
        return np.concatenate([[0.0], np.cumsum((y[1:] + y[:-1]) * dx / 2)])

    fa, fb = pdf(aa, ba), pdf(ab, bb)
    prob = np.sum(((fb * cumulative(fa))[1:] + (fb * cumulative(fa))[:-1]) * dx / 2)
    inner = x * cumulative(fb) - cumulative(x * fb)
    loss = np.sum(((fa * inner)[1:] + (fa * inner)[:-1]) * dx / 2)
    return float(prob), float(loss)


class VisibleTests(unittest.TestCase):
    def test_posterior_parameters(self):
        """120 conversions in 1000 trials with a Beta(1, 1) prior give Beta(121, 881)"""
        check_close(beta_posterior(120, 1000), [121.0, 881.0], 1e-12, 0, "beta_posterior(120, 1000)")
        check_close(beta_posterior(3, 10, prior=(2.0, 5.0)), [5.0, 12.0], 1e-12, 0, "beta_posterior(3, 10, prior=(2, 5))")

    def test_probability_and_loss(self):
        """12.0% vs 14.5% conversion on 1000 users each: P(B better) about 0.950, expected loss about 0.000316"""
        prob, loss = bayesian_ab(120, 1000, 145, 1000, seed=0)
        e_prob, e_loss = _exact(121, 881, 146, 856)
        check_close(prob, e_prob, 0.006, 0, "prob_b_better")
        check_close(loss, e_loss, 1e-5, 0.10, "expected_loss_b")

    def test_same_seed_same_answer(self):
        """The same seed gives exactly the same estimates"""
        a = bayesian_ab(30, 200, 36, 210, n_samples=20000, seed=7)
        b = bayesian_ab(30, 200, 36, 210, n_samples=20000, seed=7)
        check(tuple(a) == tuple(b), "bayesian_ab with the same seed must repeat exactly", a, b)


if __name__ == "__main__":
    unittest.main()
