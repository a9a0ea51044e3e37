import math
import unittest

import numpy as np

from mlreps_check import check_close
from solution import attention_backward, attention_forward

ATOL, RTOL = 1e-9, 1e-7


def _loop_out(Q, K, V, mask):
    # One query row at a time, plain Python softmax with the row maximum subtracted.
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


class VisibleTests(unittest.TestCase):
    def test_forward_example(self):
        """Forward pass on the README example"""
        Q = np.array([[1.0, 0.0], [0.0, 1.0]])
        K = np.array([[1.0, 0.0], [1.0, 1.0]])
        V = np.array([[1.0], [3.0]])
        check_close(attention_forward(Q, K, V), _loop_out(Q, K, V, None), ATOL, RTOL, "attention_forward(Q, K, V)")

    def test_backward_example(self):
        """Backward pass on the README example matches the hand-derived gradients"""
        Q = np.array([[1.0, 0.0], [0.0, 1.0]])
        K = np.array([[1.0, 0.0], [1.0, 1.0]])
        V = np.array([[1.0], [3.0]])
        dQ, dK, dV = attention_backward(np.array([[1.0], [0.0]]), Q, K, V)
        r = 0.5 / math.sqrt(2)
        check_close(dQ, [[0.0, r], [0.0, 0.0]], ATOL, RTOL, "dQ")
        check_close(dK, [[-r, 0.0], [r, 0.0]], ATOL, RTOL, "dK")
        check_close(dV, [[0.5], [0.5]], ATOL, RTOL, "dV")

    def test_random_gradients_match_finite_differences(self):
        """Random Q (3x2), K (4x2), V (4x3): all three gradients match finite differences"""
        rng = np.random.default_rng(0)
        Q, K, V = rng.normal(size=(3, 2)), rng.normal(size=(4, 2)), rng.normal(size=(4, 3))
        dout = rng.normal(size=(3, 3))
        got = attention_backward(dout, Q, K, V)
        for name, g, n in zip(("dQ", "dK", "dV"), got, _numeric(dout, Q, K, V, None)):
            check_close(g, n, 1e-6, 1e-5, "%s vs finite differences" % name)


if __name__ == "__main__":
    unittest.main()
