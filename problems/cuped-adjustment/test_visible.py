import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import cuped

ATOL, RTOL = 1e-9, 1e-7


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """The 6-unit example: theta = 2.3 / 1.1, effect 2.2424, se 0.7354"""
        y = [3.0, 5.0, 4.0, 8.0, 7.0, 10.0]
        x = [1.0, 3.0, 2.0, 3.0, 2.0, 4.0]
        t = [0, 0, 0, 1, 1, 1]
        theta, y_adj, effect, se = cuped(y, x, t)
        check_close(theta, 23 / 11, ATOL, RTOL, "theta")
        xbar = 2.5
        expected_adj = [yi - 23 / 11 * (xi - xbar) for yi, xi in zip(y, x)]
        check_shape(y_adj, (6,), "y_adj")
        check_close(y_adj, expected_adj, ATOL, RTOL, "y_adj")
        a1, a0 = np.array(expected_adj[3:]), np.array(expected_adj[:3])
        check_close(effect, a1.mean() - a0.mean(), ATOL, RTOL, "effect")
        check_close(se, np.sqrt(a1.var(ddof=1) / 3 + a0.var(ddof=1) / 3), ATOL, RTOL, "se")

    def test_integer_lists_give_float_output(self):
        """Integer lists are accepted; y_adj is float64 and the scalars are Python floats"""
        theta, y_adj, effect, se = cuped([1, 2, 3, 5], [0, 1, 1, 2], [0, 1, 0, 1])
        check(np.asarray(y_adj).dtype == np.float64, "y_adj must be float64", "float64", np.asarray(y_adj).dtype)
        for name, v in (("theta", theta), ("effect", effect), ("se", se)):
            check(isinstance(v, float), "%s must be a Python float" % name, "float", type(v).__name__)
        check_close(theta, 2.0, ATOL, RTOL, "theta for y=[1,2,3,5], x=[0,1,1,2]")

    def test_constant_covariate_raises(self):
        """A constant pre-period covariate makes theta undefined: ValueError"""
        with self.assertRaises(ValueError):
            cuped([1.0, 2.0, 3.0, 4.0], [5.0, 5.0, 5.0, 5.0], [0, 0, 1, 1])


if __name__ == "__main__":
    unittest.main()
