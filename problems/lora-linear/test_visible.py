import unittest

import numpy as np

from mlreps_check import check_close, check_shape
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


class VisibleTests(unittest.TestCase):
    def test_forward_example(self):
        """The README example: rank 1, alpha 2"""
        W = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
        y = lora_forward([[1.0, 2.0, 3.0]], W, np.zeros(2), [[1.0, 1.0, 1.0]], [[0.5], [-1.0]], 2.0)
        check_close(y, [[1.0 + 2.0 * 6.0 * 0.5, 2.0 - 2.0 * 6.0]], ATOL, RTOL, "lora_forward")

    def test_merge_matches_forward(self):
        """x @ merge_lora(...).T + b equals lora_forward for a random rank-2 adapter"""
        rng = np.random.default_rng(0)
        x, W, b = rng.normal(size=(4, 5)), rng.normal(size=(3, 5)), rng.normal(size=3)
        A, B = rng.normal(size=(2, 5)), rng.normal(size=(3, 2))
        merged = merge_lora(W, A, B, 8.0)
        check_shape(merged, (3, 5), "merge_lora")
        check_close(x @ np.asarray(merged).T + b, lora_forward(x, W, b, A, B, 8.0), ATOL, RTOL, "merged layer vs lora_forward")

    def test_backward_finite_differences(self):
        """dx, dA and dB match finite differences for a random rank-2 adapter"""
        rng = np.random.default_rng(1)
        x, W, b = rng.normal(size=(3, 4)), rng.normal(size=(2, 4)), rng.normal(size=2)
        A, B = rng.normal(size=(2, 4)), rng.normal(size=(2, 2))
        dy = rng.normal(size=(3, 2))
        got = lora_backward(dy, x, W, A, B, 4.0)
        for key, which in (("dx", "x"), ("dA", "A"), ("dB", "B")):
            check_close(got[key], _fd(dy, x, W, b, A, B, 4.0, which), 1e-6, 1e-5, "%s vs finite differences" % key)


if __name__ == "__main__":
    unittest.main()
