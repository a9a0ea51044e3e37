import copy
import unittest

import numpy as np

from mlreps_check import check, check_close, check_raises
from solution import lion_step

ATOL, RTOL = 1e-12, 1e-10


def _sign(x):
    return 1.0 if x > 0 else (-1.0 if x < 0 else 0.0)


def _scalar_run(w0, grads, lr, b1, b2, wd):
    # Plain Python, one coordinate at a time, straight from the definition.
    w = list(w0)
    m = [0.0] * len(w)
    for g in grads:
        for k in range(len(w)):
            c = b1 * m[k] + (1 - b1) * g[k]
            w[k] = w[k] - lr * (_sign(c) + wd * w[k])
            m[k] = b2 * m[k] + (1 - b2) * g[k]
    return w, m


class HiddenTests(unittest.TestCase):
    def test_six_steps_match_scalar_loop(self):
        """Six chained steps on a 3x4 parameter with custom betas and decay match a scalar loop"""
        rng = np.random.default_rng(8)
        w0 = rng.normal(size=(3, 4))
        seq = [rng.normal(size=(3, 4)) * rng.uniform(0.01, 10) for _ in range(6)]
        w, m = w0, None
        for g in seq:
            w, m = lion_step(w, g, m, lr=0.03, beta1=0.7, beta2=0.95, weight_decay=0.2)
        ew, em = _scalar_run(w0.ravel().tolist(), [g.ravel().tolist() for g in seq], 0.03, 0.7, 0.95, 0.2)
        check_close(np.asarray(w).ravel(), ew, ATOL, RTOL, "w after 6 steps")
        check_close(np.asarray(m).ravel(), em, ATOL, RTOL, "m after 6 steps")

    def test_direction_uses_the_old_momentum(self):
        """The step follows beta1 * m_old + (1 - beta1) * g, not the new momentum"""
        # c = 0.9 * 1 + 0.1 * (-20) = -1.1 (step +lr); the new momentum 0.99 - 0.2 = 0.79 points the other way.
        w_new, m_new = lion_step(np.array([0.0]), np.array([-20.0]), np.array([1.0]), lr=0.1)
        check_close(w_new, [0.1], ATOL, RTOL, "w_new")
        check_close(m_new, [0.79], ATOL, RTOL, "m_new")

    def test_betas_have_different_roles(self):
        """beta1 picks the direction and beta2 the returned momentum; swapping them changes both"""
        # beta1 = 0.2: c = 0.2 * 1 + 0.8 * (-1) = -0.6 (step +lr); beta2 = 0.8: m_new = 0.8 - 0.2 = 0.6.
        w_new, m_new = lion_step([2.0], [-1.0], [1.0], lr=0.25, beta1=0.2, beta2=0.8)
        check_close(w_new, [2.25], ATOL, RTOL, "w_new with beta1=0.2, beta2=0.8")
        check_close(m_new, [0.6], ATOL, RTOL, "m_new with beta1=0.2, beta2=0.8")

    def test_sign_of_exact_zero_is_zero(self):
        """Where c is exactly 0 the parameter moves only by its decay"""
        # beta1 = 0.5, m = 1, g = -1 gives c = 0 exactly; so do m = 0 and g = 0.
        w = np.array([4.0, -4.0, 1.0])
        g = np.array([-1.0, 0.0, 3.0])
        m = np.array([1.0, 0.0, 1.0])
        w_new, m_new = lion_step(w, g, m, lr=0.1, beta1=0.5, beta2=0.5, weight_decay=0.25)
        check_close(w_new, [4.0 * 0.975, -4.0 * 0.975, 1.0 - 0.1 * (1.0 + 0.25)], ATOL, RTOL, "w_new where c = 0")
        check_close(m_new, [0.0, 0.0, 2.0], ATOL, RTOL, "m_new")

    def test_decay_is_decoupled(self):
        """Weight decay neither enters the sign nor the momentum"""
        # A large negative w with a small positive gradient: the step is still -lr, the decay adds lr * wd * 100.
        w_new, m_new = lion_step(np.array([-100.0]), np.array([0.1]), None, lr=0.01, weight_decay=0.1)
        check_close(w_new, [-100.0 - 0.01 * (1.0 + 0.1 * -100.0)], ATOL, RTOL, "w_new with w = -100, g = 0.1")
        check_close(m_new, [0.001], ATOL, RTOL, "m_new (the gradient alone)")

    def test_inputs_not_modified(self):
        """w, g and m are left unchanged"""
        rng = np.random.default_rng(3)
        w, g, m = rng.normal(size=(2, 5)), rng.normal(size=(2, 5)), rng.normal(size=(2, 5))
        saved = copy.deepcopy((w, g, m))
        w_new, m_new = lion_step(w, g, m, lr=0.1, weight_decay=0.3)
        check_close(w, saved[0], 0, 0, "w after the call")
        check_close(g, saved[1], 0, 0, "g after the call")
        check_close(m, saved[2], 0, 0, "m after the call")
        c = 0.9 * saved[2] + 0.1 * saved[1]
        check_close(w_new, saved[0] - 0.1 * (np.sign(c) + 0.3 * saved[0]), ATOL, RTOL, "w_new")
        check_close(m_new, 0.99 * saved[2] + 0.01 * saved[1], ATOL, RTOL, "m_new")

    def test_integer_and_list_inputs_give_float64(self):
        """Integer lists are accepted and both results are float64 arrays"""
        w_new, m_new = lion_step([[1, 2], [3, 4]], [[1, -1], [0, 2]], [[0, 0], [0, 0]], lr=0.5)
        for name, got in (("w_new", w_new), ("m_new", m_new)):
            check(isinstance(got, np.ndarray) and got.dtype == np.float64, "%s must be a float64 array" % name,
                  "float64", getattr(got, "dtype", type(got).__name__))
        check_close(w_new, [[0.5, 2.5], [3.0, 3.5]], ATOL, RTOL, "w_new from integer lists")
        check_close(m_new, [[0.01, -0.01], [0.0, 0.02]], ATOL, RTOL, "m_new from integer lists")

    def test_invalid_arguments_raise(self):
        """Mismatched shapes and out-of-range hyperparameters raise ValueError"""
        w = np.zeros(3)
        check_raises(ValueError, lion_step, w, np.zeros(4), None, 0.1, what="g of shape (4,) for w of shape (3,)")
        check_raises(ValueError, lion_step, w, np.zeros((3, 1)), None, 0.1, what="g of shape (3, 1) for w of shape (3,)")
        check_raises(ValueError, lion_step, w, np.zeros(3), np.zeros(2), 0.1, what="m of shape (2,) for w of shape (3,)")
        for kw, why in ((dict(lr=0.0), "lr=0"), (dict(lr=-0.1), "lr=-0.1"), (dict(lr=0.1, beta1=1.0), "beta1=1"),
                        (dict(lr=0.1, beta2=-0.1), "beta2=-0.1"), (dict(lr=0.1, beta2=1.5), "beta2=1.5"),
                        (dict(lr=0.1, weight_decay=-0.01), "weight_decay=-0.01")):
            check_raises(ValueError, lion_step, w, np.zeros(3), None, what="lion_step with %s" % why, **kw)


if __name__ == "__main__":
    unittest.main()
