import math
import unittest

from mlreps_check import check_close
from solution import ndcg_at_k

ATOL, RTOL = 1e-9, 1e-9
REL = [3, 2, 3, 0, 1, 2]
SCORES = [0.9, 0.8, 0.1, 0.7, 0.6, 0.5]


class VisibleTests(unittest.TestCase):
    def test_worked_example_k3(self):
        """The example at k=3: DCG 7 + 3/log2(3), IDCG 7 + 7/log2(3) + 3/2"""
        expected = (7 + 3 / math.log2(3)) / (7 + 7 / math.log2(3) + 3 / 2)
        check_close(ndcg_at_k(REL, SCORES, 3), expected, ATOL, RTOL, "ndcg_at_k(k=3)")

    def test_ideal_ranking_is_one(self):
        """Scores that sort the items by relevance give NDCG 1"""
        check_close(ndcg_at_k([1, 3, 0, 2], [0.2, 0.9, 0.1, 0.5], 4), 1.0, ATOL, RTOL, "ndcg_at_k of an ideal ranking")

    def test_no_relevant_items(self):
        """All relevances 0 give 0.0 instead of 0/0"""
        check_close(ndcg_at_k([0, 0, 0], [0.3, 0.2, 0.1], 2), 0.0, ATOL, RTOL, "ndcg_at_k with no relevant items")


if __name__ == "__main__":
    unittest.main()
