import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import online_attention

ATOL, RTOL = 1e-9, 1e-7


def _plain(q, K, V):
    # Ordinary softmax attention on the whole key set, for comparison.
    s = q @ K.T / math.sqrt(q.shape[1])
    m = s.max(axis=1)
    e = np.exp(s - m[:, None])
    return (e @ V) / e.sum(axis=1)[:, None], m, e.sum(axis=1)


class VisibleTests(unittest.TestCase):
    def test_readme_example(self):
        """Two rows over a 2-key block and a 1-key block: out, m and l of the README"""
        q = np.array([[1.0], [-1.0]])
        blocks = [(np.array([[0.0], [1.0]]), np.array([[1.0], [2.0]])), (np.array([[2.0]]), np.array([[4.0]]))]
        out, m, l = online_attention(q, iter(blocks))
        z = 1.0 + math.exp(-1.0) + math.exp(-2.0)
        check_shape(out, (2, 1), "out")
        check_close(out, [[(math.exp(-2.0) + 2 * math.exp(-1.0) + 4.0) / z], [(1.0 + 2 * math.exp(-1.0) + 4 * math.exp(-2.0)) / z]],
                    ATOL, RTOL, "out")
        check_close(m, [2.0, 0.0], ATOL, 1e-12, "m")
        check_close(l, [z, z], ATOL, RTOL, "l")

    def test_single_block_is_plain_attention(self):
        """With all keys in one block the result is ordinary softmax attention"""
        rng = np.random.default_rng(0)
        q, K, V = rng.normal(size=(3, 4)), rng.normal(size=(6, 4)), rng.normal(size=(6, 2))
        out, m, l = online_attention(q, iter([(K, V)]))
        e_out, e_m, e_l = _plain(q, K, V)
        check_close(out, e_out, ATOL, RTOL, "out")
        check_close(m, e_m, ATOL, 1e-12, "m")
        check_close(l, e_l, ATOL, RTOL, "l")

    def test_any_split_into_blocks_gives_the_same_answer(self):
        """Blocks of 1, of 3 and of uneven sizes all give the single-block answer"""
        rng = np.random.default_rng(1)
        q, K, V = rng.normal(size=(4, 3)) * 2, rng.normal(size=(10, 3)) * 2, rng.normal(size=(10, 5))
        e_out, e_m, e_l = _plain(q, K, V)
        for cuts in ([1, 2, 3, 4, 5, 6, 7, 8, 9], [3, 6, 9], [7, 8]):
            bounds = [0] + cuts + [10]
            blocks = [(K[a:b], V[a:b]) for a, b in zip(bounds, bounds[1:])]
            out, m, l = online_attention(q, iter(blocks))
            what = "blocks cut at %s" % cuts
            check_close(out, e_out, ATOL, RTOL, "out, " + what)
            check_close(m, e_m, ATOL, 1e-12, "m, " + what)
            check_close(l, e_l, ATOL, RTOL, "l, " + what)


if __name__ == "__main__":
    unittest.main()
