import math
import unittest

import numpy as np

from mlreps_check import check, check_close
from solution import exponential_mle

ATOL, RTOL = 1e-12, 1e-9


def _loglik(rate, t, e):
    return math.fsum(math.log(rate) - rate * ti if ei else -rate * ti for ti, ei in zip(t, e))


class HiddenTests(unittest.TestCase):
    def test_random_against_likelihood(self):
        """Random censored samples: the rate maximises the log-likelihood and se matches a numerical second derivative"""
        rng = np.random.default_rng(31)
        for trial in range(10):
            n = int(rng.integers(2, 60))
            life = rng.exponential(rng.uniform(0.5, 5), size=n)
            cens = rng.exponential(4, size=n)
            t = np.minimum(life, cens)
            e = (life <= cens).astype(int)
            e[0] = 1
            rate, se, ll = exponential_mle(t, events=e)
            what = " (trial %d, n=%d, events=%d)" % (trial, n, int(e.sum()))
            check_close(ll, _loglik(rate, t, e), 1e-9, 1e-9, "loglik" + what)
            for f in (0.99, 1.01):
                check(_loglik(rate * f, t, e) < ll, "the rate must maximise the log-likelihood" + what, "loglik(rate) is largest",
                      {"rate": rate, "factor": f})
            h = rate * 1e-4
            second = (_loglik(rate + h, t, e) - 2 * _loglik(rate, t, e) + _loglik(rate - h, t, e)) / h ** 2
            check_close(se, 1 / math.sqrt(-second), 0, 1e-4, "se" + what)

    def test_censoring_is_not_ignored(self):
        """20,000 lifetimes with rate 0.5 censored at 1.5: the estimate stays near 0.5"""
        rng = np.random.default_rng(8)
        life = rng.exponential(2.0, size=20000)
        t = np.minimum(life, 1.5)
        e = life <= 1.5
        rate, se, _ = exponential_mle(t, events=e)
        check(abs(rate - 0.5) < 0.03, "the censored-data MLE should be close to the true rate 0.5", "0.47 .. 0.53", rate)
        check_close(se, rate / math.sqrt(e.sum()), ATOL, RTOL, "se = rate / sqrt(events)")

    def test_bool_events_and_types(self):
        """Bool event flags are accepted and the results are Python floats"""
        got = exponential_mle(np.array([1.0, 4.0, 2.0]), events=np.array([True, False, True]))
        check_close(got[0], 2 / 7, ATOL, RTOL, "rate with bool flags")
        check(all(isinstance(v, float) for v in got), "results must be Python floats", "float", [type(v).__name__ for v in got])

    def test_integer_times(self):
        """Integer times are accepted"""
        check_close(exponential_mle([1, 1, 2])[0], 0.75, ATOL, RTOL, "rate for integer times")

    def test_invalid_input_raises(self):
        """Empty, 2-D, zero, negative or infinite times, and bad event flags raise ValueError"""
        cases = {
            "empty": ([], None),
            "2-D": ([[1.0, 2.0]], None),
            "zero time": ([0.0, 2.0], None),
            "negative time": ([-1.0, 2.0], None),
            "infinite time": ([float("inf"), 2.0], None),
            "event flag 2": ([1.0, 2.0], [1, 2]),
            "events of the wrong length": ([1.0, 2.0], [1]),
        }
        for name, (t, e) in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                exponential_mle(t, events=e)

    def test_inputs_not_modified(self):
        """times and events are left unchanged"""
        t = np.array([3.0, 1.0, 2.0])
        e = np.array([1, 0, 1])
        tb, eb = t.copy(), e.copy()
        exponential_mle(t, events=e)
        check(np.array_equal(t, tb) and np.array_equal(e, eb), "inputs must not be modified", "unchanged", "modified")


if __name__ == "__main__":
    unittest.main()
