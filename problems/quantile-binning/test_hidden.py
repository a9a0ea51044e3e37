import bisect
import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import apply_bins, fit_quantile_bins


def _quantile(sorted_vals, q):
    # numpy's default 'linear' rule: position q * (n - 1) between order statistics.
    pos = q * (len(sorted_vals) - 1)
    lo = math.floor(pos)
    hi = min(lo + 1, len(sorted_vals) - 1)
    return sorted_vals[lo] + (sorted_vals[hi] - sorted_vals[lo]) * (pos - lo)


def _bin(v, edges):
    if math.isnan(v):
        return -1
    k = max(len(edges) - 1, 1)
    j = bisect.bisect_right(edges[1:-1], v)
    return min(max(j, 0), k - 1)


class HiddenTests(unittest.TestCase):
    def test_random_edges_and_bins(self):
        """Random data with ties and NaN: edges follow the linear quantile rule, bins follow the interval rule"""
        rng = np.random.default_rng(2)
        for trial in range(15):
            n = int(rng.integers(1, 60))
            x = np.round(rng.exponential(3, size=n), int(rng.integers(0, 2)))
            x[rng.random(n) < 0.1] = np.nan
            if np.all(np.isnan(x)):
                x[0] = 1.0
            k = int(rng.integers(1, 11))
            obs = sorted(v for v in x.tolist() if not math.isnan(v))
            expected_edges = sorted(set(_quantile(obs, j / k) for j in range(k + 1)))
            edges = fit_quantile_bins(x, k)
            check_close(edges, expected_edges, 1e-12, 1e-12, "edges (trial %d, n_bins=%d)" % (trial, k))
            probe = np.concatenate([x, rng.uniform(-5, 40, size=10), [np.nan]])
            own = np.asarray(edges, dtype=float).tolist()  # bin with the returned edges, already checked above
            check_equal(np.asarray(apply_bins(probe, np.asarray(edges))).tolist(), [_bin(v, own) for v in probe.tolist()],
                        "bins (trial %d)" % trial)

    def test_duplicate_edges_collapse(self):
        """Heavy ties: repeated quantiles are merged, so bin indices have no gaps"""
        x = [0, 0, 0, 0, 0, 0, 1, 2, 3, 4]
        edges = fit_quantile_bins(x, 5)
        check_close(edges, [0.0, 0.4, 2.2, 4.0], 0, 1e-12, "edges with ties")
        check_equal(sorted(set(np.asarray(apply_bins(x, edges)).tolist())), [0, 1, 2], "bins used")

    def test_single_edge(self):
        """All training values equal: one edge, everything in bin 0, NaN still -1"""
        edges = fit_quantile_bins([3.0, 3.0, float("nan")], 4)
        check_close(edges, [3.0], 0, 1e-12, "edges")
        check_equal(np.asarray(apply_bins([1.0, 3.0, 9.0, float("nan")], edges)).tolist(), [0, 0, 0, -1], "bins")

    def test_one_bin(self):
        """n_bins=1: edges are the min and max; every value is bin 0"""
        edges = fit_quantile_bins([4.0, 1.0, 9.0], 1)
        check_close(edges, [1.0, 9.0], 0, 1e-12, "edges")
        check_equal(np.asarray(apply_bins([0.0, 5.0, 9.0, 10.0], edges)).tolist(), [0, 0, 0, 0], "bins")

    def test_invalid_input_raises(self):
        """Bad n_bins, 2-D or all-NaN input, infinities and bad edges raise ValueError"""
        cases = {
            "n_bins 0": lambda: fit_quantile_bins([1.0, 2.0], 0),
            "float n_bins": lambda: fit_quantile_bins([1.0, 2.0], 2.0),
            "bool n_bins": lambda: fit_quantile_bins([1.0, 2.0], True),
            "2-D x": lambda: fit_quantile_bins([[1.0, 2.0]], 2),
            "all NaN": lambda: fit_quantile_bins([float("nan")], 2),
            "infinity": lambda: fit_quantile_bins([1.0, float("inf")], 2),
            "unsorted edges": lambda: apply_bins([1.0], [2.0, 1.0]),
            "repeated edges": lambda: apply_bins([1.0], [1.0, 1.0, 2.0]),
            "no edges": lambda: apply_bins([1.0], []),
        }
        for name, call in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                call()

    def test_inputs_not_modified(self):
        """x and edges are left unchanged"""
        x = np.array([3.0, np.nan, 1.0, 2.0])
        before = x.copy()
        edges = np.asarray(fit_quantile_bins(x, 2))
        eb = edges.copy()
        apply_bins(x, edges)
        check(np.array_equal(x, before, equal_nan=True) and np.array_equal(edges, eb), "inputs must not be modified",
              "unchanged", "modified")


if __name__ == "__main__":
    unittest.main()
