import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import softmax_cross_entropy

ATOL, RTOL = 1e-9, 1e-7


def _row_loss(row, label):
    m = max(row)
    return m + math.log(sum(math.exp(v - m) for v in row)) - row[label]


class HiddenTests(unittest.TestCase):
    def test_gradient_matches_finite_differences(self):
        """dlogits agrees with central finite differences of the loss"""
        rng = np.random.default_rng(0)
        z = rng.normal(size=(5, 4)) * 2
        y = rng.integers(0, 4, size=5)
        _, grad = softmax_cross_entropy(z, y)
        h = 1e-6
        num = np.zeros_like(z)
        for idx in np.ndindex(z.shape):
            zp, zm = z.copy(), z.copy()
            zp[idx] += h
            zm[idx] -= h
            num[idx] = (softmax_cross_entropy(zp, y)[0] - softmax_cross_entropy(zm, y)[0]) / (2 * h)
        check_close(grad, num, 1e-7, 0, "dlogits vs finite differences")

    def test_loss_matches_row_loop(self):
        """The loss equals the mean of per-row logsumexp minus the true logit"""
        rng = np.random.default_rng(1)
        z = rng.normal(size=(20, 6)) * 10
        y = rng.integers(0, 6, size=20)
        expected = sum(_row_loss(z[i].tolist(), int(y[i])) for i in range(20)) / 20
        check_close(softmax_cross_entropy(z, y)[0], expected, ATOL, RTOL, "loss")

    def test_gradient_rows_sum_to_zero(self):
        """Each gradient row sums to 0 and its only negative entry is the true class"""
        rng = np.random.default_rng(2)
        z = rng.normal(size=(6, 5))
        y = rng.integers(0, 5, size=6)
        _, grad = softmax_cross_entropy(z, y)
        check_close(grad.sum(axis=1), np.zeros(6), 1e-12, 0, "row sums of dlogits")
        check(bool(np.all(np.argmin(grad, axis=1) == y)), "the true class must have the smallest gradient entry", y, np.argmin(grad, axis=1))

    def test_confidently_wrong_is_not_clipped(self):
        """A true class 1000 below the best gives loss about 1000 (no probability clipping)"""
        z = np.array([[0.0, -1000.0, 5.0], [3.0, 3.0, 3.0]])
        y = np.array([1, 0])
        expected = (_row_loss(z[0].tolist(), 1) + math.log(3)) / 2
        loss, grad = softmax_cross_entropy(z, y)
        check_close(loss, expected, ATOL, RTOL, "loss")
        check(bool(np.all(np.isfinite(grad))), "dlogits must be finite", "finite", grad)

    def test_shift_invariance(self):
        """Adding a constant to every logit of a row changes nothing"""
        rng = np.random.default_rng(3)
        z = rng.normal(size=(4, 3))
        y = rng.integers(0, 3, size=4)
        c = np.array([[500.0], [-700.0], [0.0], [1e4]])
        l1, g1 = softmax_cross_entropy(z, y)
        l2, g2 = softmax_cross_entropy(z + c, y)
        check_close(l2, l1, 1e-9, 1e-7, "loss after shifting rows")
        check_close(g2, g1, 1e-9, 1e-7, "dlogits after shifting rows")

    def test_single_class(self):
        """With one class the loss and gradient are 0"""
        loss, grad = softmax_cross_entropy(np.array([[3.0], [-2.0]]), np.array([0, 0]))
        check_close(loss, 0.0, ATOL, RTOL, "loss")
        check_close(grad, [[0.0], [0.0]], ATOL, RTOL, "dlogits")

    def test_mean_over_batch(self):
        """Duplicating the batch keeps the loss and halves each gradient row"""
        rng = np.random.default_rng(4)
        z = rng.normal(size=(3, 4))
        y = rng.integers(0, 4, size=3)
        l1, g1 = softmax_cross_entropy(z, y)
        l2, g2 = softmax_cross_entropy(np.vstack([z, z]), np.concatenate([y, y]))
        check_close(l2, l1, ATOL, RTOL, "loss on the doubled batch")
        check_shape(g2, (6, 4), "dlogits on the doubled batch")
        check_close(g2[:3], g1 / 2, ATOL, RTOL, "dlogits on the doubled batch")

    def test_inputs_not_modified(self):
        """logits and labels are unchanged by the call"""
        z = np.array([[1.0, 2.0], [3.0, -1.0]])
        y = np.array([1, 0])
        zs, ys = z.copy(), y.copy()
        softmax_cross_entropy(z, y)
        check_close(z, zs, 0, 0, "logits after the call")
        check(bool(np.array_equal(y, ys)), "labels must not be modified", ys, y)


if __name__ == "__main__":
    unittest.main()
