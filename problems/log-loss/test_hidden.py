import copy
import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_raises
from solution import log_loss

ATOL, RTOL = 1e-9, 1e-7


def _loop_log_loss(y, p, eps):
    total = 0.0
    for t, v in zip(y, p):
        q = min(max(float(v), eps), 1.0 - eps)
        total += -(math.log(q) if t == 1 else math.log(1.0 - q))
    return total / len(y)


class HiddenTests(unittest.TestCase):
    def test_one_probability_is_clipped(self):
        """A negative predicted with p = 1 costs -log(1 - (1 - eps)), finite"""
        got = log_loss([0], [1.0])
        check(math.isfinite(got), "log loss must be finite", "a finite number", got)
        check_close(got, -math.log(1.0 - (1.0 - 1e-15)), ATOL, RTOL, "log_loss([0], [1.0])")

    def test_perfect_predictions_near_zero(self):
        """Exact 0/1 probabilities on the right side give a loss of about 1e-15, not nan"""
        got = log_loss([1, 0, 1], [1.0, 0.0, 1.0])
        check(math.isfinite(got), "log loss must be finite", "a finite number", got)
        check_close(got, 0.0, ATOL, RTOL, "log_loss of perfect predictions")

    def test_custom_eps(self):
        """eps=0.01 clips 0 up to 0.01 and 1 down to 0.99"""
        got = log_loss([1, 0, 0], [0.0, 0.0, 1.0], eps=0.01)
        expected = (-math.log(0.01) - math.log(1.0 - 0.01) - math.log(1.0 - (1.0 - 0.01))) / 3
        check_close(got, expected, ATOL, RTOL, "log_loss with eps=0.01")

    def test_mean_not_sum(self):
        """Repeating the data does not change the loss (it is a mean)"""
        y, p = [1, 0, 1], [0.7, 0.2, 0.4]
        check_close(log_loss(y * 4, p * 4), log_loss(y, p), ATOL, RTOL, "log_loss of the data repeated 4 times")
        check_close(log_loss(y, p), (-math.log(0.7) - math.log(0.8) - math.log(0.4)) / 3, ATOL, RTOL, "log_loss")

    def test_randomized_against_loop(self):
        """Random labels and probabilities (some exactly 0 or 1) match a scalar loop"""
        rng = np.random.default_rng(101)
        for trial in range(10):
            n = int(rng.integers(1, 80))
            y = rng.integers(0, 2, size=n)
            p = rng.random(n)
            p[rng.random(n) < 0.1] = 0.0
            p[rng.random(n) < 0.1] = 1.0
            eps = float(rng.choice([1e-15, 1e-7, 1e-3]))
            _orig_y = copy.deepcopy(y)
            _orig_p = copy.deepcopy(p)
            _orig_eps = copy.deepcopy(eps)
            check_close(log_loss(y, p, eps=eps), _loop_log_loss(_orig_y.tolist(), _orig_p.tolist(), _orig_eps), ATOL, RTOL,
                        "log_loss (trial %d, eps=%g)" % (trial, eps))

    def test_invalid_input_raises(self):
        """Empty input, mismatched lengths, bad labels and probabilities outside [0, 1] raise ValueError"""
        cases = [([], []), ([1, 0], [0.5]), ([2, 0], [0.5, 0.5]), ([1, 0], [1.5, 0.2]), ([1, 0], [0.5, -0.1])]
        for y, p in cases:
            check_raises(ValueError, log_loss, y, p, what="y_true=%s p=%s" % (y, p))

    def test_returns_float_and_leaves_inputs(self):
        """The result is a float and the inputs are not modified (clip a copy)"""
        y = np.array([1, 0, 1])
        p = np.array([0.0, 1.0, 0.5])
        pb = p.copy()
        got = log_loss(y, p)
        check(isinstance(got, float), "log_loss must return a float", "float", type(got).__name__)
        check_close(p, pb, 0, 0, "p after the call")


class GapTests(unittest.TestCase):
    def test_nan_probability_raises(self):
        """A nan probability is outside [0, 1] and raises ValueError"""
        check_raises(ValueError, log_loss, [1, 0], [0.5, float("nan")])

    def test_two_dimensional_input_raises(self):
        """2-D y_true and p raise ValueError"""
        check_raises(ValueError, log_loss, [[1, 0], [0, 1]], [[0.9, 0.2], [0.3, 0.7]])


if __name__ == "__main__":
    unittest.main()
