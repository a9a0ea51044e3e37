import math
import unittest
from fractions import Fraction

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import cohen_kappa


def _exact_kappa(a, b):
    # Rational arithmetic over the full table of label pairs.
    labels = sorted(set(a) | set(b), key=repr)
    n = len(a)
    table = {(x, y): 0 for x in labels for y in labels}
    for x, y in zip(a, b):
        table[(x, y)] += 1
    p_o = Fraction(sum(table[(c, c)] for c in labels), n)
    p_e = sum(Fraction(sum(table[(c, y)] for y in labels), n) * Fraction(sum(table[(x, c)] for x in labels), n) for c in labels)
    return float((p_o - p_e) / (1 - p_e))


class HiddenTests(unittest.TestCase):
    def test_randomized_multiclass(self):
        """Random ratings with 2 to 5 classes match exact rational arithmetic"""
        rng = np.random.default_rng(21)
        for trial in range(15):
            n, k = int(rng.integers(2, 60)), int(rng.integers(2, 6))
            a = rng.integers(0, k, size=n).tolist()
            b = [x if rng.random() < 0.6 else int(rng.integers(0, k)) for x in a]
            if len(set(a) | set(b)) < 2:
                continue
            check_close(cohen_kappa(a, b), _exact_kappa(a, b), 1e-12, 0, "kappa (trial %d, n=%d, k=%d)" % (trial, n, k))

    def test_label_used_by_one_rater_only(self):
        """A label that only rater B uses still counts in chance agreement (as zero) and in disagreement"""
        a = ["cat", "cat", "dog", "dog", "cat"]
        b = ["cat", "bird", "dog", "cat", "cat"]
        check_close(cohen_kappa(a, b), _exact_kappa(a, b), 1e-12, 0, "kappa with a label used by one rater")

    def test_chance_level_is_zero(self):
        """Ratings independent by construction give kappa 0"""
        a = [0, 0, 1, 1] * 3
        b = [0, 1, 0, 1] * 3
        check_close(cohen_kappa(a, b), 0.0, 1e-12, 0, "kappa of independent ratings")

    def test_imbalanced_labels(self):
        """High raw agreement on a dominant label can still mean a low kappa"""
        a = [0] * 18 + [1, 0]
        b = [0] * 18 + [0, 1]
        got = cohen_kappa(a, b)
        check_close(got, _exact_kappa(a, b), 1e-12, 0, "kappa with 90% raw agreement")
        check(got < 0.0, "kappa must be negative here despite 90% agreement", "< 0", got)

    def test_single_label_is_nan(self):
        """Both raters use one label for everything: p_e = 1, kappa is nan"""
        got = cohen_kappa(["a", "a", "a"], ["a", "a", "a"])
        check(isinstance(got, float) and math.isnan(got), "kappa must be nan when p_e == 1", "nan", got)

    def test_numpy_and_tuple_inputs(self):
        """numpy arrays and tuples are accepted and left unchanged"""
        a = np.array([2, 0, 1, 1, 2, 0])
        b = (2, 0, 1, 0, 2, 1)
        a0 = a.copy()
        got = cohen_kappa(a, b)
        check_close(got, _exact_kappa(a.tolist(), list(b)), 1e-12, 0, "kappa of a numpy array and a tuple")
        check(isinstance(got, float), "kappa must be a Python float", "float", type(got).__name__)
        check_equal(a, a0, "rater_a after the call")

    def test_symmetric_in_raters(self):
        """Swapping the raters leaves kappa unchanged"""
        a = [1, 2, 2, 3, 1, 3, 3, 2]
        b = [1, 2, 3, 3, 2, 3, 1, 2]
        check_close(cohen_kappa(b, a), cohen_kappa(a, b), 1e-12, 0, "kappa with raters swapped")

    def test_invalid_input_raises(self):
        """Different lengths and empty input raise ValueError"""
        with self.assertRaises(ValueError, msg="lengths 3 and 2 must raise ValueError"):
            cohen_kappa([1, 2, 1], [1, 2])
        with self.assertRaises(ValueError, msg="empty input must raise ValueError"):
            cohen_kappa([], [])


if __name__ == "__main__":
    unittest.main()
