import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
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


class HiddenTests(unittest.TestCase):
    def test_update_gate_direction(self):
        """A large update-gate bias (z near 1) keeps the old state; a large negative one takes the candidate"""
        H = 2
        h = np.array([[0.3, -0.7]])
        Wx, Wh = np.ones((1, 3 * H)), np.ones((H, 3 * H))
        keep = np.zeros(3 * H)
        keep[H:2 * H] = 40.0
        check_close(gru_cell([[0.5]], h, Wx, Wh, keep, np.zeros(3 * H)), h, 1e-12, 1e-9, "state with z near 1")
        take = -keep
        check_close(gru_cell([[0.5]], h, Wx, Wh, take, np.zeros(3 * H)),
                    _loop_cell([[0.5]], h.tolist(), Wx.tolist(), Wh.tolist(), take.tolist(), [0.0] * 6), ATOL, RTOL, "state with z near 0")

    def test_reset_gate_scales_recurrent_bias(self):
        """With r near 0 the candidate ignores h @ Wh_n and bh_n entirely: n = tanh(x @ Wx_n + bx_n)"""
        H = 1
        bx = np.array([-40.0, -40.0, 0.2])
        bh = np.array([0.0, 0.0, 5.0])
        got = gru_cell([[1.0]], [[2.0]], [[0.0, 0.0, 0.5]], [[0.0, 0.0, 3.0]], bx, bh)
        check_close(got, [[math.tanh(0.7)]], 1e-12, 1e-9, "state with r and z near 0")

    def test_random_cells_against_loops(self):
        """Several random shapes, including H=1 and N=1, match the loop version"""
        rng = np.random.default_rng(2)
        for N, D, H in [(1, 1, 1), (4, 2, 3), (2, 5, 1), (3, 3, 4)]:
            args = [rng.normal(size=s) * 1.5 for s in ((N, D), (N, H), (D, 3 * H), (H, 3 * H), (3 * H,), (3 * H,))]
            check_close(gru_cell(*args), _loop_cell(*[a.tolist() for a in args]), ATOL, RTOL, "gru_cell with N=%d, D=%d, H=%d" % (N, D, H))

    def test_long_sequence_with_large_inputs(self):
        """Ten steps with inputs around 1e3 stay finite and match chained loop steps"""
        rng = np.random.default_rng(3)
        X = rng.normal(size=(10, 2, 2)) * 1e3
        params = [rng.normal(size=s) for s in ((2, 3), (1, 3), (3,), (3,))]
        got = np.asarray(gru_sequence(X, np.zeros((2, 1)), *params))
        check(np.all(np.isfinite(got)), "states must be finite", "finite values", got)
        h = [[0.0], [0.0]]
        for t in range(10):
            h = _loop_cell(X[t].tolist(), h, *[p.tolist() for p in params])
            check_close(got[t], h, ATOL, RTOL, "state after step %d" % t)

    def test_single_step_sequence(self):
        """T = 1: gru_sequence returns one state equal to gru_cell"""
        rng = np.random.default_rng(4)
        X = rng.normal(size=(1, 3, 2))
        h0 = rng.normal(size=(3, 2))
        params = [rng.normal(size=s) for s in ((2, 6), (2, 6), (6,), (6,))]
        got = gru_sequence(X, h0, *params)
        check_shape(got, (1, 3, 2), "gru_sequence with T=1")
        check_close(np.asarray(got)[0], _loop_cell(X[0].tolist(), h0.tolist(), *[p.tolist() for p in params]), ATOL, RTOL, "the single state")

    def test_integer_lists_give_float64(self):
        """Integer nested lists are accepted and give float64"""
        got = gru_cell([[1, 2]], [[1]], [[1, 0, 1], [0, 1, 1]], [[1, 1, 1]], [0, 0, 0], [0, 0, 1])
        check(np.asarray(got).dtype == np.float64, "gru_cell must return float64", "float64", np.asarray(got).dtype)
        check_close(got, _loop_cell([[1, 2]], [[1]], [[1, 0, 1], [0, 1, 1]], [[1, 1, 1]], [0, 0, 0], [0, 0, 1]), ATOL, RTOL, "integer inputs")

    def test_shape_errors(self):
        """Wrong weight or bias shapes, or a 2-D X, raise ValueError"""
        rng = np.random.default_rng(5)
        x, h = rng.normal(size=(2, 3)), rng.normal(size=(2, 2))
        with self.assertRaises(ValueError, msg="Wx of shape (3, 4) for H=2"):
            gru_cell(x, h, np.zeros((3, 4)), np.zeros((2, 6)), np.zeros(6), np.zeros(6))
        with self.assertRaises(ValueError, msg="bh of shape (4,)"):
            gru_cell(x, h, np.zeros((3, 6)), np.zeros((2, 6)), np.zeros(6), np.zeros(4))
        with self.assertRaises(ValueError, msg="X of shape (2, 3)"):
            gru_sequence(x, h, np.zeros((3, 6)), np.zeros((2, 6)), np.zeros(6), np.zeros(6))

    def test_inputs_not_modified(self):
        """Inputs are left unchanged"""
        rng = np.random.default_rng(6)
        X = rng.normal(size=(3, 2, 3))
        args = [rng.normal(size=s) for s in ((2, 2), (3, 6), (2, 6), (6,), (6,))]
        saved = [X.copy()] + [a.copy() for a in args]
        gru_sequence(X, *args)
        gru_cell(X[0], *args)
        for name, a, s in zip(("X", "h0", "Wx", "Wh", "bx", "bh"), [X] + args, saved):
            check_close(a, s, 0, 0, "%s after the calls" % name)


if __name__ == "__main__":
    unittest.main()
