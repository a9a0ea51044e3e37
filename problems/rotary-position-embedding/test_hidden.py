import math
import unittest

import numpy as np

from mlreps_check import check_close, check_equal, check_shape
from solution import apply_rope

ATOL, RTOL = 1e-9, 1e-7


def _loop_rope(x2d, positions, base):
    # Straight from the definition, one scalar at a time.
    T, D = len(x2d), len(x2d[0])
    out = [[0.0] * D for _ in range(T)]
    for t in range(T):
        for i in range(D // 2):
            ang = positions[t] * base ** (-2.0 * i / D)
            a, b = float(x2d[t][2 * i]), float(x2d[t][2 * i + 1])
            out[t][2 * i] = a * math.cos(ang) - b * math.sin(ang)
            out[t][2 * i + 1] = a * math.sin(ang) + b * math.cos(ang)
    return out


class HiddenTests(unittest.TestCase):
    def test_random_matches_definition(self):
        """Random (6, 10) input with base 10000 matches a scalar loop over the definition"""
        rng = np.random.default_rng(3)
        x = rng.normal(size=(6, 10))
        check_close(apply_rope(x), _loop_rope(x, list(range(6)), 10000.0), ATOL, RTOL, "apply_rope on (6, 10)")

    def test_leading_axes_broadcast(self):
        """A (2, 3, 4, 6) batch of heads: each (T, D) slice is rotated with positions 0..3"""
        rng = np.random.default_rng(4)
        x = rng.normal(size=(2, 3, 4, 6))
        got = apply_rope(x, base=50.0)
        check_shape(got, (2, 3, 4, 6), "apply_rope on (2, 3, 4, 6)")
        for b in range(2):
            for h in range(3):
                check_close(np.asarray(got)[b, h], _loop_rope(x[b, h], [0, 1, 2, 3], 50.0), ATOL, RTOL, "slice [%d, %d]" % (b, h))

    def test_relative_position_property(self):
        """q.k after rotation at positions (m, n) equals that at (m + 17, n + 17)"""
        rng = np.random.default_rng(8)
        q, k = rng.normal(size=(1, 16)), rng.normal(size=(1, 16))
        for m, n in [(3, 1), (10, 25), (0, 7)]:
            a = (np.asarray(apply_rope(q, positions=[m])) @ np.asarray(apply_rope(k, positions=[n])).T).item()
            b = (np.asarray(apply_rope(q, positions=[m + 17])) @ np.asarray(apply_rope(k, positions=[n + 17])).T).item()
            check_close(a, b, 1e-9, 1e-7, "score at (%d, %d) vs shifted by 17" % (m, n))

    def test_positions_offset_matches_longer_sequence(self):
        """positions = [5, 6, 7] gives the last three rows of an 8-token sequence (decoding with a cache offset)"""
        rng = np.random.default_rng(11)
        x = rng.normal(size=(8, 4))
        full = np.asarray(apply_rope(x))
        tail = apply_rope(x[5:], positions=np.array([5, 6, 7]))
        check_close(tail, full[5:], ATOL, RTOL, "rows 5..7 with explicit positions")

    def test_non_consecutive_and_large_positions(self):
        """Positions [100000, 3, 0] rotate each row by its own position"""
        rng = np.random.default_rng(12)
        x = rng.normal(size=(3, 4))
        pos = [100000, 3, 0]
        check_close(apply_rope(x, positions=np.array(pos)), _loop_rope(x, pos, 10000.0), 1e-8, 1e-7, "apply_rope with positions [100000, 3, 0]")

    def test_integer_list_input_gives_float64(self):
        """A nested list of ints is accepted and the result is float64"""
        got = apply_rope([[1, 2], [3, 4]], base=10.0)
        check_equal(np.asarray(got).dtype, np.dtype(np.float64), "dtype of apply_rope on ints")
        check_close(got, _loop_rope([[1, 2], [3, 4]], [0, 1], 10.0), ATOL, RTOL, "apply_rope on [[1, 2], [3, 4]]")

    def test_invalid_shapes_raise(self):
        """Odd D, a 1-D x, or positions of the wrong length raise ValueError"""
        with self.assertRaises(ValueError, msg="D = 3 (odd)"):
            apply_rope(np.ones((2, 3)))
        with self.assertRaises(ValueError, msg="1-D x of shape (4,)"):
            apply_rope(np.ones(4))
        with self.assertRaises(ValueError, msg="positions of length 3 for T = 2"):
            apply_rope(np.ones((2, 4)), positions=np.array([0, 1, 2]))
        with self.assertRaises(ValueError, msg="2-D positions of shape (2, 1)"):
            apply_rope(np.ones((2, 4)), positions=np.array([[0], [1]]))

    def test_input_not_modified(self):
        """x is left unchanged"""
        rng = np.random.default_rng(13)
        x = rng.normal(size=(3, 6))
        before = x.copy()
        apply_rope(x)
        check_close(x, before, 0, 0, "x after the call")


if __name__ == "__main__":
    unittest.main()
