import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import moe_gating

ATOL, RTOL = 1e-12, 1e-9
SIG1 = math.e / (math.e + 1.0)  # renormalised gate of the better of two experts one logit apart


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """The README example: choices, gates, slots and the auxiliary loss"""
        logits = np.array([[2.0, 1.0, 0.0], [1.0, 2.0, 0.0], [0.0, 1.0, 2.0], [0.0, 2.0, 2.0]])
        out = moe_gating(logits, k=2, capacity=2)
        check_equal(np.asarray(out["expert_index"]), np.array([[0, 1], [1, 0], [2, 1], [1, 2]]), "expert_index")
        check_close(out["gates"], [[SIG1, 1 - SIG1]] * 3 + [[0.5, 0.5]], ATOL, RTOL, "gates")
        check_equal(np.asarray(out["dispatch"]).shape, (4, 3, 2), "shape of dispatch")
        check_equal(np.argwhere(np.asarray(out["dispatch"])), np.array([[0, 0, 0], [1, 0, 1], [1, 1, 0], [2, 2, 0], [3, 1, 1], [3, 2, 1]]),
                    "(token, expert, slot) of every dispatched assignment")
        p = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
        check_close(out["aux_loss"], 3 * float(np.sum(np.array([0.25, 0.5, 0.25]) * p.mean(axis=0))), ATOL, RTOL, "aux_loss")

    def test_first_choices_before_second_choices(self):
        """Capacity 1: token 1's first choice takes expert 1 before token 0's second choice can"""
        out = moe_gating(np.array([[1.0, 0.0], [0.0, 1.0]]), k=2, capacity=1)
        check_equal(np.argwhere(np.asarray(out["dispatch"])), np.array([[0, 0, 0], [1, 1, 0]]), "(token, expert, slot) of every dispatched assignment")
        combine = np.zeros((2, 2, 1))
        combine[0, 0, 0] = combine[1, 1, 0] = SIG1
        check_close(out["combine"], combine, ATOL, RTOL, "combine (second choices dropped, gates not renormalised)")

    def test_large_logits(self):
        """Logits near 1000 give the same gates as logits near 0"""
        out = moe_gating(np.array([[1000.0, 999.0, 0.0]]), k=2, capacity=1)
        check_close(out["gates"], [[SIG1, 1 - SIG1]], ATOL, RTOL, "gates of [1000, 999, 0]")
        check(math.isfinite(out["aux_loss"]), "aux_loss must be finite", "a finite number", out["aux_loss"])


if __name__ == "__main__":
    unittest.main()
