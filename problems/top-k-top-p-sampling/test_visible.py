import unittest

import numpy as np

from mlreps_check import check_close, check_equal
from solution import filtered_probs, sample_token

ATOL, RTOL = 1e-12, 1e-9
LOGITS = np.log(np.array([0.5, 0.2, 0.2, 0.1]))


class VisibleTests(unittest.TestCase):
    def test_top_k_with_a_tie(self):
        """top_k=2 keeps token 0 and, of the tied tokens 1 and 2, the lower index"""
        check_close(filtered_probs(LOGITS, top_k=2), [5 / 7, 2 / 7, 0.0, 0.0], ATOL, RTOL, "filtered_probs(top_k=2)")

    def test_top_p_keeps_the_crossing_token(self):
        """top_p=0.6 keeps two tokens; top_p=0.75 needs three"""
        check_close(filtered_probs(LOGITS, top_p=0.6), [5 / 7, 2 / 7, 0.0, 0.0], ATOL, RTOL, "filtered_probs(top_p=0.6)")
        check_close(filtered_probs(LOGITS, top_p=0.75), [5 / 9, 2 / 9, 2 / 9, 0.0], ATOL, RTOL, "filtered_probs(top_p=0.75)")

    def test_sample_uses_one_uniform_draw(self):
        """sample_token with default_rng(0) draws u = 0.637 and returns token 1"""
        got = sample_token(LOGITS, np.random.default_rng(0))
        check_equal(got, 1, "sample_token(logits, default_rng(0))")


if __name__ == "__main__":
    unittest.main()
