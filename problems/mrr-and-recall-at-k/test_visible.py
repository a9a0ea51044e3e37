import unittest

from mlreps_check import check_close
from solution import retrieval_metrics


class VisibleTests(unittest.TestCase):
    def test_readme_example(self):
        """Three queries at k = 3, the third without relevant items"""
        got = retrieval_metrics([[7, 3, 9, 1], [4, 5, 6], [2, 8]], [{3, 1}, {6}, set()], k=3)
        check_close(got["mrr"], (1 / 2 + 1 / 3) / 2, 1e-12, 1e-9, "mrr")
        check_close(got["recall"], (1 / 2 + 1) / 2, 1e-12, 1e-9, "recall")

    def test_cutoff_hides_late_hits(self):
        """A relevant item at rank 4 counts for nothing at k = 3 and fully at k = 4"""
        at3 = retrieval_metrics([["a", "b", "c", "d"]], [{"d"}], k=3)
        at4 = retrieval_metrics([["a", "b", "c", "d"]], [{"d"}], k=4)
        check_close([at3["mrr"], at3["recall"]], [0.0, 0.0], 0, 0, "metrics at k = 3")
        check_close([at4["mrr"], at4["recall"]], [0.25, 1.0], 1e-12, 1e-9, "metrics at k = 4")

    def test_perfect_ranking(self):
        """All relevant items on top: MRR 1 and recall 1"""
        got = retrieval_metrics([[1, 2, 3], [9, 8]], [[1, 2], [9]], k=2)
        check_close([got["mrr"], got["recall"]], [1.0, 1.0], 1e-12, 1e-9, "metrics of a perfect ranking")


if __name__ == "__main__":
    unittest.main()
