import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import one_cycle

ATOL, RTOL = 1e-12, 1e-9


def _expected(s, T, max_lr, pct, div, fdiv, bm, mm):
    up = math.floor(pct * T)
    init = max_lr / div
    low = init / fdiv
    cos = lambda a, b, p: b + (a - b) * (1 + math.cos(math.pi * p)) / 2
    if s <= up:
        p = s / up
        return cos(init, max_lr, p), cos(mm, bm, p)
    p = (s - up) / (T - 1 - up)
    return cos(max_lr, low, p), cos(bm, mm, p)


class HiddenTests(unittest.TestCase):
    def test_every_step_defaults(self):
        """Every step of a 100-step schedule with the default factors"""
        for s in range(100):
            check_close(one_cycle(s, 100, 3e-3), _expected(s, 100, 3e-3, 0.3, 25.0, 1e4, 0.85, 0.95), ATOL, RTOL, "one_cycle(%d, 100, 3e-3)" % s)

    def test_floor_of_pct_start(self):
        """pct_start * total_steps = 7.5 uses up = 7"""
        for s in (6, 7, 8, 24):
            check_close(one_cycle(s, 25, 0.1), _expected(s, 25, 0.1, 0.3, 25.0, 1e4, 0.85, 0.95), ATOL, RTOL, "one_cycle(%d, 25, 0.1)" % s)

    def test_array_of_steps(self):
        """An integer array of steps gives arrays equal to the step-by-step values"""
        steps = np.array([0, 5, 3, 19, 12])
        lr, mom = one_cycle(steps, 20, 0.5, pct_start=0.25, base_momentum=0.8, max_momentum=0.9)
        check_shape(lr, (5,), "lr for 5 steps")
        exp = [_expected(int(s), 20, 0.5, 0.25, 25.0, 1e4, 0.8, 0.9) for s in steps]
        check_close(lr, [e[0] for e in exp], ATOL, RTOL, "lr for an array of steps")
        check_close(mom, [e[1] for e in exp], ATOL, RTOL, "momentum for an array of steps")

    def test_custom_momentum_range(self):
        """Momentum goes from max_momentum down to base_momentum and back"""
        first = one_cycle(0, 10, 1.0, pct_start=0.5, base_momentum=0.5, max_momentum=0.99)
        peak = one_cycle(5, 10, 1.0, pct_start=0.5, base_momentum=0.5, max_momentum=0.99)
        last = one_cycle(9, 10, 1.0, pct_start=0.5, base_momentum=0.5, max_momentum=0.99)
        check_close([first[1], peak[1], last[1]], [0.99, 0.5, 0.99], ATOL, RTOL, "momentum at the start, peak and end")

    def test_shortest_schedule(self):
        """total_steps = 3 with up = 1: start, peak, end"""
        got = [one_cycle(s, 3, 2.0, pct_start=0.5, div_factor=4.0, final_div_factor=5.0)[0] for s in range(3)]
        check_close(got, [0.5, 2.0, 0.1], ATOL, RTOL, "lr over a 3-step schedule")

    def test_invalid_arguments(self):
        """Steps out of range or fractional, and an empty phase, raise ValueError"""
        for args, kw, why in [((10, 10, 1.0), {}, "step = total_steps"), ((-1, 10, 1.0), {}, "step -1"),
                              ((2.5, 10, 1.0), {}, "step 2.5"), ((2.0, 10, 1.0), {}, "step 2.0 (a float)"), ((0, 10, 1.0), {"pct_start": 0.05}, "up = 0"),
                              ((0, 10, 1.0), {"pct_start": 0.95}, "up = 9 leaves no falling phase"),
                              ((0, 10, 0.0), {}, "max_lr = 0"), ((np.array([1, 10]), 10, 1.0), {}, "an array with an out-of-range step")]:
            with self.assertRaises(ValueError, msg=why):
                one_cycle(*args, **kw)


if __name__ == "__main__":
    unittest.main()
