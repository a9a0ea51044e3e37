import copy
import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
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


class HiddenTests(unittest.TestCase):
    def test_causal_ignores_future_tokens(self):
        """With causal=True, changing later tokens leaves earlier outputs unchanged"""
        rng = np.random.default_rng(2)
        x = rng.normal(size=(2, 6, 6))
        W = _weights(rng, 6)
        x2 = x.copy()
        x2[:, 4:, :] = rng.normal(size=(2, 2, 6)) * 3
        a = multi_head_attention(x, *W, num_heads=3, causal=True)
        b = multi_head_attention(x2, *W, num_heads=3, causal=True)
        check_close(b[:, :4], a[:, :4], ATOL, RTOL, "outputs at positions 0..3")

    def test_causal_first_position_sees_itself(self):
        """With causal=True the first position's output is x0 @ Wv @ Wo"""
        rng = np.random.default_rng(3)
        x = rng.normal(size=(3, 4, 4))
        Wq, Wk, Wv, Wo = _weights(rng, 4)
        got = multi_head_attention(x, Wq, Wk, Wv, Wo, num_heads=2, causal=True)
        check_close(got[:, 0], x[:, 0] @ Wv @ Wo, ATOL, RTOL, "output at position 0")

    def test_permutation_equivariance(self):
        """Without a mask, permuting the tokens permutes the outputs"""
        rng = np.random.default_rng(4)
        x = rng.normal(size=(1, 7, 8))
        W = _weights(rng, 8)
        perm = rng.permutation(7)
        a = multi_head_attention(x, *W, num_heads=4)
        b = multi_head_attention(x[:, perm], *W, num_heads=4)
        check_close(b, a[:, perm], ATOL, RTOL, "output of the permuted input")

    def test_heads_of_width_one(self):
        """num_heads = d_model (d_head = 1) matches the loop"""
        rng = np.random.default_rng(5)
        x = rng.normal(size=(2, 4, 6))
        W = _weights(rng, 6)
        _orig_x = copy.deepcopy(x)
        check_close(multi_head_attention(x, *W, num_heads=6), _loop_mha(_orig_x, *W, 6, False), ATOL, RTOL, "output")

    def test_zero_query_key_gives_uniform_average(self):
        """With Wq = Wk = 0 every token attends uniformly: out = mean over tokens of x @ Wv, times Wo"""
        rng = np.random.default_rng(6)
        x = rng.normal(size=(2, 5, 4))
        Wv, Wo = rng.normal(size=(4, 4)), rng.normal(size=(4, 4))
        Z = np.zeros((4, 4))
        got = multi_head_attention(x, Z, Z, Wv, Wo, num_heads=2)
        expected = np.repeat((x @ Wv).mean(axis=1, keepdims=True), 5, axis=1) @ Wo
        check_close(got, expected, ATOL, RTOL, "output")

    def test_large_inputs_stay_finite(self):
        """Inputs scaled by 50 give finite outputs that match the loop"""
        rng = np.random.default_rng(7)
        x = rng.normal(size=(1, 5, 4)) * 50
        W = _weights(rng, 4, scale=1.0)
        _orig_x = copy.deepcopy(x)
        got = multi_head_attention(x, *W, num_heads=2, causal=True)
        check(bool(np.all(np.isfinite(got))), "output must be finite", "finite", got)
        check_close(got, _loop_mha(_orig_x, *W, 2, True), 1e-9, 1e-7, "output")

    def test_single_token(self):
        """With L = 1 attention is trivial: out = x @ Wv @ Wo"""
        rng = np.random.default_rng(8)
        x = rng.normal(size=(3, 1, 6))
        Wq, Wk, Wv, Wo = _weights(rng, 6)
        got = multi_head_attention(x, Wq, Wk, Wv, Wo, num_heads=3)
        check_shape(got, (3, 1, 6), "output")
        check_close(got, x @ Wv @ Wo, ATOL, RTOL, "output")

    def test_inputs_not_modified(self):
        """x and the weight matrices are unchanged by the call"""
        rng = np.random.default_rng(9)
        x = rng.normal(size=(2, 3, 4))
        W = _weights(rng, 4)
        saved = [a.copy() for a in [x] + W]
        multi_head_attention(x, *W, num_heads=2, causal=True)
        for name, a, s in zip(["x", "Wq", "Wk", "Wv", "Wo"], [x] + W, saved):
            check_close(a, s, 0, 0, name + " after the call")


if __name__ == "__main__":
    unittest.main()
