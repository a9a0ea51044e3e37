import copy
import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import scaled_dot_product_attention

ATOL, RTOL = 1e-9, 1e-7


def _loop_attention(q, k, v, mask):
    # One batch element, one query at a time, in plain Python.
    lq, dk = q.shape
    out = np.zeros((lq, v.shape[1]))
    weights = np.zeros((lq, k.shape[0]))
    for i in range(lq):
        allowed = [j for j in range(k.shape[0]) if mask is None or mask[i][j]]
        if not allowed:
            continue
        s = {j: sum(q[i, d] * k[j, d] for d in range(dk)) / math.sqrt(dk) for j in allowed}
        m = max(s.values())
        z = sum(math.exp(val - m) for val in s.values())
        for j in allowed:
            weights[i, j] = math.exp(s[j] - m) / z
        out[i] = sum(weights[i, j] * v[j] for j in allowed)
    return out, weights


class HiddenTests(unittest.TestCase):
    def test_batched_with_random_mask(self):
        """(2, 3) batch dimensions with a random mask match a per-query loop"""
        rng = np.random.default_rng(0)
        q = rng.normal(size=(2, 3, 4, 5))
        k = rng.normal(size=(2, 3, 6, 5))
        v = rng.normal(size=(2, 3, 6, 3))
        mask = rng.random(size=(2, 3, 4, 6)) < 0.7
        mask[0, 1, 2, :] = False  # one fully masked row
        _orig_q = copy.deepcopy(q)
        _orig_k = copy.deepcopy(k)
        _orig_v = copy.deepcopy(v)
        _orig_mask = copy.deepcopy(mask)
        out, weights = scaled_dot_product_attention(q, k, v, mask)
        check_shape(out, (2, 3, 4, 3), "out")
        check_shape(weights, (2, 3, 4, 6), "weights")
        for a in range(2):
            for b in range(3):
                eo, ew = _loop_attention(_orig_q[a, b], _orig_k[a, b], _orig_v[a, b], _orig_mask[a, b])
                check_close(weights[a, b], ew, ATOL, RTOL, "weights[%d, %d]" % (a, b))
                check_close(out[a, b], eo, ATOL, RTOL, "out[%d, %d]" % (a, b))

    def test_large_scores_stay_finite(self):
        """Queries around 1000 give finite, near one-hot weights"""
        q = np.array([[1000.0, 0.0]])
        k = np.array([[1.0, 0.0], [0.9, 0.0], [-1.0, 0.0]])
        v = np.array([[1.0], [2.0], [3.0]])
        out, weights = scaled_dot_product_attention(q, k, v)
        check(bool(np.all(np.isfinite(weights))), "weights must be finite", "finite", weights)
        check_close(weights, [[1.0, 0.0, 0.0]], 1e-12, 0, "weights")
        check_close(out, [[1.0]], 1e-12, 0, "out")

    def test_mask_broadcast_over_batch(self):
        """A 2-D causal mask broadcasts over the batch; query 0 sees only key 0"""
        rng = np.random.default_rng(1)
        q, k, v = rng.normal(size=(3, 4, 2)), rng.normal(size=(3, 4, 2)), rng.normal(size=(3, 4, 5))
        causal = np.tril(np.ones((4, 4), dtype=bool))
        _orig_q = copy.deepcopy(q)
        _orig_k = copy.deepcopy(k)
        _orig_v = copy.deepcopy(v)
        _orig_causal = copy.deepcopy(causal)
        out, weights = scaled_dot_product_attention(q, k, v, causal)
        check_close(out[:, 0, :], v[:, 0, :], ATOL, RTOL, "out of the first query")
        check_close(np.triu(weights, 1), np.zeros((3, 4, 4)), ATOL, RTOL, "weights above the diagonal")
        for b in range(3):
            eo, ew = _loop_attention(_orig_q[b], _orig_k[b], _orig_v[b], _orig_causal)
            check_close(out[b], eo, ATOL, RTOL, "out[%d]" % b)

    def test_padding_mask_shape(self):
        """A key-padding mask of shape (B, 1, L_k) hides the same keys from every query"""
        rng = np.random.default_rng(2)
        q, k, v = rng.normal(size=(2, 3, 4)), rng.normal(size=(2, 5, 4)), rng.normal(size=(2, 5, 2))
        pad = np.array([[True, True, True, False, False], [True, True, True, True, True]])[:, None, :]
        _orig_q = copy.deepcopy(q)
        _orig_k = copy.deepcopy(k)
        _orig_v = copy.deepcopy(v)
        out, weights = scaled_dot_product_attention(q, k, v, pad)
        check_close(weights[0, :, 3:], np.zeros((3, 2)), ATOL, RTOL, "weights on padded keys")
        eo, ew = _loop_attention(_orig_q[0, :, :], _orig_k[0, :3, :], _orig_v[0, :3, :], None)
        check_close(out[0], eo, ATOL, RTOL, "out equals attention over the unpadded keys")

    def test_identical_keys_average_values(self):
        """When all keys are equal the weights are uniform and out is the mean of v"""
        rng = np.random.default_rng(3)
        q = rng.normal(size=(3, 4))
        k = np.tile(rng.normal(size=(1, 4)), (5, 1))
        v = rng.normal(size=(5, 2))
        out, weights = scaled_dot_product_attention(q, k, v)
        check_close(weights, np.full((3, 5), 0.2), ATOL, RTOL, "weights")
        check_close(out, np.tile(v.mean(axis=0), (3, 1)), ATOL, RTOL, "out")

    def test_scaling_uses_sqrt_dk(self):
        """With d_k = 4, raw dot products [2, 0] become scores [1, 0]"""
        q = np.array([[1.0, 1.0, 0.0, 0.0]])
        k = np.array([[1.0, 1.0, 0.0, 0.0], [0.0, 0.0, 1.0, 1.0]])
        v = np.array([[1.0], [0.0]])
        _, weights = scaled_dot_product_attention(q, k, v)
        a = 1.0 / (1.0 + math.exp(-1.0))
        check_close(weights, [[a, 1 - a]], ATOL, RTOL, "weights")

    def test_all_false_mask_everywhere(self):
        """A mask that is False everywhere gives all-zero weights and outputs"""
        rng = np.random.default_rng(4)
        q, k, v = rng.normal(size=(2, 3)), rng.normal(size=(4, 3)), rng.normal(size=(4, 2))
        out, weights = scaled_dot_product_attention(q, k, v, np.zeros((2, 4), dtype=bool))
        check_close(weights, np.zeros((2, 4)), ATOL, RTOL, "weights")
        check_close(out, np.zeros((2, 2)), ATOL, RTOL, "out")

    def test_inputs_not_modified(self):
        """q, k, v and mask are unchanged by the call"""
        rng = np.random.default_rng(5)
        q, k, v = rng.normal(size=(3, 2)), rng.normal(size=(3, 2)), rng.normal(size=(3, 2))
        mask = np.array([[True, False, True], [False, False, False], [True, True, True]])
        saved = [a.copy() for a in (q, k, v, mask)]
        scaled_dot_product_attention(q, k, v, mask)
        for name, a, s in zip(["q", "k", "v", "mask"], (q, k, v, mask), saved):
            check(bool(np.array_equal(a, s)), name + " must not be modified", s, a)


class GapTests(unittest.TestCase):
    def test_batch_elements_of_very_different_magnitude(self):
        """Two batch elements whose scores differ by about 1e6: each row is shifted by its own maximum"""
        rng = np.random.default_rng(31)
        q = rng.normal(size=(2, 3, 4))
        k = rng.normal(size=(2, 5, 4))
        v = rng.normal(size=(2, 5, 2))
        q[1] *= 1000.0
        k[1] *= 1000.0
        qc, kc, vc = q.copy(), k.copy(), v.copy()
        out, weights = scaled_dot_product_attention(q, k, v)
        expected_w = np.zeros((2, 3, 5))
        for bi in range(2):
            for i in range(3):
                sc = [float(qc[bi, i] @ kc[bi, j]) / 2.0 for j in range(5)]
                m = max(sc)
                ex = [math.exp(x - m) for x in sc]
                expected_w[bi, i] = [e / sum(ex) for e in ex]
        check_close(weights, expected_w, 1e-9, 1e-7, "weights of batch elements with very different magnitudes")
        check_close(out, expected_w @ vc, 1e-9, 1e-7, "out of batch elements with very different magnitudes")


if __name__ == "__main__":
    unittest.main()
