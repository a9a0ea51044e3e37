import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import calibration_curve, expected_calibration_error


def _loops(y, p, k):
    bins = [[] for _ in range(k)]
    for yi, pi in zip(y, p):
        bins[min(int(math.floor(pi * k)), k - 1)].append((yi, pi))
    counts = [len(b) for b in bins]
    mp = [math.fsum(q for _, q in b) / len(b) if b else math.nan for b in bins]
    fp = [sum(t for t, _ in b) / len(b) if b else math.nan for b in bins]
    gaps = [abs(f - m) for f, m, c in zip(fp, mp, counts) if c]
    ece = math.fsum(abs(f - m) * c for f, m, c in zip(fp, mp, counts) if c) / len(y)
    return counts, mp, fp, ece, max(gaps)


def check_nan_close(actual, expected, what):
    a = np.asarray(actual, dtype=float)
    e = np.asarray(expected, dtype=float)
    check(a.shape == e.shape and np.array_equal(np.isnan(a), np.isnan(e)), "%s: NaN in the wrong places" % what, e, a)
    check_close(a[~np.isnan(e)], e[~np.isnan(e)], 1e-12, 1e-9, what)


class HiddenTests(unittest.TestCase):
    def test_random_against_loops(self):
        """Random labels and probabilities with several bin counts match a loop"""
        rng = np.random.default_rng(6)
        for trial in range(12):
            n = int(rng.integers(1, 300))
            p = rng.beta(2, 2, size=n)
            y = (rng.random(n) < p ** 1.3).astype(int)
            k = int(rng.integers(1, 16))
            counts, mp, fp = calibration_curve(y, p, k)
            e_counts, e_mp, e_fp, e_ece, e_mce = _loops(y.tolist(), p.tolist(), k)
            what = " (trial %d, n_bins=%d)" % (trial, k)
            check_equal(np.asarray(counts).tolist(), e_counts, "counts" + what)
            check_nan_close(mp, e_mp, "mean_pred" + what)
            check_nan_close(fp, e_fp, "frac_pos" + what)
            check_close(expected_calibration_error(y, p, k), [e_ece, e_mce], 1e-12, 1e-9, "(ece, mce)" + what)

    def test_perfectly_calibrated_bins(self):
        """Each bin's positive rate equals its mean score: ECE and MCE are 0"""
        p = [0.25] * 4 + [0.75] * 4
        y = [1, 0, 0, 0, 1, 1, 1, 0]
        check_close(expected_calibration_error(y, p, 2), [0.0, 0.0], 1e-12, 0, "(ece, mce)")

    def test_ece_is_sample_weighted(self):
        """A big well-calibrated bin and a tiny bad one: ECE is small, MCE is large"""
        p = [0.5] * 98 + [0.95, 0.95]
        y = [1] * 49 + [0] * 49 + [0, 0]
        ece, mce = expected_calibration_error(y, p, 10)
        check_close([ece, mce], [0.02 * 0.95, 0.95], 1e-12, 1e-9, "(ece, mce)")

    def test_endpoints(self):
        """p = 0 goes to the first bin and p = 1 to the last, for any number of bins"""
        for k in (1, 3, 10):
            counts, _, _ = calibration_curve([0, 1], [0.0, 1.0], k)
            expected = [0] * k
            expected[0] += 1
            expected[-1] += 1
            check_equal(np.asarray(counts).tolist(), expected, "counts with n_bins=%d" % k)

    def test_types(self):
        """Bool labels work; counts are int64 and ECE/MCE Python floats"""
        counts, _, _ = calibration_curve(np.array([True, False]), [0.3, 0.6], 2)
        check(np.asarray(counts).dtype == np.int64, "counts must be int64", "int64", np.asarray(counts).dtype)
        out = expected_calibration_error([1, 0], [0.3, 0.6], 2)
        check(all(isinstance(v, float) for v in out), "ECE and MCE must be Python floats", "float", [type(v).__name__ for v in out])

    def test_invalid_input_raises(self):
        """Bad labels, probabilities, lengths and n_bins raise ValueError"""
        cases = {
            "empty": ([], [], 5),
            "mismatch": ([0, 1], [0.5], 5),
            "label 2": ([0, 2], [0.1, 0.2], 5),
            "probability above 1": ([0, 1], [0.1, 1.2], 5),
            "negative probability": ([0, 1], [-0.1, 0.2], 5),
            "NaN probability": ([0, 1], [float("nan"), 0.2], 5),
            "n_bins 0": ([0, 1], [0.1, 0.2], 0),
            "float n_bins": ([0, 1], [0.1, 0.2], 5.0),
        }
        for name, (y, p, k) in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                calibration_curve(y, p, k)


if __name__ == "__main__":
    unittest.main()
