import unittest

from mlreps_check import check_close, check_equal
from solution import EarlyStopping


class VisibleTests(unittest.TestCase):
    def test_example(self):
        """Losses 0.9, 0.7, 0.75, 0.7, 0.8 with patience 2: stop at the fourth epoch"""
        es = EarlyStopping(patience=2)
        check_equal([es.update(v) for v in [0.9, 0.7, 0.75, 0.7, 0.8]], [False, False, False, True, True], "update results")
        check_close(es.best, 0.7, 0, 0, "best")
        check_equal(es.best_step, 1, "best_step")
        check_equal(es.wait, 3, "wait")

    def test_initial_state(self):
        """Before any update: best and best_step are None, wait is 0"""
        es = EarlyStopping(patience=3)
        check_equal((es.best, es.best_step, es.wait), (None, None, 0), "(best, best_step, wait) before updates")

    def test_max_mode(self):
        """mode='max' treats higher accuracy as better"""
        es = EarlyStopping(patience=1, mode="max")
        check_equal([es.update(v) for v in [0.5, 0.6, 0.55]], [False, False, True], "update results in max mode")
        check_equal(es.best_step, 1, "best_step in max mode")


if __name__ == "__main__":
    unittest.main()
