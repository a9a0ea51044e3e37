import math
import time
import unittest

import numpy as np

from mlreps_check import check, check_close, check_raises, check_shape
from solution import average_ranks, spearman_correlation


def _brute_ranks(v):
    # Rank of v[i] = (number of smaller values) + (number of equal values + 1) / 2.
    v = [float(a) for a in v]
    return [sum(1 for b in v if b < a) + (sum(1 for b in v if b == a) + 1) / 2 for a in v]


def _pearson(a, b):
    n = len(a)
    ma, mb = math.fsum(a) / n, math.fsum(b) / n
    sab = math.fsum((x - ma) * (y - mb) for x, y in zip(a, b))
    saa = math.fsum((x - ma) ** 2 for x in a)
    sbb = math.fsum((y - mb) ** 2 for y in b)
    return sab / math.sqrt(saa * sbb)


def _group_ranks(v):
    # Average ranks through unique values and their counts (for large inputs).
    vals, inverse, counts = np.unique(np.asarray(v, float), return_inverse=True, return_counts=True)
    before = np.concatenate([[0], np.cumsum(counts)[:-1]])
    return (before + (counts + 1) / 2.0)[inverse]


class HiddenTests(unittest.TestCase):
    def test_random_samples_with_ties(self):
        """Random integer samples (many ties) match brute-force ranks and a Pearson on them"""
        rng = np.random.default_rng(12)
        done = 0
        for trial in range(40):
            n = int(rng.integers(2, 40))
            x = rng.integers(0, int(rng.integers(2, 8)), size=n)
            y = x * int(rng.choice([-1, 1])) + rng.integers(0, 4, size=n)
            if len(set(x.tolist())) < 2 or len(set(y.tolist())) < 2:
                continue
            rx, ry = _brute_ranks(x), _brute_ranks(y)
            check_close(average_ranks(x), rx, 1e-12, 0, "average_ranks (trial %d)" % trial)
            check_close(float(spearman_correlation(x, y)), _pearson(rx, ry), 1e-12, 1e-9, "rho (trial %d)" % trial)
            done += 1
        check(done >= 20, "the test needs at least 20 usable trials", ">= 20", done)

    def test_continuous_values_and_negatives(self):
        """Untied floats, including negatives, give ranks 1..n in value order"""
        x = np.array([0.3, -2.5, 7.25, -0.1, 1e9, -1e9])
        check_close(average_ranks(x), [4.0, 2.0, 5.0, 3.0, 6.0, 1.0], 1e-12, 0, "average_ranks of untied floats")
        rng = np.random.default_rng(4)
        a, b = rng.normal(size=50), rng.normal(size=50)
        b = a + 0.8 * b
        check_close(float(spearman_correlation(a, b)), _pearson(_brute_ranks(a), _brute_ranks(b)), 1e-12, 1e-9, "rho of correlated normals")

    def test_reversed_and_two_points(self):
        """A decreasing relationship gives -1; two points give +1 or -1"""
        check_close(float(spearman_correlation([1, 2, 3, 4, 5], [50, 40, 30, 20, 10])), -1.0, 1e-12, 1e-9, "rho of a decreasing sequence")
        check_close(float(spearman_correlation([1.0, 2.0], [3.0, 9.0])), 1.0, 1e-12, 1e-9, "rho of two increasing points")
        check_close(float(spearman_correlation([1.0, 2.0], [9.0, 3.0])), -1.0, 1e-12, 1e-9, "rho of two decreasing points")

    def test_all_tied_but_one(self):
        """A block of ties: [5, 5, 5, 1] ranks as [3, 3, 3, 1]"""
        check_close(average_ranks([5, 5, 5, 1]), [3.0, 3.0, 3.0, 1.0], 1e-12, 0, "average_ranks([5, 5, 5, 1])")
        got = float(spearman_correlation([5, 5, 5, 1], [1, 2, 3, 0]))
        check_close(got, _pearson([3.0, 3.0, 3.0, 1.0], [2.0, 3.0, 4.0, 1.0]), 1e-12, 1e-9, "rho with a block of three ties")

    def test_large_input_within_budget(self):
        """100,000 values with many ties: correct, and under 2 s of CPU time"""
        rng = np.random.default_rng(30)
        x = rng.integers(0, 1000, size=100_000)
        y = x + rng.integers(0, 500, size=100_000)
        expected_rho = _pearson(_group_ranks(x).tolist(), _group_ranks(y).tolist())
        expected_ranks = _group_ranks(x)
        start = time.process_time()
        ranks = average_ranks(x)
        rho = spearman_correlation(x, y)
        elapsed = time.process_time() - start
        check_close(ranks, expected_ranks, 1e-9, 0, "average_ranks of 100,000 values")
        check_close(float(rho), expected_rho, 1e-12, 1e-9, "rho of 100,000 pairs")
        check(elapsed < 2.0, "average_ranks + spearman_correlation took %.2f s of CPU on 100,000 values (budget 2 s): "
              "ranking by comparing pairs is O(n^2); sort once" % elapsed, "< 2 s", "%.2f s" % elapsed)

    def test_constant_x_raises(self):
        """A constant x raises ValueError too (not nan)"""
        check_raises(ValueError, spearman_correlation, [2.0, 2.0, 2.0, 2.0], [1.0, 3.0, 2.0, 4.0])

    def test_invalid_input_raises(self):
        """Different lengths, n < 2, 2-D, empty, nan and inf raise ValueError"""
        check_raises(ValueError, spearman_correlation, [1, 2, 3], [1, 2])
        check_raises(ValueError, spearman_correlation, [1.0], [2.0])
        check_raises(ValueError, spearman_correlation, [[1, 2], [3, 4]], [[1, 2], [4, 3]])
        check_raises(ValueError, spearman_correlation, [1.0, float("nan"), 3.0], [1.0, 2.0, 3.0])
        check_raises(ValueError, spearman_correlation, [1.0, 2.0, 3.0], [1.0, float("inf"), 3.0])
        check_raises(ValueError, average_ranks, [])
        check_raises(ValueError, average_ranks, [[3.0, 1.0]])

    def test_integer_list_gives_float64(self):
        """average_ranks of a list of ints is a float64 array of shape (n,)"""
        got = average_ranks([3, 1, 2, 2])
        check(isinstance(got, np.ndarray) and got.dtype == np.float64, "average_ranks must return a float64 array",
              "float64", getattr(got, "dtype", type(got).__name__))
        check_shape(got, (4,), "average_ranks([3, 1, 2, 2])")
        check_close(got, [4.0, 1.0, 2.5, 2.5], 1e-12, 0, "average_ranks([3, 1, 2, 2])")

    def test_inputs_not_modified(self):
        """x and y are left unchanged (no in-place sort)"""
        x, y = np.array([3.0, 1.0, 2.0, 2.0]), np.array([0.5, 0.1, 0.9, 0.2])
        x0, y0 = x.copy(), y.copy()
        average_ranks(x)
        spearman_correlation(x, y)
        check(np.array_equal(x, x0) and np.array_equal(y, y0), "the inputs must not be modified",
              (x0.tolist(), y0.tolist()), (x.tolist(), y.tolist()))


if __name__ == "__main__":
    unittest.main()
