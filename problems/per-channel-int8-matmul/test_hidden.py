import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import int8_linear, quantize_per_channel

ATOL, RTOL = 1e-9, 1e-9


def _q(v, s):
    return np.clip(np.rint(v / s), -127, 127).astype(np.int64)


def _expected_linear(x, Wq, ws, bias=None):
    amax = np.max(np.abs(x))
    sx = amax / 127 if amax > 0 else 1.0
    xq = _q(x, sx)
    acc = [[sum(int(a) * int(b) for a, b in zip(xq[n], Wq[o])) for o in range(Wq.shape[0])] for n in range(x.shape[0])]
    y = np.array(acc, dtype=np.float64) * sx * np.asarray(ws)[None, :]
    return y if bias is None else y + bias


class HiddenTests(unittest.TestCase):
    def test_long_rows_do_not_overflow(self):
        """in_features = 300 with values at the extremes: the integer sums exceed int8 and int16 ranges"""
        x = np.ones((2, 300))
        x[1, ::2] = -1.0
        W = np.ones((3, 300))
        W[2] = -1.0
        Wq, s = quantize_per_channel(W)
        y = int8_linear(x, Wq, s)
        check_close(y, x @ W.T, 1e-9, 1e-9, "int8_linear on +-1 data (exactly representable)")

    def test_rows_of_very_different_scale(self):
        """Rows scaled by 1e-4 and 1e4 each keep 1/127 relative precision"""
        rng = np.random.default_rng(1)
        W = rng.normal(size=(2, 8)) * np.array([[1e-4], [1e4]])
        Wq, s = quantize_per_channel(W)
        check_close(s, np.abs(W).max(axis=1) / 127, 1e-20, 1e-12, "w_scales")
        back = np.asarray(Wq, dtype=np.float64) * np.asarray(s)[:, None]
        check(np.all(np.abs(back - W) <= np.asarray(s)[:, None] / 2 * (1 + 1e-9)), "each row's error must be at most its scale / 2",
              "<= scale/2 per row", np.abs(back - W).max(axis=1))

    def test_random_against_exact_integer_definition(self):
        """Random layers match a pure-Python integer accumulation"""
        rng = np.random.default_rng(2)
        for trial in range(4):
            out_f, in_f, n = int(rng.integers(1, 6)), int(rng.integers(1, 20)), int(rng.integers(1, 5))
            W, x, b = rng.normal(size=(out_f, in_f)), rng.normal(size=(n, in_f)) * 3, rng.normal(size=out_f)
            Wq, s = quantize_per_channel(W)
            check_equal(np.asarray(Wq), np.stack([_q(W[o], np.abs(W[o]).max() / 127) for o in range(out_f)]).astype(np.int8), "Wq (trial %d)" % trial)
            check_close(int8_linear(x, Wq, s, b), _expected_linear(x, np.asarray(Wq), s, b), ATOL, RTOL, "y (trial %d)" % trial)

    def test_zero_activations(self):
        """An all-zero input gives exactly the bias"""
        Wq, s = quantize_per_channel(np.array([[1.0, 2.0], [3.0, -4.0]]))
        check_close(int8_linear(np.zeros((2, 2)), Wq, s, bias=np.array([0.5, -0.5])), [[0.5, -0.5], [0.5, -0.5]], ATOL, RTOL, "y for x = 0")

    def test_activation_ties_round_to_even(self):
        """x = [127, 2.5] has scale 1, and 2.5 rounds to 2 in the activation quantization"""
        Wq = np.array([[0, 1]], dtype=np.int8)
        y = int8_linear(np.array([[127.0, 2.5]]), Wq, np.array([1.0]))
        check_close(y, [[2.0]], ATOL, RTOL, "y picks out the quantized 2.5")

    def test_invalid_inputs(self):
        """Non-int8 weights, mismatched shapes or non-positive scales raise ValueError"""
        Wq, s = quantize_per_channel(np.ones((2, 3)))
        with self.assertRaises(ValueError, msg="Wq given as int64"):
            int8_linear(np.ones((1, 3)), np.ones((2, 3), dtype=np.int64), s)
        with self.assertRaises(ValueError, msg="x with 4 features for in_features = 3"):
            int8_linear(np.ones((1, 4)), Wq, s)
        with self.assertRaises(ValueError, msg="w_scales of length 3"):
            int8_linear(np.ones((1, 3)), Wq, np.ones(3))
        with self.assertRaises(ValueError, msg="a zero scale"):
            int8_linear(np.ones((1, 3)), Wq, np.array([1.0, 0.0]))
        with self.assertRaises(ValueError, msg="bias of length 3"):
            int8_linear(np.ones((1, 3)), Wq, s, bias=np.zeros(3))
        with self.assertRaises(ValueError, msg="1-D W"):
            quantize_per_channel(np.ones(3))

    def test_inputs_not_modified(self):
        """W, x, Wq, scales and bias are left unchanged"""
        rng = np.random.default_rng(3)
        W, x, b = rng.normal(size=(3, 4)), rng.normal(size=(2, 4)), rng.normal(size=3)
        saved_W = W.copy()
        Wq, s = quantize_per_channel(W)
        Wq, s = np.asarray(Wq), np.asarray(s)
        saved = (x.copy(), Wq.copy(), s.copy(), b.copy())
        int8_linear(x, Wq, s, b)
        check_close(W, saved_W, 0, 0, "W after quantize_per_channel")
        for name, a, c in zip(("x", "Wq", "w_scales", "bias"), (x, Wq, s, b), saved):
            check_close(a, c, 0, 0, "%s after int8_linear" % name)


if __name__ == "__main__":
    unittest.main()
