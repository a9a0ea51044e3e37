import copy
import math
import time
import unittest

import numpy as np

from mlreps_check import check, check_close, check_raises, check_shape
from solution import gaussian_kde, silverman_bandwidth

ATOL, RTOL = 1e-12, 1e-9


def _kde_loop(x, q, h):
    n = len(x)
    return [math.fsum(math.exp(-((float(a) - float(b)) / h) ** 2 / 2) for b in x) / (n * h * math.sqrt(2 * math.pi)) for a in q]


def _quantile(sorted_vals, p):
    pos = (len(sorted_vals) - 1) * p
    lo = int(math.floor(pos))
    hi = min(lo + 1, len(sorted_vals) - 1)
    return sorted_vals[lo] + (pos - lo) * (sorted_vals[hi] - sorted_vals[lo])


def _silverman(x):
    v = sorted(float(a) for a in x)
    n = len(v)
    m = math.fsum(v) / n
    s = math.sqrt(math.fsum((a - m) ** 2 for a in v) / (n - 1))
    iqr = _quantile(v, 0.75) - _quantile(v, 0.25)
    spread = min(s, iqr / 1.34) if iqr > 0 else s
    return 0.9 * spread * n ** -0.2


def _area(x, h):
    x = np.asarray(x, float)
    grid = np.linspace(x.min() - 12 * h, x.max() + 12 * h, 40001)
    dens = np.asarray(gaussian_kde(x, grid, h), dtype=float)
    return float(np.sum((dens[1:] + dens[:-1]) / 2 * np.diff(grid)))


class HiddenTests(unittest.TestCase):
    def test_random_against_loop(self):
        """Random training and query points at several bandwidths match a double loop"""
        rng = np.random.default_rng(14)
        for trial in range(6):
            x = rng.normal(0, 2, size=int(rng.integers(1, 40)))
            q = rng.uniform(-6, 6, size=int(rng.integers(1, 25)))
            h = float(rng.uniform(0.05, 3))
            x0, q0 = copy.deepcopy(x), copy.deepcopy(q)
            got = gaussian_kde(x, q, h)
            check_shape(got, (len(q0),), "gaussian_kde shape (trial %d)" % trial)
            check_close(got, _kde_loop(x0, q0, h), ATOL, RTOL, "gaussian_kde (trial %d, h=%.3f)" % (trial, h))

    def test_integrates_to_one_for_many_bandwidths(self):
        """The area under the estimate is 1 for narrow and wide bandwidths"""
        rng = np.random.default_rng(2)
        x = np.concatenate([rng.normal(0, 1, 40), rng.normal(8, 0.5, 20)])
        for h in (0.05, 0.4, 3.0):
            check_close(_area(x, h), 1.0, 1e-6, 0, "integral of the KDE with h=%g" % h)

    def test_far_queries_are_zero_not_nan(self):
        """Queries far from all data give 0 (never nan or inf); the density is non-negative"""
        got = np.asarray(gaussian_kde([0.0, 1.0], [-1e6, 1e6, 0.5], 0.1), dtype=float)
        check(np.all(np.isfinite(got)) and np.all(got >= 0), "densities must be finite and non-negative", ">= 0", got)
        check_close(got[:2], [0.0, 0.0], ATOL, 0, "density far from the data")

    def test_data_near_a_million(self):
        """Two clusters near 1e6 (s below IQR / 1.34): densities and Silverman's h keep their accuracy"""
        rng = np.random.default_rng(77)
        x = 1e6 + np.concatenate([rng.normal(-5, 1, size=100), rng.normal(5, 1, size=100)])
        q = 1e6 + np.linspace(-8, 8, 13)
        x0, q0 = x.copy(), q.copy()
        check_close(gaussian_kde(x, q, 0.4), _kde_loop(x0, q0, 0.4), ATOL, 1e-8, "gaussian_kde near 1e6")
        check_close(float(silverman_bandwidth(x)), _silverman(x0), 1e-15, 1e-9, "silverman_bandwidth near 1e6")

    def test_silverman_random_and_branches(self):
        """Silverman's h on random data, when s is the smaller spread, and when the IQR is 0"""
        rng = np.random.default_rng(5)
        for trial in range(5):
            x = rng.standard_t(3, size=int(rng.integers(2, 60))) * 3
            check_close(float(silverman_bandwidth(x)), _silverman(x), 1e-15, 1e-9, "silverman_bandwidth (trial %d)" % trial)
        check_close(float(silverman_bandwidth([0, 0, 0, 10, 10, 10])), _silverman([0, 0, 0, 10, 10, 10]), 1e-15, 1e-9,
                    "silverman_bandwidth of two clusters (s is smaller than IQR / 1.34)")
        check_close(float(silverman_bandwidth([0, 0, 0, 0, 1])), 0.9 * math.sqrt(0.2) * 5 ** -0.2, 1e-15, 1e-9,
                    "silverman_bandwidth([0, 0, 0, 0, 1]) (IQR is 0: s alone)")

    def test_large_input_within_budget(self):
        """1,000 queries against 4,000 training values in under 1.5 s of CPU time"""
        rng = np.random.default_rng(8)
        x = rng.normal(size=4000)
        q = np.linspace(-4, 4, 1000)
        x0 = x.copy()
        start = time.process_time()
        got = np.asarray(gaussian_kde(x, q, 0.3), dtype=float)
        elapsed = time.process_time() - start
        idx = [0, 137, 500, 501, 999]
        check_close(got[idx], _kde_loop(x0, q[idx], 0.3), ATOL, RTOL, "gaussian_kde at sampled queries")
        check(elapsed < 1.5, "gaussian_kde took %.2f s of CPU for 1,000 x 4,000 points (budget 1.5 s): a Python loop over pairs is too slow; broadcast"
              % elapsed, "< 1.5 s", "%.2f s" % elapsed)

    def test_empty_query_and_int_lists(self):
        """An empty query gives shape (0,); int lists give float64"""
        got = gaussian_kde([1, 2, 3], [], 1.0)
        check_shape(got, (0,), "gaussian_kde with no queries")
        got = gaussian_kde([1, 2, 3], [2, 5], 1)
        check(isinstance(got, np.ndarray) and got.dtype == np.float64, "gaussian_kde must return a float64 array",
              "float64", getattr(got, "dtype", type(got).__name__))
        check_close(got, _kde_loop([1, 2, 3], [2, 5], 1.0), ATOL, RTOL, "gaussian_kde of int lists")

    def test_invalid_input_raises(self):
        """Bad bandwidths, shapes and values raise ValueError"""
        for h in (0.0, -1.0, float("nan"), float("inf")):
            check_raises(ValueError, gaussian_kde, [0.0, 1.0], [0.5], h, what="gaussian_kde with bandwidth=%r" % (h,))
        for h in ("0.5", None):
            check_raises((TypeError, ValueError), gaussian_kde, [0.0, 1.0], [0.5], h, what="gaussian_kde with bandwidth=%r" % (h,))
        check_raises(ValueError, gaussian_kde, [], [0.5], 1.0, what="gaussian_kde with empty x_train")
        check_raises(ValueError, gaussian_kde, [[0.0, 1.0]], [0.5], 1.0, what="gaussian_kde with 2-D x_train")
        check_raises(ValueError, gaussian_kde, [0.0, 1.0], [[0.5]], 1.0, what="gaussian_kde with 2-D x_query")
        check_raises(ValueError, gaussian_kde, [0.0, float("nan")], [0.5], 1.0, what="gaussian_kde with nan in x_train")
        check_raises(ValueError, gaussian_kde, [0.0, 1.0], [float("inf")], 1.0, what="gaussian_kde with inf in x_query")
        check_raises(ValueError, silverman_bandwidth, [3.0], what="silverman_bandwidth of one value")
        check_raises(ValueError, silverman_bandwidth, [2.0, 2.0, 2.0], what="silverman_bandwidth of constant data")
        check_raises(ValueError, silverman_bandwidth, [1.0, float("nan"), 2.0], what="silverman_bandwidth with nan")

    def test_inputs_not_modified(self):
        """x_train and x_query are left unchanged"""
        x, q = np.array([3.0, -1.0, 2.0]), np.array([0.0, 5.0])
        x0, q0 = x.copy(), q.copy()
        gaussian_kde(x, q, 0.5)
        silverman_bandwidth(x)
        check(np.array_equal(x, x0) and np.array_equal(q, q0), "the inputs must not be modified",
              (x0.tolist(), q0.tolist()), (x.tolist(), q.tolist()))


if __name__ == "__main__":
    unittest.main()
