import unittest

from mlreps_check import check_close
from solution import isotonic_fit

ATOL, RTOL = 1e-12, 1e-9


class VisibleTests(unittest.TestCase):
    def test_pools_violators(self):
        """[1, 3, 2, 4, 3.5]: 3 and 2 pool to 2.5, 4 and 3.5 pool to 3.75"""
        check_close(isotonic_fit([1, 2, 3, 4, 5], [1, 3, 2, 4, 3.5]), [1, 2.5, 2.5, 3.75, 3.75], ATOL, RTOL, "isotonic fit")

    def test_weights(self):
        """Weight 3 on the point y=2 pulls the pooled value to (3 + 3*2) / 4 = 2.25"""
        got = isotonic_fit([1, 2, 3, 4, 5], [1, 3, 2, 4, 3.5], weights=[1, 1, 3, 1, 1])
        check_close(got, [1, 2.25, 2.25, 3.75, 3.75], ATOL, RTOL, "weighted isotonic fit")

    def test_decreasing(self):
        """increasing=False fits a non-increasing sequence"""
        check_close(isotonic_fit([1, 2, 3], [3, 1, 2], increasing=False), [3, 1.5, 1.5], ATOL, RTOL, "decreasing fit")


if __name__ == "__main__":
    unittest.main()
