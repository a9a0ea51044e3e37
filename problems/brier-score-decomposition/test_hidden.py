import math
import unittest
from fractions import Fraction

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import brier_decomposition

KEYS = ("brier", "reliability", "resolution", "uncertainty", "within_variance", "within_covariance")


def _loop_terms(y, p, n_bins):
    # Plain loops over samples and bins in exact rational arithmetic.
    y = [int(v) for v in y]
    p = [float(v) for v in p]
    n = len(y)
    bins = {}
    for yi, pi in zip(y, p):
        k = min(math.floor(pi * n_bins), n_bins - 1)
        bins.setdefault(k, []).append((Fraction(yi), Fraction(pi)))
    o = Fraction(sum(y), n)
    out = {"brier": sum((Fraction(pi) - yi) ** 2 for yi, pi in zip(y, p)) / n, "uncertainty": o * (1 - o)}
    rel = res = wv = wc = Fraction(0)
    for members in bins.values():
        m = len(members)
        f_k = sum(pi for _, pi in members) / m
        o_k = sum(yi for yi, _ in members) / m
        rel += m * (f_k - o_k) ** 2
        res += m * (o_k - o) ** 2
        wv += sum((pi - f_k) ** 2 for _, pi in members)
        wc += sum((pi - f_k) * (yi - o_k) for yi, pi in members)
    out.update(reliability=rel / n, resolution=res / n, within_variance=wv / n, within_covariance=wc / n)
    return {k: float(v) for k, v in out.items()}


class HiddenTests(unittest.TestCase):
    def test_randomized_against_loops(self):
        """Random forecasts and bin counts: all six values match exact loops"""
        rng = np.random.default_rng(8)
        for trial in range(8):
            n, n_bins = int(rng.integers(1, 120)), int(rng.choice([1, 3, 5, 10, 20]))
            p = rng.random(n)
            y = (rng.random(n) < p).astype(int)
            got = brier_decomposition(y, p, n_bins=n_bins)
            expected = _loop_terms(y, p, n_bins)
            for key in KEYS:
                check_close(got[key], expected[key], 1e-12, 0, "%s (trial %d, N=%d, n_bins=%d)" % (key, trial, n, n_bins))

    def test_identity_holds(self):
        """brier = REL - RES + UNC + within_variance - 2 * within_covariance on random data"""
        rng = np.random.default_rng(2)
        p = rng.beta(2, 5, size=300)
        y = (rng.random(300) < p ** 0.7).astype(int)
        got = brier_decomposition(y, p, n_bins=7)
        total = got["reliability"] - got["resolution"] + got["uncertainty"] + got["within_variance"] - 2 * got["within_covariance"]
        check_close(total, got["brier"], 1e-12, 0, "REL - RES + UNC + WV - 2 WC")

    def test_bin_edges(self):
        """p on a bin edge goes to the upper bin, and p = 1.0 to the last bin"""
        y = [0, 1, 1, 0, 1, 1]
        p = [0.0, 0.25, 0.5, 0.75, 1.0, 0.5]
        got = brier_decomposition(y, p, n_bins=4)
        expected = _loop_terms(y, p, 4)
        for key in KEYS:
            check_close(got[key], expected[key], 1e-12, 0, "%s with forecasts on bin edges" % key)

    def test_values_are_floats_and_booleans_accepted(self):
        """Boolean outcomes and list probabilities work; every value is a Python float"""
        got = brier_decomposition(np.array([True, False, True]), [0.9, 0.4, 0.6], n_bins=2)
        for key in KEYS:
            check(isinstance(got[key], float), "%s must be a Python float" % key, "float", type(got[key]).__name__)
        expected = _loop_terms([1, 0, 1], [0.9, 0.4, 0.6], 2)
        check_close(got["reliability"], expected["reliability"], 1e-12, 0, "reliability with boolean outcomes")

    def test_single_sample(self):
        """One sample: uncertainty 0, resolution 0, reliability equals Brier"""
        got = brier_decomposition([1], [0.3])
        check_close(got["brier"], 0.49, 1e-12, 0, "brier")
        check_close(got["reliability"], 0.49, 1e-12, 0, "reliability")
        check_close(got["uncertainty"], 0.0, 1e-12, 0, "uncertainty")

    def test_inputs_not_modified(self):
        """y_true and y_prob are left unchanged"""
        y = np.array([0, 1, 1, 0])
        p = np.array([0.1, 0.9, 0.45, 1.0])
        y0, p0 = y.copy(), p.copy()
        brier_decomposition(y, p, n_bins=3)
        check_equal(y, y0, "y_true after the call")
        check_equal(p, p0, "y_prob after the call")

    def test_invalid_input_raises(self):
        """Bad lengths, labels, probabilities and n_bins raise ValueError"""
        cases = [
            ("different lengths", lambda: brier_decomposition([0, 1], [0.5])),
            ("empty input", lambda: brier_decomposition([], [])),
            ("an outcome of 2", lambda: brier_decomposition([0, 2], [0.5, 0.5])),
            ("a probability of 1.2", lambda: brier_decomposition([0, 1], [0.5, 1.2])),
            ("a probability of -0.1", lambda: brier_decomposition([0, 1], [-0.1, 0.5])),
            ("a nan probability", lambda: brier_decomposition([0, 1], [float("nan"), 0.5])),
            ("n_bins = 0", lambda: brier_decomposition([0, 1], [0.5, 0.5], n_bins=0)),
            ("n_bins = 2.5", lambda: brier_decomposition([0, 1], [0.5, 0.5], n_bins=2.5)),
            ("2-D input", lambda: brier_decomposition([[0, 1]], [[0.5, 0.5]])),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
