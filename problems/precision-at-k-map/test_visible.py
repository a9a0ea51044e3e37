import unittest

from mlreps_check import check_close
from solution import map_at_k, precision_at_k, recall_at_k

RANKED = ["a", "b", "c", "d", "e"]
RELEVANT = ["a", "c", "f"]


class VisibleTests(unittest.TestCase):
    def test_precision_example(self):
        """precision@1 = 1, precision@3 = 2/3, precision@10 = 2/10 (short list)"""
        check_close(precision_at_k(RANKED, RELEVANT, 1), 1.0, 1e-12, 0, "precision@1")
        check_close(precision_at_k(RANKED, RELEVANT, 3), 2 / 3, 1e-12, 0, "precision@3")
        check_close(precision_at_k(RANKED, RELEVANT, 10), 0.2, 1e-12, 0, "precision@10")

    def test_recall_example(self):
        """recall@3 = 2/3: the unretrieved 'f' still counts in the denominator"""
        check_close(recall_at_k(RANKED, RELEVANT, 3), 2 / 3, 1e-12, 0, "recall@3")
        check_close(recall_at_k(RANKED, RELEVANT, 1), 1 / 3, 1e-12, 0, "recall@1")

    def test_map_example(self):
        """Two queries: ((1 + 2/3) / 3 + 1/2) / 2"""
        got = map_at_k([RANKED, ["x", "y"]], [RELEVANT, {"y"}], 3)
        check_close(got, ((1 + 2 / 3) / 3 + 0.5) / 2, 1e-12, 0, "MAP@3")


if __name__ == "__main__":
    unittest.main()
