import math
import unittest

import numpy as np

from mlreps_check import check, check_close
from solution import triplet_margin_loss

ATOL, RTOL = 1e-9, 1e-7


def _loss(a, p, n, m):
    return sum(max(0.0, math.dist(x, y) - math.dist(x, z) + m) for x, y, z in zip(a, p, n)) / len(a)


def _numeric(a, p, n, m, h=1e-6):
    arrs = [np.array(v, dtype=float) for v in (a, p, n)]
    out = []
    for w in range(3):
        g = np.zeros_like(arrs[w])
        for idx in np.ndindex(g.shape):
            pl = [x.copy() for x in arrs]
            mi = [x.copy() for x in arrs]
            pl[w][idx] += h
            mi[w][idx] -= h
            g[idx] = (_loss(*[x.tolist() for x in pl], m) - _loss(*[x.tolist() for x in mi], m)) / (2 * h)
        out.append(g)
    return out


class HiddenTests(unittest.TestCase):
    def test_random_batch_finite_differences(self):
        """A random batch where most triplets are active: all gradients match finite differences"""
        rng = np.random.default_rng(0)
        a, p, n = rng.normal(size=(6, 3)), rng.normal(size=(6, 3)), rng.normal(size=(6, 3))
        loss, dA, dP, dN = triplet_margin_loss(a, p, n, margin=0.8)
        check_close(loss, _loss(a.tolist(), p.tolist(), n.tolist(), 0.8), ATOL, RTOL, "loss")
        for name, g, e in zip(("dA", "dP", "dN"), (dA, dP, dN), _numeric(a, p, n, 0.8)):
            check_close(g, e, 1e-6, 1e-5, "%s vs finite differences" % name)

    def test_mean_over_all_triplets(self):
        """Inactive triplets still count in the denominator"""
        a = np.zeros((4, 1))
        p = np.array([[1.0], [0.1], [0.1], [0.1]])
        n = np.array([[1.0], [9.0], [9.0], [9.0]])
        loss, _, _, _ = triplet_margin_loss(a, p, n, margin=1.0)
        check_close(loss, 0.25, ATOL, RTOL, "loss with one active triplet of four")

    def test_anchor_equals_positive(self):
        """a == p: d_ap = 0 gives no nan; only the negative term moves"""
        loss, dA, dP, dN = triplet_margin_loss([[1.0, 1.0]], [[1.0, 1.0]], [[1.0, 1.5]], margin=1.0)
        for name, g in (("dA", dA), ("dP", dP), ("dN", dN)):
            check(np.all(np.isfinite(g)), "%s must be finite when a == p" % name, "finite", g)
        check_close(loss, 0.5, ATOL, RTOL, "loss")
        check_close(dA, [[0.0, 1.0]], ATOL, RTOL, "dA")
        check_close(dP, [[0.0, 0.0]], ATOL, RTOL, "dP")

    def test_hinge_exactly_zero(self):
        """d_ap - d_an + margin == 0 exactly: zero loss and zero gradient"""
        loss, dA, dP, dN = triplet_margin_loss([[0.0, 0.0]], [[3.0, 4.0]], [[6.0, 0.0]], margin=1.0)
        check_close(loss, 0.0, 0, 0, "loss at the hinge")
        check_close(dA, [[0.0, 0.0]], 0, 0, "dA at the hinge")

    def test_zero_margin_and_lists(self):
        """margin 0 with list inputs; gradients are float64"""
        loss, dA, _, _ = triplet_margin_loss([[0, 0]], [[0, 2]], [[1, 0]], margin=0.0)
        check_close(loss, 1.0, ATOL, RTOL, "loss with margin 0")
        check(np.asarray(dA).dtype == np.float64, "dA must be float64", "float64", np.asarray(dA).dtype)
        check_close(dA, [[1.0, -1.0]], ATOL, RTOL, "dA with margin 0")

    def test_invalid_inputs(self):
        """Mismatched shapes or a negative margin raise ValueError"""
        with self.assertRaises(ValueError, msg="negative of shape (2, 3)"):
            triplet_margin_loss(np.zeros((2, 2)), np.zeros((2, 2)), np.zeros((2, 3)))
        with self.assertRaises(ValueError, msg="margin -1"):
            triplet_margin_loss(np.zeros((1, 2)), np.zeros((1, 2)), np.ones((1, 2)), margin=-1.0)
        with self.assertRaises(ValueError, msg="1-D inputs"):
            triplet_margin_loss(np.zeros(2), np.zeros(2), np.ones(2))

    def test_inputs_not_modified(self):
        """anchor, positive and negative are left unchanged"""
        a, p, n = np.array([[0.0, 1.0]]), np.array([[2.0, 1.0]]), np.array([[0.0, 1.5]])
        triplet_margin_loss(a, p, n)
        check_close(a, [[0.0, 1.0]], 0, 0, "anchor")
        check_close(p, [[2.0, 1.0]], 0, 0, "positive")
        check_close(n, [[0.0, 1.5]], 0, 0, "negative")


if __name__ == "__main__":
    unittest.main()
