import unittest

from mlreps_check import check_close
from solution import average_precision, mean_average_precision

ATOL, RTOL = 1e-9, 1e-9
Y = [0, 1, 0, 1, 1]
S = [0.2, 0.9, 0.4, 0.6, 0.4]


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """Relevant items at ranks 1, 2, 4 give AP (1 + 1 + 3/4) / 3"""
        check_close(average_precision(Y, S), 2.75 / 3, ATOL, RTOL, "average_precision")

    def test_cutoff_k(self):
        """AP@3 of the example is 2/3 and AP@1 is 1"""
        check_close(average_precision(Y, S, k=3), 2 / 3, ATOL, RTOL, "average_precision(k=3)")
        check_close(average_precision(Y, S, k=1), 1.0, ATOL, RTOL, "average_precision(k=1)")

    def test_map_skips_queries_without_positives(self):
        """MAP averages the example (11/12) and a 1/3 query; an all-zero query is skipped"""
        queries = [(Y, S), ([1, 0, 0], [0.1, 0.5, 0.3]), ([0, 0], [0.7, 0.2])]
        check_close(mean_average_precision(queries), (11 / 12 + 1 / 3) / 2, ATOL, RTOL, "mean_average_precision")


if __name__ == "__main__":
    unittest.main()
