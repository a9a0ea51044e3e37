import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import ema_of_sequence, ema_update

ATOL, RTOL = 1e-12, 1e-9


def _check_dict(got, expected, what):
    check(isinstance(got, dict), "%s must be a dict" % what, "dict", type(got).__name__)
    check_equal(sorted(got), sorted(expected), "keys of %s" % what)
    for k in expected:
        check_close(got[k], expected[k], ATOL, RTOL, "%s[%r]" % (what, k))


class VisibleTests(unittest.TestCase):
    def test_plain_update(self):
        """Without a step, d = decay: 0.75 * ema + 0.25 * params"""
        ema = {"w": np.array([1.0, 2.0]), "b": 0.0}
        params = {"w": np.array([5.0, 6.0]), "b": 4.0}
        _check_dict(ema_update(ema, params, decay=0.75), {"w": [2.0, 3.0], "b": 1.0}, "ema_update(decay=0.75)")

    def test_warm_up_at_step_zero(self):
        """With step=0 the decay is min(0.75, 1/10) = 0.1"""
        ema = {"w": np.array([1.0, 2.0]), "b": 0.0}
        params = {"w": np.array([5.0, 6.0]), "b": 4.0}
        _check_dict(ema_update(ema, params, decay=0.75, step=0),
                    {"w": [0.1 * 1 + 0.9 * 5, 0.1 * 2 + 0.9 * 6], "b": 0.9 * 4}, "ema_update(decay=0.75, step=0)")

    def test_sequence_example(self):
        """Snapshots 0, 10, 20 with decay 0.5: 9 after the first update, 18 after the second"""
        got = ema_of_sequence([{"w": [0.0]}, {"w": [10.0]}, {"w": [20.0]}], decay=0.5)
        _check_dict(got, {"w": [18.0]}, "ema_of_sequence")


if __name__ == "__main__":
    unittest.main()
