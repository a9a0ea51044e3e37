import unittest

from mlreps_check import check_close
from solution import target_encode_apply, target_encode_oof

ATOL, RTOL = 1e-12, 1e-9
C = ["a", "b", "a", "a", "b", "c"]
Y = [1, 0, 0, 1, 1, 1]
F = [0, 0, 1, 1, 2, 2]


class VisibleTests(unittest.TestCase):
    def test_out_of_fold_example(self):
        """Each row is encoded from the other folds: the worked example"""
        got = target_encode_oof(C, Y, F, smoothing=1.0)
        check_close(got, [1.75 / 3, 1.75 / 2, 1.75 / 2, 1.75 / 2, 0.5 / 2, 0.5], ATOL, RTOL, "out-of-fold encoding")

    def test_apply_with_unseen_category(self):
        """New data uses all training rows; an unseen category gets the prior 4/6"""
        got = target_encode_apply(C, Y, ["b", "z"], smoothing=1.0)
        check_close(got, [(1 + 4 / 6) / 3, 4 / 6], ATOL, RTOL, "encoding of ['b', 'z']")

    def test_no_smoothing(self):
        """smoothing=0 gives plain category means"""
        got = target_encode_apply([1, 1, 2], [2.0, 4.0, 10.0], [2, 1], smoothing=0.0)
        check_close(got, [10.0, 3.0], ATOL, RTOL, "plain means")


if __name__ == "__main__":
    unittest.main()
