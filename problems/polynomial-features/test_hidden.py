import unittest

import numpy as np

from mlreps_check import check, check_close, check_raises, check_shape
from solution import polynomial_features


class HiddenTests(unittest.TestCase):
    def test_zero_to_the_zero_is_one(self):
        """The bias column is 1 even where x = 0"""
        got = polynomial_features(np.array([0.0, 0.0]), 2)
        check_close(got, [[1, 0, 0], [1, 0, 0]], 0, 0, "features of zeros")

    def test_negative_and_fractional(self):
        """Negative and fractional inputs: odd powers keep the sign"""
        got = polynomial_features(np.array([-0.5, 1.5]), 3, include_bias=False)
        check_close(got, [[-0.5, 0.25, -0.125], [1.5, 2.25, 3.375]], 0, 1e-15, "features")

    def test_columns_are_increasing_powers(self):
        """Each column equals x**k for k = 0..degree on random data"""
        rng = np.random.default_rng(0)
        x = rng.uniform(-2, 2, size=20)
        got = polynomial_features(x, 5)
        check_shape(got, (20, 6), "features")
        for k in range(6):
            check_close(got[:, k], x ** k, 1e-12, 1e-12, "column %d" % k)

    def test_high_degree_exact(self):
        """Degree 10 of x = 2 ends with 1024"""
        got = polynomial_features([2.0], 10)
        check_close(got, [[2.0 ** k for k in range(11)]], 0, 0, "powers of 2")

    def test_integer_and_list_input(self):
        """Integer lists are accepted and the result is float64"""
        got = polynomial_features([1, 2, 3], 2, include_bias=False)
        check(np.asarray(got).dtype == np.float64, "result must be float64", "float64", np.asarray(got).dtype)
        check_close(got, [[1, 1], [2, 4], [3, 9]], 0, 0, "features")

    def test_empty_input(self):
        """An empty x gives an array with zero rows and the right number of columns"""
        check_shape(polynomial_features(np.array([]), 3), (0, 4), "features of an empty x")
        check_shape(polynomial_features(np.array([]), 3, include_bias=False), (0, 3), "features of an empty x without bias")

    def test_enables_polynomial_fit(self):
        """Least squares on the features recovers the coefficients of a cubic"""
        x = np.linspace(-1, 1, 15)
        y = 2.0 - x + 0.5 * x ** 2 + 3.0 * x ** 3
        coef, *_ = np.linalg.lstsq(polynomial_features(x, 3), y, rcond=None)
        check_close(coef, [2.0, -1.0, 0.5, 3.0], 1e-10, 0, "fitted coefficients")

    def test_negative_degree_raises(self):
        """A negative degree raises ValueError"""
        check_raises(ValueError, polynomial_features, [1.0, 2.0], -1)

    def test_input_not_modified(self):
        """The input array is left unchanged"""
        x = np.array([1.0, -2.0, 3.0])
        x0 = x.copy()
        polynomial_features(x, 4)
        check_close(x, x0, 0, 0, "x after the call")


if __name__ == "__main__":
    unittest.main()
