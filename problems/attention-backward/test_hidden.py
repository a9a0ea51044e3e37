import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import attention_backward, attention_forward

ATOL, RTOL = 1e-9, 1e-7


def _loop_out(Q, K, V, mask):
    Tq, d = Q.shape
    out = np.zeros((Tq, V.shape[1]))
    for i in range(Tq):
        keys = [j for j in range(K.shape[0]) if mask is None or mask[i, j]]
        s = [float(Q[i] @ K[j]) / math.sqrt(d) for j in keys]
        m = max(s)
        e = [math.exp(v - m) for v in s]
        out[i] = sum(e[n] / sum(e) * V[j] for n, j in enumerate(keys))
    return out


def _numeric(dout, Q, K, V, mask, h=1e-6):
    grads = []
    for which in range(3):
        args = [np.array(Q, dtype=float), np.array(K, dtype=float), np.array(V, dtype=float)]
        g = np.zeros_like(args[which])
        for idx in np.ndindex(g.shape):
            plus = [a.copy() for a in args]
            minus = [a.copy() for a in args]
            plus[which][idx] += h
            minus[which][idx] -= h
            g[idx] = (np.sum(dout * _loop_out(*plus, mask)) - np.sum(dout * _loop_out(*minus, mask))) / (2 * h)
        grads.append(g)
    return grads


class HiddenTests(unittest.TestCase):
    def test_square_causal_mask(self):
        """Tq = Tk = 4 with a causal mask: gradients match finite differences (dK is not dS @ Q)"""
        rng = np.random.default_rng(1)
        Q, K, V = rng.normal(size=(4, 3)), rng.normal(size=(4, 3)), rng.normal(size=(4, 2))
        mask = np.tril(np.ones((4, 4), dtype=bool))
        dout = rng.normal(size=(4, 2))
        for name, g, n in zip(("dQ", "dK", "dV"), attention_backward(dout, Q, K, V, mask), _numeric(dout, Q, K, V, mask)):
            check_close(g, n, 1e-6, 1e-5, "%s with a causal mask" % name)
        check_close(attention_forward(Q, K, V, mask), _loop_out(Q, K, V, mask), ATOL, RTOL, "forward with a causal mask")

    def test_batched_heads_with_broadcast_mask(self):
        """(2, 2, 3, 2) queries with a (3, 4) mask broadcast over batch and heads"""
        rng = np.random.default_rng(2)
        Q, K, V = rng.normal(size=(2, 2, 3, 2)), rng.normal(size=(2, 2, 4, 2)), rng.normal(size=(2, 2, 4, 3))
        mask = np.array([[1, 0, 1, 1], [1, 1, 0, 0], [0, 0, 0, 1]], dtype=bool)
        dout = rng.normal(size=(2, 2, 3, 3))
        dQ, dK, dV = attention_backward(dout, Q, K, V, mask)
        check_shape(dQ, Q.shape, "dQ")
        check_shape(dK, K.shape, "dK")
        check_shape(dV, V.shape, "dV")
        for b in range(2):
            for h in range(2):
                n = _numeric(dout[b, h], Q[b, h], K[b, h], V[b, h], mask)
                for name, g, e in zip(("dQ", "dK", "dV"), (dQ, dK, dV), n):
                    check_close(np.asarray(g)[b, h], e, 1e-6, 1e-5, "%s[%d, %d]" % (name, b, h))

    def test_masked_keys_get_no_gradient(self):
        """A key no query may attend to has zero dK and zero dV"""
        rng = np.random.default_rng(3)
        Q, K, V = rng.normal(size=(2, 2)), rng.normal(size=(3, 2)), rng.normal(size=(3, 2))
        mask = np.array([[True, False, True], [True, False, True]])
        _, dK, dV = attention_backward(np.ones((2, 2)), Q, K, V, mask)
        check_close(np.asarray(dK)[1], [0.0, 0.0], 0, 0, "dK of the masked key")
        check_close(np.asarray(dV)[1], [0.0, 0.0], 0, 0, "dV of the masked key")

    def test_large_scores_stay_finite(self):
        """Scores near 2000: one key takes all the weight; dV routes dout there and dQ, dK vanish"""
        Q = np.array([[60.0, 0.0], [0.0, 60.0]])
        K = np.array([[50.0, 0.0], [0.0, 50.0], [-50.0, -50.0]])
        V = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
        dout = np.array([[1.0, -1.0], [2.0, 0.5]])
        check_close(attention_forward(Q, K, V), [[1.0, 2.0], [3.0, 4.0]], ATOL, RTOL, "forward with large scores")
        dQ, dK, dV = attention_backward(dout, Q, K, V)
        for name, g in (("dQ", dQ), ("dK", dK), ("dV", dV)):
            check(np.all(np.isfinite(g)), "%s must be finite for large scores" % name, "finite values", g)
        check_close(dV, [[1.0, -1.0], [2.0, 0.5], [0.0, 0.0]], ATOL, RTOL, "dV with large scores")
        check_close(dQ, np.zeros((2, 2)), ATOL, 0, "dQ with large scores")
        check_close(dK, np.zeros((3, 2)), ATOL, 0, "dK with large scores")

    def test_dk_sums_to_zero_over_keys(self):
        """dK summed over the keys is zero (softmax ignores a shift of a whole score row)"""
        rng = np.random.default_rng(4)
        Q, K, V = rng.normal(size=(3, 4)), rng.normal(size=(5, 4)), rng.normal(size=(5, 2))
        _, dK, _ = attention_backward(rng.normal(size=(3, 2)), Q, K, V)
        check_close(np.asarray(dK).sum(axis=0), np.zeros(4), 1e-9, 0, "sum of dK over keys")

    def test_list_inputs(self):
        """Nested lists are accepted and give float64 results"""
        dQ, dK, dV = attention_backward([[1, 0]], [[1, 2]], [[0, 1], [1, 0]], [[1, 1], [0, 2]])
        for name, g in (("dQ", dQ), ("dK", dK), ("dV", dV)):
            check(np.asarray(g).dtype == np.float64, "%s must be float64" % name, "float64", np.asarray(g).dtype)
        n = _numeric(np.array([[1.0, 0.0]]), np.array([[1.0, 2.0]]), np.array([[0.0, 1.0], [1.0, 0.0]]), np.array([[1.0, 1.0], [0.0, 2.0]]), None)
        for name, g, e in zip(("dQ", "dK", "dV"), (dQ, dK, dV), n):
            check_close(g, e, 1e-6, 1e-5, "%s for list inputs" % name)

    def test_invalid_inputs_raise(self):
        """Mismatched shapes, a bad dout, a non-boolean mask or an empty mask row raise ValueError"""
        Q, K, V = np.ones((2, 3)), np.ones((4, 3)), np.ones((4, 2))
        with self.assertRaises(ValueError, msg="K with 2 features for Q with 3"):
            attention_forward(Q, np.ones((4, 2)), V)
        with self.assertRaises(ValueError, msg="V with 5 rows for K with 4"):
            attention_forward(Q, K, np.ones((5, 2)))
        with self.assertRaises(ValueError, msg="dout of shape (2, 3) instead of (2, 2)"):
            attention_backward(np.ones((2, 3)), Q, K, V)
        with self.assertRaises(ValueError, msg="an integer 0/1 mask"):
            attention_forward(Q, K, V, np.ones((2, 4), dtype=int))
        with self.assertRaises(ValueError, msg="a mask row with no allowed key"):
            attention_forward(Q, K, V, np.array([[True] * 4, [False] * 4]))

    def test_inputs_not_modified(self):
        """Q, K, V, dout and mask are left unchanged"""
        rng = np.random.default_rng(5)
        arrays = [rng.normal(size=(2, 3)), rng.normal(size=(2, 2)), rng.normal(size=(3, 2)), rng.normal(size=(3, 3))]
        mask = np.array([[True, True, False], [True, False, True]])
        saved = [a.copy() for a in arrays] + [mask.copy()]
        attention_backward(arrays[0], arrays[1], arrays[2], arrays[3], mask)
        for name, a, b in zip(("dout", "Q", "K", "V", "mask"), arrays + [mask], saved):
            check(np.array_equal(a, b), "%s was modified" % name, b, a)


if __name__ == "__main__":
    unittest.main()
