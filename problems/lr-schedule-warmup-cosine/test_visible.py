import math
import unittest

from mlreps_check import check_close
from solution import lr_at_step

ATOL, RTOL = 1e-12, 1e-9


class VisibleTests(unittest.TestCase):
    def test_linear_warmup(self):
        """During warmup the rate is base_lr * step / warmup_steps, starting at 0"""
        got = [lr_at_step(s, 1.0, 10, 110, 0.1) for s in (0, 1, 5, 9)]
        check_close(got, [0.0, 0.1, 0.5, 0.9], ATOL, RTOL, "lr at steps 0, 1, 5, 9")

    def test_cosine_phase(self):
        """base_lr at the end of warmup, halfway value at the midpoint, min_lr at total_steps"""
        got = [lr_at_step(s, 1.0, 10, 110, 0.1) for s in (10, 35, 60, 110)]
        expected = [1.0, 0.1 + 0.45 * (1 + math.cos(math.pi / 4)), 0.55, 0.1]
        check_close(got, expected, ATOL, RTOL, "lr at steps 10, 35, 60, 110")

    def test_after_total_steps(self):
        """After total_steps the rate stays at min_lr"""
        got = [lr_at_step(s, 1.0, 10, 110, 0.1) for s in (111, 150, 10000)]
        check_close(got, [0.1, 0.1, 0.1], ATOL, RTOL, "lr after total_steps")


if __name__ == "__main__":
    unittest.main()
