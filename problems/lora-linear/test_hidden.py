import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import lora_backward, lora_forward, merge_lora

ATOL, RTOL = 1e-9, 1e-7


def _fd(dy, x, W, b, A, B, alpha, which, h=1e-6):
    # Central differences of sum(dy * y), with y written out directly.
    def loss(x_, A_, B_):
        r = A_.shape[0]
        return float(np.sum(dy * (x_ @ W.T + b + (alpha / r) * (x_ @ A_.T) @ B_.T)))
    args = {"x": x.copy(), "A": A.copy(), "B": B.copy()}
    g = np.zeros_like(args[which])
    for idx in np.ndindex(g.shape):
        p = {k: v.copy() for k, v in args.items()}
        m = {k: v.copy() for k, v in args.items()}
        p[which][idx] += h
        m[which][idx] -= h
        g[idx] = (loss(p["x"], p["A"], p["B"]) - loss(m["x"], m["A"], m["B"])) / (2 * h)
    return g


class HiddenTests(unittest.TestCase):
    def test_scale_uses_rank(self):
        """Rank 4 with alpha 8: the update is scaled by 2, not 8"""
        rng = np.random.default_rng(2)
        x, W, b = rng.normal(size=(2, 6)), rng.normal(size=(3, 6)), np.zeros(3)
        A, B = rng.normal(size=(4, 6)), rng.normal(size=(3, 4))
        expected = x @ W.T + 2.0 * (x @ A.T) @ B.T
        check_close(lora_forward(x, W, b, A, B, 8.0), expected, ATOL, RTOL, "lora_forward with r=4, alpha=8")

    def test_zero_initialised_b(self):
        """With B = 0 (the usual initialisation) the output is the frozen layer, dA is 0 and dB is not"""
        rng = np.random.default_rng(3)
        x, W, b = rng.normal(size=(3, 4)), rng.normal(size=(5, 4)), rng.normal(size=5)
        A, B = rng.normal(size=(2, 4)), np.zeros((5, 2))
        dy = rng.normal(size=(3, 5))
        check_close(lora_forward(x, W, b, A, B, 16.0), x @ W.T + b, ATOL, RTOL, "output with B = 0")
        got = lora_backward(dy, x, W, A, B, 16.0)
        check_close(got["dA"], np.zeros((2, 4)), 0, 0, "dA with B = 0")
        check_close(got["dB"], _fd(dy, x, W, b, A, B, 16.0, "B"), 1e-6, 1e-5, "dB with B = 0")
        check(np.abs(np.asarray(got["dB"])).max() > 0, "dB must be non-zero when B = 0", "non-zero", got["dB"])

    def test_square_layer_gradients(self):
        """A square layer (in = out = 3), rank 3: all gradients match finite differences"""
        rng = np.random.default_rng(4)
        x, W, b = rng.normal(size=(4, 3)), rng.normal(size=(3, 3)), rng.normal(size=3)
        A, B = rng.normal(size=(3, 3)), rng.normal(size=(3, 3))
        dy = rng.normal(size=(4, 3))
        got = lora_backward(dy, x, W, A, B, 1.5)
        for key, which in (("dx", "x"), ("dA", "A"), ("dB", "B")):
            check_close(got[key], _fd(dy, x, W, b, A, B, 1.5, which), 1e-6, 1e-5, "%s (square layer)" % key)
        merged = np.asarray(merge_lora(W, A, B, 1.5))
        check_close(x @ merged.T + b, lora_forward(x, W, b, A, B, 1.5), ATOL, RTOL, "merged square layer")

    def test_shapes_of_gradients(self):
        """Gradients have the shapes of x, A and B"""
        rng = np.random.default_rng(5)
        x, W, A, B = rng.normal(size=(7, 6)), rng.normal(size=(2, 6)), rng.normal(size=(1, 6)), rng.normal(size=(2, 1))
        got = lora_backward(rng.normal(size=(7, 2)), x, W, A, B, 1.0)
        check_shape(got["dx"], (7, 6), "dx")
        check_shape(got["dA"], (1, 6), "dA")
        check_shape(got["dB"], (2, 1), "dB")

    def test_list_inputs(self):
        """Nested lists of ints give float64 results"""
        y = lora_forward([[1, 2]], [[1, 0], [0, 1]], [0, 0], [[1, 1]], [[1], [0]], 1)
        check(np.asarray(y).dtype == np.float64, "y must be float64", "float64", np.asarray(y).dtype)
        check_close(y, [[4.0, 2.0]], ATOL, RTOL, "lora_forward on lists")
        check_close(merge_lora([[1, 0], [0, 1]], [[1, 1]], [[1], [0]], 1), [[2.0, 1.0], [0.0, 1.0]], ATOL, RTOL, "merge_lora on lists")

    def test_shape_errors(self):
        """A of the wrong width, B of the wrong rank, or x of the wrong width raise ValueError"""
        W, b = np.zeros((3, 4)), np.zeros(3)
        with self.assertRaises(ValueError, msg="A of shape (2, 5) for in = 4"):
            lora_forward(np.zeros((1, 4)), W, b, np.zeros((2, 5)), np.zeros((3, 2)), 1.0)
        with self.assertRaises(ValueError, msg="B of shape (3, 3) for r = 2"):
            merge_lora(W, np.zeros((2, 4)), np.zeros((3, 3)), 1.0)
        with self.assertRaises(ValueError, msg="x of shape (1, 3) for in = 4"):
            lora_backward(np.zeros((1, 3)), np.zeros((1, 3)), W, np.zeros((2, 4)), np.zeros((3, 2)), 1.0)

    def test_bias_of_the_wrong_shape_raises(self):
        """A bias that would only broadcast ((1,), (1, out) or a scalar) raises ValueError"""
        W, A, B, x = np.ones((3, 4)), np.ones((2, 4)), np.ones((3, 2)), np.ones((2, 4))
        for b, why in ((np.zeros(1), "b of shape (1,) for out = 3"), (np.zeros((1, 3)), "b of shape (1, 3)"), (np.float64(0.5), "a scalar b")):
            with self.assertRaises(ValueError, msg=why):
                lora_forward(x, W, b, A, B, 1.0)

    def test_inputs_not_modified(self):
        """W, A, B, x and dy are left unchanged (merge_lora returns a new matrix)"""
        rng = np.random.default_rng(6)
        x, W, b, A, B, dy = (rng.normal(size=s) for s in ((2, 3), (3, 3), (3,), (1, 3), (3, 1), (2, 3)))
        saved = [a.copy() for a in (x, W, b, A, B, dy)]
        merged = merge_lora(W, A, B, 2.0)
        lora_forward(x, W, b, A, B, 2.0)
        lora_backward(dy, x, W, A, B, 2.0)
        for name, a, s in zip(("x", "W", "b", "A", "B", "dy"), (x, W, b, A, B, dy), saved):
            check_close(a, s, 0, 0, "%s after the calls" % name)
        check(merged is not W, "merge_lora must return a new array", "a new array", "W itself")


if __name__ == "__main__":
    unittest.main()
