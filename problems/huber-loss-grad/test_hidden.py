import unittest

import numpy as np

from mlreps_check import check_close
from solution import huber_loss

ATOL, RTOL = 1e-9, 1e-9


def _loop(p, t, d, w):
    tot = sum(w)
    loss, grad = 0.0, []
    for pi, ti, wi in zip(p, t, w):
        r = pi - ti
        if abs(r) <= d:
            loss += wi * 0.5 * r * r
            grad.append(wi * r / tot)
        else:
            loss += wi * d * (abs(r) - 0.5 * d)
            grad.append(wi * d * (1 if r > 0 else -1) / tot)
    return loss / tot, grad


class HiddenTests(unittest.TestCase):
    def test_random_2d_with_weights(self):
        """A random 3x4 batch with delta 0.7 and random weights matches a loop"""
        rng = np.random.default_rng(0)
        p, t, w = rng.normal(size=(3, 4)) * 2, rng.normal(size=(3, 4)), rng.uniform(0, 3, size=(3, 4))
        loss, grad = huber_loss(p, t, delta=0.7, sample_weight=w)
        el, eg = _loop(p.ravel().tolist(), t.ravel().tolist(), 0.7, w.ravel().tolist())
        check_close(loss, el, ATOL, RTOL, "loss")
        check_close(np.asarray(grad).ravel(), eg, ATOL, RTOL, "grad")

    def test_continuity_at_delta(self):
        """At |r| = delta (3) both branches give 4.5; just beyond, the slope stays delta"""
        loss, grad = huber_loss([3.0, -3.0], [0.0, 0.0], delta=3.0)
        check_close(loss, 4.5, ATOL, RTOL, "loss at |r| = delta")
        check_close(grad, [1.5, -1.5], ATOL, RTOL, "grad at |r| = delta")
        loss, grad = huber_loss([3.5], [0.0], delta=3.0)
        check_close(loss, 3.0 * (3.5 - 1.5), ATOL, RTOL, "loss just beyond delta")

    def test_outliers_have_bounded_gradient(self):
        """Residuals of +-1e6 give gradients of +-delta / n, not +-1e6 / n"""
        loss, grad = huber_loss([1e6, -1e6, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0], delta=0.5)
        check_close(grad, [0.125, -0.125, 0.0, 0.0], ATOL, RTOL, "grad with outliers")
        check_close(loss, 2 * 0.5 * (1e6 - 0.25) / 4, ATOL, RTOL, "loss with outliers")

    def test_zero_weights_drop_elements(self):
        """An element with weight 0 contributes nothing"""
        loss, grad = huber_loss([10.0, 1.0], [0.0, 0.0], delta=1.0, sample_weight=[0.0, 2.0])
        check_close(loss, 0.5, ATOL, RTOL, "loss")
        check_close(grad, [0.0, 1.0], ATOL, RTOL, "grad")

    def test_integer_lists(self):
        """Integer lists are accepted; grad is float64"""
        loss, grad = huber_loss([1, 5], [0, 0], delta=2)
        check_close(loss, (0.5 + 2 * (5 - 1)) / 2, ATOL, RTOL, "loss on ints")
        check_close(grad, [0.5, 1.0], ATOL, RTOL, "grad on ints")

    def test_invalid_inputs(self):
        """Mismatched shapes, delta <= 0, negative or all-zero weights raise ValueError"""
        for args, kw, why in [(([1.0, 2.0], [1.0]), {}, "2 predictions, 1 target"), (([1.0], [1.0]), {"delta": 0.0}, "delta 0"),
                              (([1.0, 2.0], [0.0, 0.0]), {"sample_weight": [1.0, -1.0]}, "a negative weight"),
                              (([1.0, 2.0], [0.0, 0.0]), {"sample_weight": [0.0, 0.0]}, "all weights zero")]:
            with self.assertRaises(ValueError, msg=why):
                huber_loss(*args, **kw)

    def test_weights_of_another_shape_raise(self):
        """Weights must have the shape of pred: a (2,) weight for a (2, 2) pred raises ValueError, no broadcasting"""
        p, t = np.array([[1.0, 2.0], [3.0, 4.0]]), np.zeros((2, 2))
        for w, why in (([1.0, 2.0], "weights (2,) for pred (2, 2)"), ([[1.0, 2.0, 3.0, 4.0]], "weights (1, 4) for pred (2, 2)"), (2.0, "a scalar weight")):
            with self.assertRaises(ValueError, msg=why):
                huber_loss(p, t, sample_weight=w)

    def test_inputs_not_modified(self):
        """pred, target and weights are left unchanged"""
        p, t, w = np.array([3.0, 0.1]), np.array([0.0, 0.0]), np.array([1.0, 2.0])
        huber_loss(p, t, sample_weight=w)
        check_close(p, [3.0, 0.1], 0, 0, "pred")
        check_close(t, [0.0, 0.0], 0, 0, "target")
        check_close(w, [1.0, 2.0], 0, 0, "sample_weight")


if __name__ == "__main__":
    unittest.main()
