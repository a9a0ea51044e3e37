import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import kv_attend

ATOL, RTOL = 1e-9, 1e-7


def _full_causal_attention(X, Wq, Wk, Wv, Wo, H):
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


class HiddenTests(unittest.TestCase):
    def test_chunks_of_mixed_sizes(self):
        """Prefill 3 tokens, then a chunk of 2, then 1: every output matches full attention (d=8, 4 heads)"""
        rng = np.random.default_rng(2)
        X = rng.normal(size=(6, 8))
        W = _params(rng, 8)
        expected = _full_causal_attention(X, *W, 4)
        cache = None
        for lo, hi in [(0, 3), (3, 5), (5, 6)]:
            out, cache = kv_attend(X[lo:hi], cache, *W, 4)
            check_close(out, expected[lo:hi], ATOL, RTOL, "outputs for tokens %d..%d" % (lo, hi - 1))
        check_shape(cache["k"], (4, 6, 2), "cache['k'] after 6 tokens")

    def test_cache_layout(self):
        """cache['k'][h] holds columns h*dh..(h+1)*dh-1 of x @ Wk, tokens in order; likewise for 'v'"""
        rng = np.random.default_rng(3)
        X = rng.normal(size=(3, 6))
        W = _params(rng, 6)
        _, cache = kv_attend(X[:2], None, *W, 3)
        _, cache = kv_attend(X[2:], cache, *W, 3)
        K, V = X @ W[1], X @ W[2]
        for h in range(3):
            check_close(np.asarray(cache["k"])[h], K[:, 2 * h:2 * h + 2], ATOL, RTOL, "cache['k'][%d]" % h)
            check_close(np.asarray(cache["v"])[h], V[:, 2 * h:2 * h + 2], ATOL, RTOL, "cache['v'][%d]" % h)

    def test_branching_from_one_cache(self):
        """Two different next tokens decoded from the same cache are both correct, and the cache is unchanged"""
        rng = np.random.default_rng(4)
        X = rng.normal(size=(3, 4))
        a, b = rng.normal(size=(1, 4)), rng.normal(size=(1, 4))
        W = _params(rng, 4)
        _, cache = kv_attend(X, None, *W, 2)
        saved_k, saved_v = np.array(cache["k"], copy=True), np.array(cache["v"], copy=True)
        out_a, cache_a = kv_attend(a, cache, *W, 2)
        out_b, cache_b = kv_attend(b, cache, *W, 2)
        check_close(out_a, _full_causal_attention(np.vstack([X, a]), *W, 2)[3:], ATOL, RTOL, "branch A output")
        check_close(out_b, _full_causal_attention(np.vstack([X, b]), *W, 2)[3:], ATOL, RTOL, "branch B output")
        check_shape(cache["k"], (2, 3, 2), "the original cache['k'] after branching")
        check_close(cache["k"], saved_k, 0, 0, "the original cache['k'] after branching")
        check_close(cache["v"], saved_v, 0, 0, "the original cache['v'] after branching")
        check_shape(cache_b["k"], (2, 4, 2), "branch B cache['k']")

    def test_uses_the_given_cache(self):
        """A hand-made cache (P=2, one head, d=2) is attended exactly as given"""
        I = np.eye(2)
        cache = {"k": np.array([[[1.0, 0.0], [0.0, 1.0]]]), "v": np.array([[[10.0, 0.0], [0.0, 20.0]]])}
        x = np.array([[2.0, 0.0]])
        out, new = kv_attend(x, cache, I, I, I, I, 1)
        s = np.array([2.0, 0.0, 4.0]) / math.sqrt(2)
        w = np.exp(s - s.max())
        w /= w.sum()
        expected = w[0] * np.array([10.0, 0.0]) + w[1] * np.array([0.0, 20.0]) + w[2] * np.array([2.0, 0.0])
        check_close(out, [expected], ATOL, RTOL, "output against a hand-made cache")
        check_close(new["k"], [[[1.0, 0.0], [0.0, 1.0], [2.0, 0.0]]], ATOL, RTOL, "extended cache['k']")

    def test_large_scores_stay_finite(self):
        """Hidden states scaled so that scores exceed 1000: outputs are finite and correct"""
        rng = np.random.default_rng(5)
        X = rng.normal(size=(4, 4)) * 40
        W = [np.eye(4) * 1.5, np.eye(4) * 1.5, rng.normal(size=(4, 4)), rng.normal(size=(4, 4))]
        expected = _full_causal_attention(X, *W, 2)
        scores = (X @ W[0])[:, :2] @ (X @ W[1])[:, :2].T / math.sqrt(2)
        check(np.abs(scores).max() > 1000, "test setup: scores should exceed 1000", "> 1000", np.abs(scores).max())
        out, cache = kv_attend(X[:2], None, *W, 2)
        out2, _ = kv_attend(X[2:], cache, *W, 2)
        got = np.vstack([out, out2])
        check(np.all(np.isfinite(got)), "outputs must be finite for large scores", "finite values", got)
        check_close(got, expected, 1e-8, 1e-7, "outputs with large scores")

    def test_one_head_and_one_dim_heads(self):
        """n_heads=1 and n_heads=d (dh=1) both match full attention"""
        rng = np.random.default_rng(6)
        X = rng.normal(size=(3, 3))
        W = _params(rng, 3)
        for H in (1, 3):
            out, cache = kv_attend(X[:1], None, *W, H)
            out2, _ = kv_attend(X[1:], cache, *W, H)
            check_close(np.vstack([out, out2]), _full_causal_attention(X, *W, H), ATOL, RTOL, "outputs with n_heads=%d" % H)

    def test_invalid_inputs_raise(self):
        """n_heads not dividing d, a 1-D x_new, or a cache of the wrong shape raise ValueError"""
        W = [np.eye(4)] * 4
        with self.assertRaises(ValueError, msg="n_heads=3 with d=4"):
            kv_attend(np.ones((1, 4)), None, *W, 3)
        with self.assertRaises(ValueError, msg="x_new of shape (4,)"):
            kv_attend(np.ones(4), None, *W, 2)
        bad = {"k": np.zeros((2, 3, 4)), "v": np.zeros((2, 3, 4))}
        with self.assertRaises(ValueError, msg="cache arrays of shape (2, 3, 4) with n_heads=2, dh=2"):
            kv_attend(np.ones((1, 4)), bad, *W, 2)

    def test_inputs_not_modified(self):
        """x_new and the weight matrices are left unchanged"""
        rng = np.random.default_rng(7)
        X = rng.normal(size=(3, 4))
        W = _params(rng, 4)
        saved = [X.copy()] + [w.copy() for w in W]
        kv_attend(X, None, *W, 2)
        for name, a, b in zip(("x_new", "Wq", "Wk", "Wv", "Wo"), [X] + W, saved):
            check_close(a, b, 0, 0, "%s after the call" % name)


if __name__ == "__main__":
    unittest.main()
