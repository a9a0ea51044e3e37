import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import cosine_similarity

ATOL, RTOL = 1e-9, 1e-7
R = 1.0 / np.sqrt(2.0)


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """Similarities between the example sets, including a zero row"""
        X = np.array([[1.0, 0.0], [1.0, 1.0], [0.0, 0.0]])
        Y = np.array([[2.0, 0.0], [-3.0, -3.0]])
        got = cosine_similarity(X, Y)
        check_shape(got, (3, 2), "cosine_similarity(X, Y)")
        check_close(got, [[1.0, -R], [R, -1.0], [0.0, 0.0]], ATOL, RTOL, "cosine_similarity(X, Y)")

    def test_y_defaults_to_x(self):
        """With Y omitted, the diagonal is 1 except 0 at the zero row"""
        X = np.array([[1.0, 0.0], [1.0, 1.0], [0.0, 0.0]])
        got = cosine_similarity(X)
        check_close(got, [[1.0, R, 0.0], [R, 1.0, 0.0], [0.0, 0.0, 0.0]], ATOL, RTOL, "cosine_similarity(X)")

    def test_length_does_not_matter(self):
        """Scaling a vector by a positive factor does not change its similarities"""
        x = np.array([[1.0, 2.0, 3.0]])
        Y = np.array([[4.0, -1.0, 0.5], [0.0, 1.0, 1.0]])
        check_close(cosine_similarity(100.0 * x, Y), cosine_similarity(x, Y), ATOL, RTOL, "similarities of 100 x vs x")


if __name__ == "__main__":
    unittest.main()
