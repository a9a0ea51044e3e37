import math
import unittest

import numpy as np

from mlreps_check import check, check_close
from solution import focal_loss

ATOL, RTOL = 1e-9, 1e-7


def _fl_and_grad(z, y, a, g):
    # Stable scalar reference through z_t; gradient derived by hand and cross-checked by differences in the visible tests.
    s = 1.0 if y == 1 else -1.0
    zt = s * z
    log_pt = -(max(0.0, -zt) + math.log1p(math.exp(-abs(zt))))
    log_q = -(max(0.0, zt) + math.log1p(math.exp(-abs(zt))))
    pt, q = math.exp(log_pt), math.exp(log_q)
    at = a if y == 1 else 1 - a
    return -at * q ** g * log_pt, s * at * q ** g * (g * pt * log_pt - q)


def _expected(z, y, a, g):
    vals = [_fl_and_grad(float(v), int(t), a, g) for v, t in zip(np.ravel(z), np.ravel(y))]
    n = len(vals)
    return sum(v[0] for v in vals) / n, np.array([v[1] / n for v in vals]).reshape(np.shape(z))


class HiddenTests(unittest.TestCase):
    def test_extreme_logits_are_finite(self):
        """Logits of +-1000 on both classes: finite loss and gradient, exact values"""
        z = np.array([1000.0, -1000.0, 1000.0, -1000.0])
        y = np.array([1, 1, 0, 0])
        loss, grad = focal_loss(z, y, alpha=0.25, gamma=2.0)
        check(math.isfinite(loss) and np.all(np.isfinite(grad)), "loss and grad must be finite", "finite", (loss, grad))
        el, eg = _expected(z, y, 0.25, 2.0)
        check_close(loss, el, 1e-9, 1e-9, "loss at +-1000")
        check_close(grad, eg, ATOL, RTOL, "grad at +-1000")

    def test_random_2d_with_fractional_gamma(self):
        """A random 4x5 batch with gamma 0.5 and alpha 0.8"""
        rng = np.random.default_rng(1)
        z, y = rng.normal(size=(4, 5)) * 4, rng.integers(0, 2, size=(4, 5))
        loss, grad = focal_loss(z, y, alpha=0.8, gamma=0.5)
        el, eg = _expected(z, y, 0.8, 0.5)
        check_close(loss, el, ATOL, RTOL, "loss")
        check_close(grad, eg, ATOL, RTOL, "grad")

    def test_alpha_weights_classes(self):
        """alpha weights positives, 1 - alpha negatives: swapping labels and logits with alpha -> 1 - alpha gives the same loss"""
        rng = np.random.default_rng(2)
        z, y = rng.normal(size=8), rng.integers(0, 2, size=8)
        a, _ = focal_loss(z, y, alpha=0.2, gamma=2.0)
        b, _ = focal_loss(-z, 1 - y, alpha=0.8, gamma=2.0)
        check_close(a, b, ATOL, RTOL, "loss after swapping the classes")
        el, _ = _expected(z, y, 0.2, 2.0)
        check_close(a, el, ATOL, RTOL, "loss with alpha 0.2")

    def test_mean_over_all_elements(self):
        """The mean is over every element, not over the positives"""
        z, y = np.array([0.0, 0.0, 0.0, 0.0]), np.array([1, 0, 0, 0])
        loss, _ = focal_loss(z, y, alpha=0.25, gamma=2.0)
        per = 0.25 * math.log(2)
        check_close(loss, (0.25 * per + 3 * 0.75 * per) / 4, ATOL, RTOL, "loss with one positive of four")

    def test_bool_and_float_targets(self):
        """Bool and float 0/1 targets are accepted"""
        z = np.array([0.3, -1.2])
        a, _ = focal_loss(z, np.array([True, False]))
        b, _ = focal_loss(z, np.array([1.0, 0.0]))
        el, _ = _expected(z, [1, 0], 0.25, 2.0)
        check_close(a, el, ATOL, RTOL, "loss with bool targets")
        check_close(b, el, ATOL, RTOL, "loss with float targets")

    def test_invalid_inputs(self):
        """Mismatched shapes, a target of 2, or bad alpha/gamma raise ValueError"""
        for args, kw, why in [((np.zeros(3), np.zeros(2)), {}, "3 logits, 2 targets"), ((np.zeros(2), np.array([0, 2])), {}, "target 2"),
                              ((np.zeros(2), np.zeros(2)), {"alpha": 1.5}, "alpha 1.5"), ((np.zeros(2), np.zeros(2)), {"gamma": -1.0}, "gamma -1")]:
            with self.assertRaises(ValueError, msg=why):
                focal_loss(*args, **kw)

    def test_soft_or_negative_targets_raise(self):
        """A soft target 0.5 or a target -1 raises ValueError (targets are 0 or 1 only)"""
        for y, why in ((np.array([0.0, 0.5]), "target 0.5"), (np.array([1, -1]), "target -1"), (np.array([0.999, 1.0]), "target 0.999")):
            with self.assertRaises(ValueError, msg=why):
                focal_loss(np.zeros(2), y)

    def test_inputs_not_modified(self):
        """logits and targets are left unchanged"""
        z, y = np.array([1.0, -2.0]), np.array([1, 0])
        focal_loss(z, y)
        check_close(z, [1.0, -2.0], 0, 0, "logits after the call")
        check_close(y, [1, 0], 0, 0, "targets after the call")


if __name__ == "__main__":
    unittest.main()
