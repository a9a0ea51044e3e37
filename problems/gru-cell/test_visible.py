import math
import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import gru_cell, gru_sequence

ATOL, RTOL = 1e-9, 1e-7


def _sig(v):
    return 1.0 / (1.0 + math.exp(-v)) if v >= 0 else math.exp(v) / (1.0 + math.exp(v))


def _loop_cell(x, h, Wx, Wh, bx, bh):
    # Unit by unit, straight from the equations.
    N, D = len(x), len(x[0])
    H = len(h[0])
    out = [[0.0] * H for _ in range(N)]
    for s in range(N):
        a = [sum(x[s][d] * Wx[d][k] for d in range(D)) + bx[k] for k in range(3 * H)]
        c = [sum(h[s][j] * Wh[j][k] for j in range(H)) + bh[k] for k in range(3 * H)]
        for u in range(H):
            r = _sig(a[u] + c[u])
            z = _sig(a[H + u] + c[H + u])
            n = math.tanh(a[2 * H + u] + r * c[2 * H + u])
            out[s][u] = (1 - z) * n + z * h[s][u]
    return out


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """The README example: r = z = 0.5 and n = tanh(2)"""
        got = gru_cell([[1.0]], [[0.5]], [[0.0, 0.0, 1.0]], [[0.0, 0.0, 2.0]], [0.0, 0.0, 0.0], [0.0, 0.0, 1.0])
        check_close(got, [[0.5 * math.tanh(2.0) + 0.25]], ATOL, RTOL, "gru_cell on the example")

    def test_random_cell(self):
        """A random batch (N=3, D=4, H=2) matches the equations unit by unit"""
        rng = np.random.default_rng(0)
        args = [rng.normal(size=s) for s in ((3, 4), (3, 2), (4, 6), (2, 6), (6,), (6,))]
        got = gru_cell(*args)
        check_shape(got, (3, 2), "gru_cell output")
        check_close(got, _loop_cell(*[a.tolist() for a in args]), ATOL, RTOL, "gru_cell on random inputs")

    def test_sequence_carries_state(self):
        """gru_sequence over 3 steps equals three chained cell steps"""
        rng = np.random.default_rng(1)
        X = rng.normal(size=(3, 2, 3))
        h = rng.normal(size=(2, 2)).tolist()
        params = [rng.normal(size=s) for s in ((3, 6), (2, 6), (6,), (6,))]
        got = gru_sequence(X, np.array(h), *params)
        check_shape(got, (3, 2, 2), "gru_sequence output")
        for t in range(3):
            h = _loop_cell(X[t].tolist(), h, *[p.tolist() for p in params])
            check_close(np.asarray(got)[t], h, ATOL, RTOL, "state after step %d" % t)


if __name__ == "__main__":
    unittest.main()
