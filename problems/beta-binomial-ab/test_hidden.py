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


class HiddenTests(unittest.TestCase):
    def test_against_integration(self):
        """Small, lopsided and large experiments, with and without an informative prior, match numerical integration"""
        cases = [
            (3, 10, 7, 12, (1.0, 1.0)),
            (40, 50, 45, 50, (1.0, 1.0)),
            (480, 10000, 540, 10000, (1.0, 1.0)),
            (5, 40, 2, 35, (2.0, 18.0)),
        ]
        for i, (sa, na, sb, nb, prior) in enumerate(cases):
            prob, loss = bayesian_ab(sa, na, sb, nb, prior=prior, seed=100 + i)
            e_prob, e_loss = _exact(prior[0] + sa, prior[1] + na - sa, prior[0] + sb, prior[1] + nb - sb)
            what = " for %d/%d vs %d/%d, prior %r" % (sa, na, sb, nb, prior)
            check_close(prob, e_prob, 0.006, 0, "prob_b_better" + what)
            check_close(loss, e_loss, 1e-5, 0.10, "expected_loss_b" + what)

    def test_zero_trials_keep_the_prior(self):
        """With no data at all both arms keep the prior: P = 0.5 and loss = E[max(pa - pb, 0)] = 1/6 for Beta(1, 1)"""
        check_close(beta_posterior(0, 0, prior=(2.5, 4.0)), [2.5, 4.0], 1e-12, 0, "beta_posterior(0, 0, prior=(2.5, 4))")
        prob, loss = bayesian_ab(0, 0, 0, 0, seed=3)
        check_close(prob, 0.5, 0.006, 0, "prob_b_better with no data")
        check_close(loss, 1.0 / 6.0, 1e-5, 0.10, "expected_loss_b with no data")

    def test_loss_counts_only_when_a_is_better(self):
        """When B is clearly better the expected loss is tiny and never negative"""
        prob, loss = bayesian_ab(50, 1000, 120, 1000, seed=9)
        check(prob > 0.999, "B is clearly better", "> 0.999", prob)
        check(0.0 <= loss < 1e-6, "expected loss of shipping a clearly better B must be about 0 (and never negative)",
              "0 <= loss < 1e-6", loss)

    def test_global_random_state_untouched(self):
        """The global np.random state is neither used nor changed; reseeding it does not change the result"""
        np.random.seed(5)
        before = np.random.get_state()
        a = bayesian_ab(10, 100, 14, 100, n_samples=20000, seed=21)
        after = np.random.get_state()
        check(before[0] == after[0] and np.array_equal(before[1], after[1]) and before[2:] == after[2:],
              "bayesian_ab must not use or change the global np.random state", "unchanged state", "changed state")
        np.random.seed(6)
        b = bayesian_ab(10, 100, 14, 100, n_samples=20000, seed=21)
        check(tuple(a) == tuple(b), "the result must depend only on the seed argument", a, b)

    def test_numpy_integer_counts_and_float_output(self):
        """numpy integer counts are accepted and the results are Python floats"""
        a, b = beta_posterior(np.int64(7), np.int32(20))
        check_close([a, b], [8.0, 14.0], 1e-12, 0, "beta_posterior(np.int64(7), np.int32(20))")
        prob, loss = bayesian_ab(np.int64(7), np.int64(20), np.int64(9), np.int64(20), n_samples=5000, seed=1)
        check(isinstance(prob, float) and isinstance(loss, float), "results must be Python floats", "float, float",
              (type(prob).__name__, type(loss).__name__))

    def test_invalid_input_raises(self):
        """Bad counts, priors and sample sizes raise ValueError"""
        cases = {
            "successes > trials": lambda: beta_posterior(11, 10),
            "negative successes": lambda: beta_posterior(-1, 10),
            "float count": lambda: beta_posterior(3.0, 10),
            "bool count": lambda: beta_posterior(True, 10),
            "zero prior parameter": lambda: beta_posterior(3, 10, prior=(0.0, 1.0)),
            "negative prior parameter": lambda: beta_posterior(3, 10, prior=(1.0, -2.0)),
            "successes > trials in bayesian_ab": lambda: bayesian_ab(5, 4, 1, 4),
            "n_samples = 0": lambda: bayesian_ab(1, 4, 1, 4, n_samples=0),
        }
        for name, call in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
