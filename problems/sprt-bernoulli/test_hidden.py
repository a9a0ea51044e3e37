import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, fail
from solution import simulate_sprt, sprt_bernoulli

ATOL = 1e-9


class _Stream:
    """An iterator that counts how many items were requested and refuses to be read far past `limit`."""

    def __init__(self, values, limit):
        self.values = list(values)
        self.limit = limit
        self.pulled = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pulled >= self.limit:
            fail("the stream was read past item %d: read it one item at a time and stop at the decision, never materialise it" % self.limit)
        self.pulled += 1
        return self.values[(self.pulled - 1) % len(self.values)]


def _expected(xs, p0, p1, alpha, beta):
    # From the counts of ones and zeros so far (a different route from a running sum).
    upper, lower = math.log((1 - beta) / alpha), math.log(beta / (1 - alpha))
    ones = zeros = 0
    llr = 0.0
    for n, x in enumerate(xs, start=1):
        ones += x == 1
        zeros += x == 0
        llr = ones * math.log(p1 / p0) + zeros * math.log((1 - p1) / (1 - p0))
        if abs(llr - upper) < 1e-9 or abs(llr - lower) < 1e-9:
            return None
        if llr >= upper:
            return "H1", n, llr
        if llr <= lower:
            return "H0", n, llr
    return "continue", len(xs), llr


def _wald_asn(p, p0, p1, alpha, beta, accept_h0):
    upper, lower = math.log((1 - beta) / alpha), math.log(beta / (1 - alpha))
    drift = p * math.log(p1 / p0) + (1 - p) * math.log((1 - p1) / (1 - p0))
    return (accept_h0 * lower + (1 - accept_h0) * upper) / drift


class HiddenTests(unittest.TestCase):
    def test_random_streams_match_counts(self):
        """Random streams and designs (p1 above or below p0) match a count-based computation"""
        rng = np.random.default_rng(13)
        done = 0
        while done < 60:
            p0 = float(rng.uniform(0.05, 0.9))
            p1 = float(np.clip(p0 + rng.choice([-1, 1]) * rng.uniform(0.03, 0.3), 0.01, 0.99))
            alpha, beta = float(rng.uniform(0.01, 0.2)), float(rng.uniform(0.05, 0.3))
            xs = (rng.random(int(rng.integers(0, 80))) < rng.uniform(0, 1)).astype(int).tolist()
            exp = _expected(xs, p0, p1, alpha, beta)
            if exp is None or p0 == p1:
                continue
            got = sprt_bernoulli(iter(xs), p0, p1, alpha, beta)
            what = "(p0=%.3f p1=%.3f alpha=%.3f beta=%.3f, %d observations)" % (p0, p1, alpha, beta, len(xs))
            check_equal((got[0], got[1]), exp[:2], "decision and n " + what)
            check_close(got[2], exp[2], ATOL, 0, "llr " + what)
            done += 1

    def test_reads_nothing_after_the_decision(self):
        """The item after the deciding observation is never requested"""
        stream = _Stream([1, 1, 1, 1, 1, 1], limit=1000)
        decision, n, _ = sprt_bernoulli(stream, 0.1, 0.25)
        check_equal((decision, n), ("H1", 4), "decision on a stream of ones")
        check_equal(stream.pulled, 4, "items requested from the stream (the 4th decides; a 5th must not be read)")

    def test_endless_stream_is_not_materialised(self):
        """An endless stream is consumed lazily: a slowly drifting stream decides without being listed"""
        stream = _Stream([0, 0, 0, 1], limit=5000)
        decision, n, _ = sprt_bernoulli(stream, 0.2, 0.3, alpha=0.01, beta=0.01)
        exp = _expected([0, 0, 0, 1] * 1250, 0.2, 0.3, 0.01, 0.01)
        check_equal((decision, n), exp[:2], "decision and n on an endless 0,0,0,1 stream")
        check_equal(stream.pulled, n, "items requested from the stream")

    def test_bad_item_after_decision_is_never_seen(self):
        """[1, 1, 1, 1, 7] decides H1 before reaching the 7; [0, 2] raises ValueError"""
        check_equal(sprt_bernoulli([1, 1, 1, 1, 7], 0.1, 0.25)[:2], ("H1", 4), "decision for [1, 1, 1, 1, 7]")
        with self.assertRaises(ValueError, msg="an observation of 2 should raise ValueError"):
            sprt_bernoulli([0, 2], 0.1, 0.25)

    def test_bools_and_numpy_values(self):
        """Bools and a numpy int array are accepted"""
        a = sprt_bernoulli([True, True, True, True], 0.1, 0.25)
        b = sprt_bernoulli(np.array([1, 1, 1, 1], dtype=np.int8), 0.1, 0.25)
        check_equal((a[0], a[1]), ("H1", 4), "decision for four True values")
        check_equal((b[0], b[1]), ("H1", 4), "decision for an int8 array of ones")
        check(isinstance(b[1], int) and isinstance(b[2], float), "n must be an int and llr a float", "int, float",
              (type(b[1]).__name__, type(b[2]).__name__))

    def test_invalid_design_raises(self):
        """Equal or out-of-range rates, and alpha + beta >= 1, raise ValueError"""
        cases = {
            "p0 == p1": (0.2, 0.2, 0.05, 0.2),
            "p0 = 0": (0.0, 0.2, 0.05, 0.2),
            "p1 = 1": (0.2, 1.0, 0.05, 0.2),
            "alpha = 0": (0.1, 0.2, 0.0, 0.2),
            "alpha + beta = 1": (0.1, 0.2, 0.5, 0.5),
        }
        for name, (p0, p1, a, b) in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                sprt_bernoulli([1, 0], p0, p1, a, b)
            with self.assertRaises(ValueError, msg="simulate_sprt with %s should raise ValueError" % name):
                simulate_sprt(0.1, p0, p1, a, b, n_sims=10)
        for bad in ({"p_true": 1.5}, {"n_sims": 0}, {"n_sims": 2.5}):
            kwargs = {"p_true": 0.1, "n_sims": 10}
            kwargs.update(bad)
            with self.assertRaises(ValueError, msg="simulate_sprt with %r should raise ValueError" % (bad,)):
                simulate_sprt(kwargs.pop("p_true"), 0.1, 0.25, **kwargs)

    def test_simulation_under_h0(self):
        """Under p = p0 the share choosing H1 is near alpha and the mean length near Wald's approximation"""
        share, mean_n = simulate_sprt(0.1, 0.1, 0.25, alpha=0.05, beta=0.2, n_sims=3000, seed=4)
        check(0.015 <= share <= 0.0625 + 0.02, "share choosing H1 under H0 should be at most about alpha/(1-beta) = 0.0625",
              "0.015 .. 0.0825", share)
        asn = _wald_asn(0.1, 0.1, 0.25, 0.05, 0.2, accept_h0=0.95)
        check(0.85 * asn <= mean_n <= 1.5 * asn, "mean run length under H0 should be near Wald's %.1f" % asn,
              "%.1f .. %.1f" % (0.85 * asn, 1.5 * asn), mean_n)

    def test_simulation_under_h1(self):
        """Under p = p1 about 80% of runs choose H1"""
        share, mean_n = simulate_sprt(0.25, 0.1, 0.25, alpha=0.05, beta=0.2, n_sims=3000, seed=5)
        check(0.76 <= share <= 0.9, "share choosing H1 under H1 should be about 1 - beta = 0.8", "0.76 .. 0.9", share)
        asn = _wald_asn(0.25, 0.1, 0.25, 0.05, 0.2, accept_h0=0.2)
        check(0.85 * asn <= mean_n <= 1.5 * asn, "mean run length under H1 should be near Wald's %.1f" % asn,
              "%.1f .. %.1f" % (0.85 * asn, 1.5 * asn), mean_n)

    def test_simulation_with_no_conversions_is_exact(self):
        """p_true = 0: every run sees only zeros, so share_h1 = 0 and every run stops at n = 9"""
        share, mean_n = simulate_sprt(0.0, 0.1, 0.25, n_sims=50, seed=0)
        check_close([share, mean_n], [0.0, 9.0], 1e-12, 0, "(share_h1, mean_n) for p_true = 0")
        check(isinstance(share, float) and isinstance(mean_n, float), "both results must be Python floats", "float, float",
              (type(share).__name__, type(mean_n).__name__))

    def test_simulation_seeded_and_global_state_untouched(self):
        """The same seed gives the same result, and np.random's global state is neither used nor changed"""
        np.random.seed(2024)
        before = np.random.get_state()
        a = simulate_sprt(0.15, 0.1, 0.25, n_sims=300, seed=11)
        after = np.random.get_state()
        check(before[0] == after[0] and np.array_equal(before[1], after[1]) and before[2:] == after[2:],
              "simulate_sprt must not use or change the global np.random state", "unchanged state", "changed state")
        np.random.seed(99)
        b = simulate_sprt(0.15, 0.1, 0.25, n_sims=300, seed=11)
        check_equal(tuple(b), tuple(a), "simulate_sprt with the same seed after reseeding np.random")


if __name__ == "__main__":
    unittest.main()
