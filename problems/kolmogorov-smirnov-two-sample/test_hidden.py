import copy
import math
import time
import unittest

import numpy as np

from mlreps_check import check, check_close, check_raises
from solution import kolmogorov_sf, ks_two_sample


def _series(lam):
    if lam < 0.3:
        return 1.0
    terms = [(-1) ** (j - 1) * math.exp(-2 * j * j * lam * lam) for j in range(1, 101)]
    return min(1.0, max(0.0, 2 * math.fsum(terms)))


def _brute(x, y):
    # Both ECDFs evaluated at every pooled value by counting, in plain Python.
    x = [float(v) for v in x]
    y = [float(v) for v in y]
    n, m = len(x), len(y)
    d = max(abs(sum(1 for v in x if v <= t) / n - sum(1 for v in y if v <= t) / m) for t in x + y)
    return d, _series(math.sqrt(n * m / (n + m)) * d)


def _check_ks(got, x, y, what):
    exp_d, exp_p = _brute(x, y)
    check(len(got) == 2, "%s: expected a pair (D, p_value)" % what, 2, len(got))
    check_close(float(got[0]), exp_d, 1e-12, 0, "%s D" % what)
    check_close(float(got[1]), exp_p, 1e-9, 0, "%s p-value" % what)


class HiddenTests(unittest.TestCase):
    def test_random_samples_with_heavy_ties(self):
        """Random integer samples of different sizes match ECDFs counted at every pooled value"""
        rng = np.random.default_rng(31)
        for trial in range(30):
            x = rng.integers(0, int(rng.integers(2, 9)), size=int(rng.integers(1, 30)))
            y = rng.integers(0, int(rng.integers(2, 9)), size=int(rng.integers(1, 30))) + int(rng.integers(0, 3))
            x0, y0 = copy.deepcopy(x), copy.deepcopy(y)
            _check_ks(ks_two_sample(x, y), x0, y0, "trial %d" % trial)

    def test_continuous_samples(self):
        """Continuous samples with a location shift match the brute-force ECDFs"""
        rng = np.random.default_rng(3)
        x, y = rng.normal(0, 1, 80), rng.normal(0.5, 1.3, 55)
        _check_ks(ks_two_sample(x, y), x.copy(), y.copy(), "normal samples")

    def test_gap_at_a_y_value(self):
        """The largest gap can sit at a value of y only: [5] vs [1, 2, 3] gives D = 1"""
        d, p = ks_two_sample([5.0], [1.0, 2.0, 3.0])
        check_close(float(d), 1.0, 1e-12, 0, "D for [5] vs [1, 2, 3]")
        check_close(float(p), _series(math.sqrt(3 / 4)), 1e-9, 0, "p-value for [5] vs [1, 2, 3]")

    def test_identical_and_symmetric(self):
        """Identical samples give D = 0, p = 1; swapping or shuffling the samples keeps D"""
        d, p = ks_two_sample([3, 1, 2, 2], [2, 3, 2, 1])
        check_close([float(d), float(p)], [0.0, 1.0], 1e-12, 0, "(D, p) of two equal multisets")
        rng = np.random.default_rng(9)
        x, y = rng.integers(0, 5, 40), rng.integers(1, 6, 25)
        d1 = float(ks_two_sample(x, y)[0])
        d2 = float(ks_two_sample(y, x)[0])
        d3 = float(ks_two_sample(rng.permutation(x), rng.permutation(y))[0])
        check_close([d2, d3], [d1, d1], 1e-12, 0, "D after swapping and after shuffling")

    def test_kolmogorov_sf_values(self):
        """Q matches the alternating series and the textbook critical values; Q(0) = 1"""
        for lam in (0.3, 0.5, 0.8, 1.0, 1.5, 2.0, 3.0, 6.0):
            check_close(float(kolmogorov_sf(lam)), _series(lam), 1e-9, 0, "kolmogorov_sf(%g)" % lam)
        check_close([float(kolmogorov_sf(1.2238)), float(kolmogorov_sf(1.6276))], [0.10, 0.01], 1e-4, 0,
                    "kolmogorov_sf at the 10% and 1% critical values")
        check_close(float(kolmogorov_sf(0.0)), 1.0, 1e-12, 0, "kolmogorov_sf(0)")

    def test_large_samples_within_budget(self):
        """100,000 values per sample with ties: correct, and under 1.5 s of CPU time"""
        rng = np.random.default_rng(44)
        x = np.round(rng.normal(0, 1, 100_000), 4)
        y = np.round(rng.normal(0.01, 1, 100_000), 4)
        xs, ys = np.sort(x), np.sort(y)
        t = np.unique(np.concatenate([xs, ys]))
        exp_d = float(np.max(np.abs(np.searchsorted(xs, t, "right") / xs.size - np.searchsorted(ys, t, "right") / ys.size)))
        start = time.process_time()
        d, p = ks_two_sample(x, y)
        elapsed = time.process_time() - start
        check_close(float(d), exp_d, 1e-12, 0, "D for 100,000 values per sample")
        check_close(float(p), _series(math.sqrt(50_000) * exp_d), 1e-9, 0, "p-value for 100,000 values per sample")
        check(elapsed < 1.5, "ks_two_sample took %.2f s of CPU on 100,000 values per sample (budget 1.5 s): sort once instead of scanning a sample for every t"
              % elapsed, "< 1.5 s", "%.2f s" % elapsed)

    def test_types_and_int_lists(self):
        """Int lists are accepted; D and the p-value are floats"""
        got = ks_two_sample([1, 2, 3], [2, 3, 4, 5])
        check(all(isinstance(v, (float, np.floating)) for v in got), "D and p_value must be floats",
              "float", [type(v).__name__ for v in got])
        _check_ks(got, [1, 2, 3], [2, 3, 4, 5], "int lists")

    def test_invalid_input_raises(self):
        """Empty, 2-D, nan and inf samples, and a negative or nan lambda, raise ValueError"""
        check_raises(ValueError, ks_two_sample, [], [1.0])
        check_raises(ValueError, ks_two_sample, [1.0, 2.0], [[1.0, 2.0]])
        check_raises(ValueError, ks_two_sample, [1.0, float("nan")], [1.0])
        check_raises(ValueError, ks_two_sample, [1.0], [float("-inf"), 2.0])
        check_raises(ValueError, kolmogorov_sf, -0.5)
        check_raises(ValueError, kolmogorov_sf, float("nan"))

    def test_inputs_not_modified(self):
        """x and y are left unchanged (sort copies, not the inputs)"""
        x, y = np.array([3.0, 1.0, 2.0]), np.array([5.0, 0.5, 2.0, 2.0])
        x0, y0 = x.copy(), y.copy()
        ks_two_sample(x, y)
        check(np.array_equal(x, x0) and np.array_equal(y, y0), "the inputs must not be modified",
              (x0.tolist(), y0.tolist()), (x.tolist(), y.tolist()))


if __name__ == "__main__":
    unittest.main()
