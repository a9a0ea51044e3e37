import unittest

import numpy as np

from mlreps_check import check_close, check_equal, check_shape
from solution import cosine_top_k

CORPUS = np.array([[1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [-1.0, 0.0], [0.0, 0.0]])


class VisibleTests(unittest.TestCase):
    def test_example(self):
        """Two queries against five corpus rows, k = 3"""
        idx, scores = cosine_top_k(np.array([[2.0, 0.0], [1.0, 2.0]]), CORPUS, 3)
        check_shape(idx, (2, 3), "indices")
        check_equal(np.asarray(idx).tolist(), [[0, 1, 2], [1, 2, 0]], "indices")
        check_close(scores, [[1.0, 0.5 ** 0.5, 0.0], [3 / 10 ** 0.5, 2 / 5 ** 0.5, 1 / 5 ** 0.5]], 1e-12, 0, "scores")

    def test_magnitude_does_not_matter(self):
        """Scaling a query by 1000 leaves the ranking and the scores unchanged"""
        a = cosine_top_k(np.array([[1.0, 3.0]]), CORPUS, 5)
        b = cosine_top_k(np.array([[1000.0, 3000.0]]), CORPUS, 5)
        check_equal(np.asarray(b[0]), np.asarray(a[0]), "indices after scaling the query")
        check_close(b[1], a[1], 1e-12, 0, "scores after scaling the query")

    def test_opposite_vector_last(self):
        """With k = n, the opposite vector (-1, 0) comes last with score -1"""
        idx, scores = cosine_top_k(np.array([[1.0, 0.0]]), CORPUS, 5)
        check_equal(int(np.asarray(idx)[0, -1]), 3, "last index")
        check_close(scores[0][-1], -1.0, 1e-12, 0, "last score")


if __name__ == "__main__":
    unittest.main()
