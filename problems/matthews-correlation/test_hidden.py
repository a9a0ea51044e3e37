import math
import unittest
from fractions import Fraction

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import matthews_corrcoef


def _exact_mcc(t, p):
    # Counts of the four (label, prediction) pairs as Python ints, and a square root of an exact rational, rounded once.
    tn, fp, fn, tp = (int(c) for c in np.bincount(2 * np.asarray(t, dtype=np.int64) + np.asarray(p, dtype=np.int64), minlength=4))
    den = (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)
    if den == 0:
        return 0.0
    num = tp * tn - fp * fn
    return math.copysign(math.sqrt(Fraction(num * num, den)), num)


class HiddenTests(unittest.TestCase):
    def test_randomized_against_counts(self):
        """Random label vectors of many sizes match the formula computed from counts"""
        rng = np.random.default_rng(12)
        for trial in range(20):
            n = int(rng.integers(1, 80))
            t = rng.integers(0, 2, size=n)
            p = np.where(rng.random(n) < 0.7, t, 1 - t)
            check_close(matthews_corrcoef(t, p), _exact_mcc(t.tolist(), p.tolist()), 1e-12, 0, "MCC (trial %d, n=%d)" % (trial, n))

    def test_large_counts_do_not_overflow(self):
        """200,000 samples: the denominator is about 1e20, past int64, and the result stays exact"""
        rng = np.random.default_rng(3)
        n = 200_000
        t = rng.integers(0, 2, size=n)
        p = np.where(rng.random(n) < 0.8, t, 1 - t)
        got = matthews_corrcoef(t, p)
        check(-1.0 <= got <= 1.0, "MCC must lie in [-1, 1]", "[-1, 1]", got)
        check_close(got, _exact_mcc(t.tolist(), p.tolist()), 1e-12, 0, "MCC of 200,000 samples")

    def test_boolean_inputs(self):
        """Boolean arrays and lists are accepted: True is the positive class"""
        t = np.array([True, False, True, True, False])
        p = [True, False, False, True, True]
        check_close(matthews_corrcoef(t, p), _exact_mcc(t.tolist(), p), 1e-12, 0, "MCC of boolean inputs")

    def test_degenerate_cases(self):
        """Only one class in y_true, or a single sample: 0.0"""
        check_close(matthews_corrcoef([1, 1, 1], [1, 0, 1]), 0.0, 1e-12, 0, "MCC with only positives in y_true")
        check_close(matthews_corrcoef([0], [0]), 0.0, 1e-12, 0, "MCC of one sample")

    def test_symmetry(self):
        """Swapping y_true and y_pred, or relabelling both classes, leaves MCC unchanged"""
        rng = np.random.default_rng(1)
        t = rng.integers(0, 2, size=40)
        p = rng.integers(0, 2, size=40)
        base = matthews_corrcoef(t, p)
        check_close(matthews_corrcoef(p, t), base, 1e-12, 0, "MCC with arguments swapped")
        check_close(matthews_corrcoef(1 - t, 1 - p), base, 1e-12, 0, "MCC with both classes relabelled")

    def test_inputs_not_modified(self):
        """The label arrays are left unchanged"""
        t = np.array([1, 0, 1, 1])
        p = np.array([1, 1, 0, 1])
        t0, p0 = t.copy(), p.copy()
        matthews_corrcoef(t, p)
        check_equal(t, t0, "y_true after the call")
        check_equal(p, p0, "y_pred after the call")

    def test_invalid_input_raises(self):
        """Mismatched lengths, empty, 2-D input and labels other than 0/1 raise ValueError"""
        cases = [
            ("lengths 3 and 2", lambda: matthews_corrcoef([0, 1, 1], [0, 1])),
            ("empty input", lambda: matthews_corrcoef([], [])),
            ("a label 2", lambda: matthews_corrcoef([0, 2, 1], [0, 1, 1])),
            ("a prediction -1", lambda: matthews_corrcoef([0, 1, 1], [0, -1, 1])),
            ("2-D input", lambda: matthews_corrcoef([[0, 1], [1, 0]], [[0, 1], [1, 1]])),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
