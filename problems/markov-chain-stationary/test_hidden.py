import time
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import distribution_after, stationary_distribution

ATOL = 1e-9


def _timed(call, what):
    start = time.perf_counter()
    result = call()
    elapsed = time.perf_counter() - start
    check(elapsed < 0.5, "%s took %.2f s; the budget is 0.5 s" % (what, elapsed), "< 0.5 s", "%.2f s" % elapsed)
    return result


class HiddenTests(unittest.TestCase):
    def test_reversible_random_walks(self):
        """Random walks on weighted graphs: pi is proportional to each node's total weight"""
        rng = np.random.default_rng(6)
        for trial in range(5):
            n = int(rng.integers(2, 9))
            W = rng.uniform(0.1, 3.0, size=(n, n))
            W = W + W.T
            deg = W.sum(axis=1)
            P = W / deg[:, None]
            check_close(stationary_distribution(P), deg / deg.sum(), ATOL, 0, "stationary distribution (trial %d, n=%d)" % (trial, n))

    def test_random_chains_are_fixed_points(self):
        """Random dense chains: pi >= 0, sums to 1 and pi @ P = pi"""
        rng = np.random.default_rng(2)
        for trial in range(5):
            n = int(rng.integers(1, 8))
            P = rng.random((n, n)) ** 3
            P /= P.sum(axis=1, keepdims=True)
            pi = np.asarray(stationary_distribution(P), dtype=np.float64)
            check(np.all(pi >= 0), "pi must be non-negative (trial %d)" % trial, ">= 0", pi)
            check_close(pi.sum(), 1.0, ATOL, 0, "sum of pi (trial %d)" % trial)
            check_close(pi @ P, pi, ATOL, 0, "pi @ P (trial %d)" % trial)

    def test_transient_states_get_zero(self):
        """State 0 is transient and the rest form one closed class: pi = (0, 1/2, 1/2)"""
        P = np.array([[0.5, 0.5, 0.0], [0.0, 0.5, 0.5], [0.0, 0.5, 0.5]])
        check_close(stationary_distribution(P), [0.0, 0.5, 0.5], ATOL, 0, "stationary distribution with a transient state")

    def test_two_closed_classes_raise(self):
        """Two separate closed classes have many stationary distributions: ValueError"""
        P = np.array([[0.3, 0.7, 0.0, 0.0], [0.6, 0.4, 0.0, 0.0], [0.0, 0.0, 0.0, 1.0], [0.0, 0.0, 1.0, 0.0]])
        with self.assertRaises(ValueError):
            stationary_distribution(P)
        with self.assertRaises(ValueError):
            stationary_distribution(np.eye(3))

    def test_huge_step_counts(self):
        """10**12 and 10**12 + 1 steps of a 2-cycle alternate exactly, each within the time budget"""
        P = np.array([[0.0, 1.0], [1.0, 0.0]])
        even = _timed(lambda: distribution_after([1.0, 0.0], P, 10 ** 12), "distribution_after with 10**12 steps")
        odd = _timed(lambda: distribution_after([1.0, 0.0], P, 10 ** 12 + 1), "distribution_after with 10**12 + 1 steps")
        check_close(even, [1.0, 0.0], ATOL, 0, "after 10**12 steps")
        check_close(odd, [0.0, 1.0], ATOL, 0, "after 10**12 + 1 steps")

    def test_steps_match_repeated_products(self):
        """0, 1, 7 and 37 steps of a random chain match step-by-step products; many steps reach pi"""
        rng = np.random.default_rng(9)
        W = rng.uniform(0.1, 1.0, size=(4, 4))
        W = W + W.T
        P = W / W.sum(axis=1, keepdims=True)
        p0 = np.array([0.1, 0.2, 0.3, 0.4])
        for steps in (0, 1, 7, 37):
            expected = p0.copy()
            for _ in range(steps):
                expected = expected @ P
            check_close(distribution_after(p0, P, steps), expected, ATOL, 0, "distribution after %d steps" % steps)
        far = _timed(lambda: distribution_after(p0, P, 3_000_001), "distribution_after with 3,000,001 steps")
        check_close(far, W.sum(axis=1) / W.sum(), ATOL, 0, "distribution after 3,000,001 steps")

    def test_inputs_not_modified(self):
        """P and p0 are left unchanged"""
        P = np.array([[0.2, 0.8], [0.6, 0.4]])
        p0 = np.array([0.5, 0.5])
        P0, q0 = P.copy(), p0.copy()
        stationary_distribution(P)
        distribution_after(p0, P, 5)
        check_equal(P, P0, "P after the calls")
        check_equal(p0, q0, "p0 after the calls")

    def test_invalid_input_raises(self):
        """Non-square or non-stochastic P, bad p0 and bad steps raise ValueError"""
        P = np.array([[0.5, 0.5], [0.1, 0.9]])
        cases = [
            ("a 2x3 P", lambda: stationary_distribution(np.full((2, 3), 1 / 3))),
            ("a row summing to 0.9", lambda: stationary_distribution([[0.5, 0.4], [0.1, 0.9]])),
            ("a negative entry", lambda: stationary_distribution([[1.2, -0.2], [0.1, 0.9]])),
            ("p0 of length 3", lambda: distribution_after([0.2, 0.3, 0.5], P, 1)),
            ("p0 summing to 2", lambda: distribution_after([1.0, 1.0], P, 1)),
            ("steps = -1", lambda: distribution_after([1.0, 0.0], P, -1)),
            ("steps = 2.5", lambda: distribution_after([1.0, 0.0], P, 2.5)),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
