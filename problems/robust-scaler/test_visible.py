import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import apply_robust_scaler, fit_robust_scaler

ATOL, RTOL = 1e-9, 1e-9


class VisibleTests(unittest.TestCase):
    def test_example_fit(self):
        """Median 3 and IQR 2 despite the outlier 100; a constant-IQR column gets scale 1"""
        X = np.array([[1.0, 4.0], [2.0, 4.0], [3.0, 4.0], [4.0, 4.0], [100.0, 5.0]])
        center, scale = fit_robust_scaler(X)
        check_close(center, [3.0, 4.0], ATOL, RTOL, "center")
        check_close(scale, [2.0, 1.0], ATOL, RTOL, "scale")

    def test_example_apply(self):
        """(X - center) / scale for a new row"""
        got = apply_robust_scaler(np.array([[5.0, 6.0]]), np.array([3.0, 4.0]), np.array([2.0, 1.0]))
        check_shape(got, (1, 2), "scaled row")
        check_close(got, [[1.0, 2.0]], ATOL, RTOL, "scaled row")

    def test_even_count_interpolates(self):
        """[1, 2, 3, 4]: median 2.5, 25th percentile 1.75, 75th 3.25, so scale 1.5"""
        center, scale = fit_robust_scaler(np.array([[1.0], [2.0], [3.0], [4.0]]))
        check_close(center, [2.5], ATOL, RTOL, "median of 1..4")
        check_close(scale, [1.5], ATOL, RTOL, "IQR of 1..4")


if __name__ == "__main__":
    unittest.main()
