import unittest

import numpy as np

from mlreps_check import check_close, check_equal
from solution import top_k_items

U = np.array([[1.0, 0.0], [0.0, 1.0]])
V = np.array([[1.0, 0.0], [0.5, 0.5], [0.0, 1.0], [1.0, 0.0]])


class VisibleTests(unittest.TestCase):
    def test_readme_example(self):
        """Two users, one exclusion, a tie broken by item id"""
        ids, scores = top_k_items(U, V, 2, exclude=[[], [2]])
        check_equal(np.asarray(ids), np.array([[0, 3], [1, 0]]), "ids")
        check_close(scores, [[1.0, 1.0], [0.5, 0.0]], 1e-9, 1e-9, "scores")

    def test_padding(self):
        """k larger than the items left: padded with -1 and -inf"""
        ids, scores = top_k_items(U, V, 4, exclude=[[0, 1], [2]])
        check_equal(np.asarray(ids), np.array([[3, 2, -1, -1], [1, 0, 3, -1]]), "ids")
        check_equal(bool(np.isneginf(np.asarray(scores)[0, 2])), True, "score of a padded slot is -inf")

    def test_no_exclusions(self):
        """Without exclusions the best item per user comes first"""
        ids, _ = top_k_items(U, V, 1)
        check_equal(np.asarray(ids), np.array([[0], [2]]), "ids")


if __name__ == "__main__":
    unittest.main()
