import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import scaled_dot_product_attention

ATOL, RTOL = 1e-9, 1e-7


def _softmax_list(scores):
    m = max(scores)
    e = [math.exp(s - m) for s in scores]
    return [x / sum(e) for x in e]


class VisibleTests(unittest.TestCase):
    def test_unmasked_worked_example(self):
        """README example: weights are softmax of dot products divided by sqrt(2)"""
        q = np.array([[1.0, 0.0], [0.0, 1.0]])
        k = v = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
        out, weights = scaled_dot_product_attention(q, k, v)
        r = 1 / math.sqrt(2)
        w0 = _softmax_list([r, 0.0, r])
        w1 = _softmax_list([0.0, r, r])
        check_shape(weights, (2, 3), "weights")
        check_close(weights, [w0, w1], ATOL, RTOL, "weights")
        check_close(out, [[w0[0] + w0[2], w0[1] + w0[2]], [w1[0] + w1[2], w1[1] + w1[2]]], ATOL, RTOL, "out")

    def test_masked_keys_get_zero_weight(self):
        """Keys marked False get weight 0 and the remaining weights renormalize to 1"""
        q = np.array([[1.0, 0.0]])
        k = v = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
        out, weights = scaled_dot_product_attention(q, k, v, np.array([[True, True, False]]))
        a = 1.0 / (1.0 + math.exp(-1 / math.sqrt(2)))
        check_close(weights, [[a, 1 - a, 0.0]], ATOL, RTOL, "weights")
        check_close(out, [[a, 1 - a]], ATOL, RTOL, "out")

    def test_fully_masked_row_is_zero(self):
        """A query with no allowed key gets all-zero weights and output, not nan"""
        q = np.array([[1.0, 0.0], [0.0, 1.0]])
        k = v = np.array([[1.0, 0.0], [0.0, 1.0]])
        mask = np.array([[True, True], [False, False]])
        out, weights = scaled_dot_product_attention(q, k, v, mask)
        check_close(weights[1], [0.0, 0.0], ATOL, RTOL, "weights of the fully masked row")
        check_close(out[1], [0.0, 0.0], ATOL, RTOL, "out of the fully masked row")
        check_close(weights[0].sum(), 1.0, ATOL, RTOL, "sum of the first row's weights")


if __name__ == "__main__":
    unittest.main()
