import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import grouped_query_attention

ATOL, RTOL = 1e-9, 1e-7


def _one_head(q, k, v):
    # Plain single-head attention on 2-D arrays, softmax shifted by each row's maximum.
    s = q @ k.T / math.sqrt(q.shape[1])
    e = np.exp(s - s.max(axis=1, keepdims=True))
    return (e / e.sum(axis=1, keepdims=True)) @ v


class VisibleTests(unittest.TestCase):
    def test_readme_example(self):
        """Four query heads over two kv heads: the README values, with and without the causal mask"""
        q = np.array([0.0, 1.0, 2.0, 3.0]).reshape(1, 4, 1, 1)
        k = np.array([[0.0, 1.0], [1.0, -1.0]]).reshape(1, 2, 2, 1)
        v = np.array([[10.0, 20.0], [30.0, 50.0]]).reshape(1, 2, 2, 1)
        s1 = 1.0 / (1.0 + math.exp(-1.0))
        s4 = 1.0 / (1.0 + math.exp(-4.0))
        s6 = 1.0 / (1.0 + math.exp(-6.0))
        expected = [15.0, 10.0 * (1 - s1) + 20.0 * s1, 30.0 * s4 + 50.0 * (1 - s4), 30.0 * s6 + 50.0 * (1 - s6)]
        got = grouped_query_attention(q, k, v)
        check_shape(got, (1, 4, 1, 1), "output shape")
        check_close(np.asarray(got)[0, :, 0, 0], expected, ATOL, RTOL, "out[0, :, 0, 0]")
        got = grouped_query_attention(np.concatenate([q, q], axis=2), k, v, causal=True)
        check_close(np.asarray(got)[0, :, :, 0], [[10.0, expected[0]], [10.0, expected[1]], [30.0, expected[2]], [30.0, expected[3]]],
                    ATOL, RTOL, "causal out[0, :, :, 0]")

    def test_as_many_kv_heads_as_query_heads_is_mha(self):
        """n_kv == n_q: every query head has its own key/value head (multi-head attention)"""
        rng = np.random.default_rng(1)
        q, k, v = rng.normal(size=(2, 3, 4, 5)), rng.normal(size=(2, 3, 6, 5)), rng.normal(size=(2, 3, 6, 2))
        got = grouped_query_attention(q, k, v)
        check_shape(got, (2, 3, 4, 2), "output shape")
        for b in range(2):
            for h in range(3):
                check_close(np.asarray(got)[b, h], _one_head(q[b, h], k[b, h], v[b, h]), ATOL, RTOL, "batch %d, head %d" % (b, h))

    def test_one_kv_head_is_mqa(self):
        """n_kv == 1: every query head attends over the same single key/value head (multi-query attention)"""
        rng = np.random.default_rng(2)
        q, k, v = rng.normal(size=(1, 4, 3, 2)), rng.normal(size=(1, 1, 5, 2)), rng.normal(size=(1, 1, 5, 3))
        got = grouped_query_attention(q, k, v)
        check_shape(got, (1, 4, 3, 3), "output shape")
        for h in range(4):
            check_close(np.asarray(got)[0, h], _one_head(q[0, h], k[0, 0], v[0, 0]), ATOL, RTOL, "head %d" % h)


if __name__ == "__main__":
    unittest.main()
