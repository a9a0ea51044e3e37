import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import multi_head_attention

ATOL, RTOL = 1e-9, 1e-7


def _loop_mha(x, Wq, Wk, Wv, Wo, h, causal):
    # Straight from the definition: one batch element, head and query at a time.
    n_, length, d = x.shape
    dh = d // h
    out = np.zeros_like(x, dtype=float)
    for n in range(n_):
        Q, K, V = x[n] @ Wq, x[n] @ Wk, x[n] @ Wv
        concat = np.zeros((length, d))
        for head in range(h):
            cols = slice(head * dh, (head + 1) * dh)
            for i in range(length):
                keys = range(i + 1) if causal else range(length)
                s = [float(Q[i, cols] @ K[j, cols]) / math.sqrt(dh) for j in keys]
                m = max(s)
                e = [math.exp(val - m) for val in s]
                z = sum(e)
                concat[i, cols] = sum((e[t] / z) * V[j, cols] for t, j in enumerate(keys))
        out[n] = concat @ Wo
    return out


def _weights(rng, d, scale=0.5):
    return [rng.normal(size=(d, d)) * scale for _ in range(4)]


class VisibleTests(unittest.TestCase):
    def test_worked_example_identity_weights(self):
        """README example: identity projections, two heads"""
        x = np.array([[[1.0, 0.0, 1.0, 0.0], [0.0, 1.0, 0.0, 1.0], [1.0, 1.0, 0.0, 0.0]]])
        I = np.eye(4)
        got = multi_head_attention(x, I, I, I, I, 2)
        check_shape(got, (1, 3, 4), "output")
        check_close(got, _loop_mha(x, I, I, I, I, 2, False), ATOL, RTOL, "output")

    def test_random_two_heads(self):
        """Random weights, N=2, L=5, d_model=8, 2 heads: matches a per-head loop"""
        rng = np.random.default_rng(0)
        x = rng.normal(size=(2, 5, 8))
        W = _weights(rng, 8)
        got = multi_head_attention(x, *W, num_heads=2)
        check_shape(got, (2, 5, 8), "output")
        check_close(got, _loop_mha(x, *W, 2, False), ATOL, RTOL, "output")

    def test_causal_mask(self):
        """causal=True with 4 heads matches a loop where query i sees keys 0..i"""
        rng = np.random.default_rng(1)
        x = rng.normal(size=(1, 6, 8))
        W = _weights(rng, 8)
        got = multi_head_attention(x, *W, num_heads=4, causal=True)
        check_close(got, _loop_mha(x, *W, 4, True), ATOL, RTOL, "output")


if __name__ == "__main__":
    unittest.main()
