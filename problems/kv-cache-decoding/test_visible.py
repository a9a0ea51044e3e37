import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import kv_attend

ATOL, RTOL = 1e-9, 1e-7


def _full_causal_attention(X, Wq, Wk, Wv, Wo, H):
    # Whole-sequence causal attention, one head and one query at a time.
    T, d = X.shape
    dh = d // H
    Q, K, V = X @ Wq, X @ Wk, X @ Wv
    concat = np.zeros((T, d))
    for h in range(H):
        cols = slice(h * dh, (h + 1) * dh)
        for i in range(T):
            s = [float(Q[i, cols] @ K[j, cols]) / math.sqrt(dh) for j in range(i + 1)]
            m = max(s)
            e = [math.exp(v - m) for v in s]
            z = sum(e)
            concat[i, cols] = sum((e[j] / z) * V[j, cols] for j in range(i + 1))
    return concat @ Wo


def _params(rng, d):
    return [rng.normal(size=(d, d)) / math.sqrt(d) for _ in range(4)]


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """Identity projections, d=4, two heads: the README example, one token per call"""
        I = np.eye(4)
        x = np.array([[1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0]])
        out, cache = kv_attend(x[:1], None, I, I, I, I, 2)
        check_close(out, [[1.0, 0.0, 0.0, 0.0]], ATOL, RTOL, "output of the first token")
        check_shape(cache["k"], (2, 1, 2), "cache['k'] after one token")
        out, cache = kv_attend(x[1:], cache, I, I, I, I, 2)
        p = math.exp(1 / math.sqrt(2)) / (1 + math.exp(1 / math.sqrt(2)))
        check_close(out, [[0.5, 0.0, p, 0.0]], ATOL, RTOL, "output of the second token")

    def test_prefill_matches_full_attention(self):
        """One call on a 5-token prompt equals full causal attention (d=6, 2 heads)"""
        rng = np.random.default_rng(0)
        X = rng.normal(size=(5, 6))
        W = _params(rng, 6)
        out, cache = kv_attend(X, None, *W, 2)
        check_close(out, _full_causal_attention(X, *W, 2), ATOL, RTOL, "prefill output")
        check_shape(cache["v"], (2, 5, 3), "cache['v'] after prefill")

    def test_token_by_token_matches_full_attention(self):
        """Decoding one token per call reproduces full causal attention row by row"""
        rng = np.random.default_rng(1)
        X = rng.normal(size=(4, 6))
        W = _params(rng, 6)
        expected = _full_causal_attention(X, *W, 3)
        cache = None
        for t in range(4):
            out, cache = kv_attend(X[t:t + 1], cache, *W, 3)
            check_close(out, expected[t:t + 1], ATOL, RTOL, "output at step %d" % t)
            check_shape(cache["k"], (3, t + 1, 2), "cache['k'] after step %d" % t)


if __name__ == "__main__":
    unittest.main()
