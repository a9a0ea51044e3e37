import copy
import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_raises, check_shape
from solution import grouped_query_attention

ATOL, RTOL = 1e-9, 1e-7


def _brute(q, k, v, causal):
    # Plain Python loops over batch, heads, queries and keys, straight from the contract.
    q, k, v = np.asarray(q, float).tolist(), np.asarray(k, float).tolist(), np.asarray(v, float).tolist()
    B, n_q, L_q, d = len(q), len(q[0]), len(q[0][0]), len(q[0][0][0])
    n_kv, L_k, d_v = len(k[0]), len(k[0][0]), len(v[0][0][0])
    G = n_q // n_kv
    out = [[[[0.0] * d_v for _ in range(L_q)] for _ in range(n_q)] for _ in range(B)]
    for b in range(B):
        for h in range(n_q):
            kh, vh = k[b][h // G], v[b][h // G]
            for i in range(L_q):
                keys = [j for j in range(L_k) if not causal or j <= L_k - L_q + i]
                s = [math.fsum(q[b][h][i][t] * kh[j][t] for t in range(d)) / math.sqrt(d) for j in keys]
                m = max(s)
                e = [math.exp(x - m) for x in s]
                z = math.fsum(e)
                for c in range(d_v):
                    out[b][h][i][c] = math.fsum(e[n] * vh[j][c] for n, j in enumerate(keys)) / z
    return out


class HiddenTests(unittest.TestCase):
    def test_random_shapes_match_loops(self):
        """Random head counts, lengths and widths (d != d_v), with and without the mask, match plain loops"""
        rng = np.random.default_rng(11)
        for trial in range(12):
            n_kv = int(rng.integers(1, 4))
            n_q = n_kv * int(rng.integers(1, 4))
            B, L_k, d, d_v = int(rng.integers(1, 3)), int(rng.integers(1, 6)), int(rng.integers(1, 6)), int(rng.integers(1, 4))
            L_q = int(rng.integers(1, L_k + 1))
            causal = bool(trial % 2)
            q = rng.normal(size=(B, n_q, L_q, d)) * 2
            k = rng.normal(size=(B, n_kv, L_k, d)) * 2
            v = rng.normal(size=(B, n_kv, L_k, d_v))
            got = grouped_query_attention(q, k, v, causal=causal)
            what = "trial %d (B=%d, n_q=%d, n_kv=%d, L_q=%d, L_k=%d, d=%d, d_v=%d, causal=%s)" % (trial, B, n_q, n_kv, L_q, L_k, d, d_v, causal)
            check_shape(got, (B, n_q, L_q, d_v), what)
            check_close(got, _brute(q, k, v, causal), ATOL, RTOL, what)

    def test_groups_are_consecutive_heads(self):
        """With 6 query heads over 3 kv heads, heads 0-1 use kv head 0, 2-3 kv head 1, 4-5 kv head 2"""
        # Identical queries and a kv head whose values are all equal to c: the output of head h is the constant of its kv head.
        q = np.ones((1, 6, 2, 3))
        k = np.arange(3 * 4 * 3, dtype=float).reshape(1, 3, 4, 3) / 10.0
        v = np.array([1.0, 2.0, 3.0])[None, :, None, None] * np.ones((1, 3, 4, 1))
        got = np.asarray(grouped_query_attention(q, k, v))
        check_close(got[0, :, 0, 0], [1.0, 1.0, 2.0, 2.0, 3.0, 3.0], ATOL, RTOL, "kv head used by each query head (value = kv head + 1)")

    def test_causal_queries_are_the_last_positions(self):
        """L_q=2, L_k=5: query 0 sees keys 0-3 and query 1 sees all 5 (the mask is aligned to the end)"""
        rng = np.random.default_rng(5)
        q = rng.normal(size=(1, 2, 2, 3))
        k = rng.normal(size=(1, 1, 5, 3))
        v = np.eye(5).reshape(1, 1, 5, 5)          # with one-hot values, out equals the attention weights
        w = np.asarray(grouped_query_attention(q, k, v, causal=True))
        check_close(w[0, :, 0, 4], [0.0, 0.0], 0, 0, "weight of key 4 for query 0 (position 3)")
        check(np.all(w[0, :, 0, :4] > 0), "query 0 (position 3) must attend to keys 0..3", "positive weights", w[0, :, 0, :4])
        check(np.all(w[0, :, 1, :] > 0), "query 1 (position 4) must attend to all 5 keys", "positive weights", w[0, :, 1, :])
        check_close(w, _brute(q, k, v, True), ATOL, RTOL, "causal weights with L_q=2, L_k=5")
        one = np.asarray(grouped_query_attention(q[:, :, 1:], k, v, causal=True))
        check_close(one, np.asarray(grouped_query_attention(q[:, :, 1:], k, v)), ATOL, RTOL, "a single causal query (decode step) sees every key")

    def test_huge_scores_and_rows_of_different_scale(self):
        """Scores near +1000 in one row and near -1000 in another stay finite and exact"""
        q = np.array([[1000.0], [-1000.0]]).reshape(1, 1, 2, 1)
        k = np.array([[1.0], [0.999], [0.998]]).reshape(1, 1, 3, 1)
        v = np.array([[1.0], [2.0], [4.0]]).reshape(1, 1, 3, 1)
        got = np.asarray(grouped_query_attention(q, k, v))
        check(np.all(np.isfinite(got)), "outputs must be finite with scores near +-1000", "finite", got)
        check_close(got, _brute(q, k, v, False), ATOL, RTOL, "scores near +1000 and -1000 in the same head")
        q2 = np.concatenate([q, q * 1e-3], axis=1)      # a second query head with scores near +-1, same kv head
        got2 = np.asarray(grouped_query_attention(q2, k, v))
        check_close(got2, _brute(q2, k, v, False), ATOL, RTOL, "two query heads of very different scale over one kv head")

    def test_masked_key_with_the_largest_score(self):
        """Causal: a masked future key scoring +1000 does not wipe out the allowed keys at -1000"""
        q = np.array([[1000.0], [1000.0]]).reshape(1, 1, 2, 1)
        k = np.array([[-1.0], [-0.999], [1.0]]).reshape(1, 1, 3, 1)
        v = np.array([[1.0], [3.0], [10.0]]).reshape(1, 1, 3, 1)
        got = np.asarray(grouped_query_attention(q, k, v, causal=True))
        check(np.all(np.isfinite(got)), "outputs must be finite when only the masked key scores high", "finite", got)
        check_close(got, _brute(q, k, v, True), ATOL, RTOL, "query 0 sees keys 0-1 (scores -1000, -999), query 1 all three")

    def test_integer_and_list_inputs_give_float64(self):
        """Nested integer lists are accepted and the result is float64"""
        q = [[[[1, 0]], [[0, 1]]]]
        k = [[[[1, 0], [0, 1]]]]
        v = [[[[2], [4]]]]
        got = grouped_query_attention(q, k, v)
        check(isinstance(got, np.ndarray) and got.dtype == np.float64, "the result must be a float64 array", "float64", getattr(got, "dtype", type(got).__name__))
        check_close(got, _brute(q, k, v, False), ATOL, RTOL, "attention of integer lists")

    def test_inputs_not_modified(self):
        """q, k and v are left unchanged"""
        rng = np.random.default_rng(9)
        q, k, v = rng.normal(size=(2, 4, 3, 2)), rng.normal(size=(2, 2, 3, 2)), rng.normal(size=(2, 2, 3, 2))
        saved = copy.deepcopy((q, k, v))
        got = grouped_query_attention(q, k, v, causal=True)
        for name, a, b in (("q", q, saved[0]), ("k", k, saved[1]), ("v", v, saved[2])):
            check_close(a, b, 0, 0, "%s after the call" % name)
        check_close(got, _brute(*saved, True), ATOL, RTOL, "output")

    def test_invalid_shapes_raise(self):
        """Incompatible head counts, batch sizes, widths, lengths, ranks and a causal L_q > L_k raise ValueError"""
        z = np.zeros
        cases = [
            ("n_q=3 with n_kv=2", z((1, 3, 2, 4)), z((1, 2, 2, 4)), z((1, 2, 2, 4)), False),
            ("n_q=2 with n_kv=4", z((1, 2, 2, 4)), z((1, 4, 2, 4)), z((1, 4, 2, 4)), False),
            ("batch 2 for q, 1 for k and v", z((2, 2, 2, 4)), z((1, 1, 2, 4)), z((1, 1, 2, 4)), False),
            ("q width 4, k width 3", z((1, 2, 2, 4)), z((1, 1, 2, 3)), z((1, 1, 2, 4)), False),
            ("k length 3, v length 2", z((1, 2, 2, 4)), z((1, 1, 3, 4)), z((1, 1, 2, 4)), False),
            ("k with 2 heads, v with 1", z((1, 2, 2, 4)), z((1, 2, 2, 4)), z((1, 1, 2, 4)), False),
            ("3-D q", z((2, 2, 4)), z((1, 1, 2, 4)), z((1, 1, 2, 4)), False),
            ("causal with L_q=3 > L_k=2", z((1, 2, 3, 4)), z((1, 1, 2, 4)), z((1, 1, 2, 4)), True),
        ]
        for why, q, k, v, causal in cases:
            check_raises(ValueError, grouped_query_attention, q, k, v, causal=causal, what="grouped_query_attention with %s" % why)


if __name__ == "__main__":
    unittest.main()
