import unittest

from mlreps_check import check, check_close
from solution import one_cycle

ATOL, RTOL = 1e-12, 1e-9
KW = dict(pct_start=0.4, div_factor=10.0, final_div_factor=100.0)


class VisibleTests(unittest.TestCase):
    def test_phase_ends(self):
        """Step 0 starts at max_lr / div_factor, step up is the peak, the last step is min_lr"""
        check_close(one_cycle(0, 11, 1.0, **KW), [0.1, 0.95], ATOL, RTOL, "one_cycle(0)")
        check_close(one_cycle(4, 11, 1.0, **KW), [1.0, 0.85], ATOL, RTOL, "one_cycle(4) (the peak)")
        check_close(one_cycle(10, 11, 1.0, **KW), [0.001, 0.95], ATOL, RTOL, "one_cycle(10) (the last step)")

    def test_midpoints(self):
        """Halfway through each phase the cosine gives the mean of its two ends"""
        check_close(one_cycle(2, 11, 1.0, **KW), [0.55, 0.9], ATOL, RTOL, "one_cycle(2)")
        check_close(one_cycle(7, 11, 1.0, **KW), [0.5005, 0.9], ATOL, RTOL, "one_cycle(7)")

    def test_returns_floats(self):
        """An integer step gives two Python floats"""
        lr, mom = one_cycle(3, 11, 1.0, **KW)
        check(isinstance(lr, float) and isinstance(mom, float), "expected two floats", "(float, float)", (type(lr).__name__, type(mom).__name__))


if __name__ == "__main__":
    unittest.main()
