import math
import unittest

from mlreps_check import check_close, check_equal
from solution import newton_root


class VisibleTests(unittest.TestCase):
    def test_square_root_of_two(self):
        """x^2 - 2 from x0 = 1 reaches sqrt(2) in 5 steps"""
        root, steps = newton_root(lambda x: x * x - 2, lambda x: 2 * x, 1)
        check_close(root, math.sqrt(2), 1e-10, 0, "root of x^2 - 2")
        check_equal(steps, 5, "steps for x^2 - 2 from 1")

    def test_cosine_fixed_point(self):
        """cos(x) = x from x0 = 0.5 takes 4 steps"""
        root, steps = newton_root(lambda x: math.cos(x) - x, lambda x: -math.sin(x) - 1, 0.5)
        check_close(root, 0.7390851332151607, 1e-10, 0, "root of cos(x) - x")
        check_equal(steps, 4, "steps for cos(x) - x")

    def test_cycle_raises(self):
        """x^3 - 2x + 2 from x0 = 0 cycles between 0 and 1: RuntimeError"""
        with self.assertRaises(RuntimeError):
            newton_root(lambda x: x ** 3 - 2 * x + 2, lambda x: 3 * x * x - 2, 0)


if __name__ == "__main__":
    unittest.main()
