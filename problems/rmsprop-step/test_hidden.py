import copy
import math
import unittest

import numpy as np

from mlreps_check import check, check_close
from solution import rmsprop_step

ATOL, RTOL = 1e-12, 1e-9


def _scalar_run(w0, grads, lr, alpha, eps, momentum, centered):
    w = list(w0)
    n = len(w)
    sq, avg, buf = [0.0] * n, [0.0] * n, [0.0] * n
    for g in grads:
        for k in range(n):
            sq[k] = alpha * sq[k] + (1 - alpha) * g[k] ** 2
            if centered:
                avg[k] = alpha * avg[k] + (1 - alpha) * g[k]
                d = math.sqrt(sq[k] - avg[k] ** 2) + eps
            else:
                d = math.sqrt(sq[k]) + eps
            if momentum > 0:
                buf[k] = momentum * buf[k] + g[k] / d
                w[k] -= lr * buf[k]
            else:
                w[k] -= lr * g[k] / d
    return w, sq, avg, buf


class HiddenTests(unittest.TestCase):
    def _run(self, momentum, centered, seed):
        rng = np.random.default_rng(seed)
        w0 = rng.normal(size=(2, 3))
        seq = [rng.normal(size=(2, 3)) for _ in range(6)]
        w, state = w0, None
        for g in seq:
            w, state = rmsprop_step(w, g, state, lr=0.02, alpha=0.8, eps=1e-6, momentum=momentum, centered=centered)
        ew, esq, eavg, ebuf = _scalar_run(w0.ravel().tolist(), [g.ravel().tolist() for g in seq], 0.02, 0.8, 1e-6, momentum, centered)
        what = "momentum=%g, centered=%s" % (momentum, centered)
        check_close(np.asarray(w).ravel(), ew, ATOL, RTOL, "w after 6 steps (%s)" % what)
        check_close(np.asarray(state["sq"]).ravel(), esq, ATOL, RTOL, "state['sq'] (%s)" % what)
        check_close(np.asarray(state["buf"]).ravel(), ebuf, ATOL, RTOL, "state['buf'] (%s)" % what)
        if centered:
            check_close(np.asarray(state["avg"]).ravel(), eavg, ATOL, RTOL, "state['avg'] (%s)" % what)

    def test_plain_six_steps(self):
        """Six plain steps on a 2x3 parameter match a scalar loop"""
        self._run(0.0, False, 1)

    def test_momentum_six_steps(self):
        """Six steps with momentum 0.9: the buffer holds scaled gradients"""
        self._run(0.9, False, 2)

    def test_centered_with_momentum(self):
        """Six centered steps with momentum 0.5"""
        self._run(0.5, True, 3)

    def test_zero_gradient_coordinate(self):
        """A coordinate whose gradient is always 0 does not move (no nan from 0/eps)"""
        w, state = np.array([1.0, 2.0]), None
        for _ in range(3):
            w, state = rmsprop_step(w, np.array([0.0, 1.0]), state, lr=0.1, momentum=0.9, centered=True)
        check(np.all(np.isfinite(w)), "w must stay finite", "finite values", w)
        check_close(np.asarray(w)[0], 1.0, 0, 0, "the coordinate with zero gradient")

    def test_state_not_modified(self):
        """The state passed in (and w, g) are left unchanged"""
        rng = np.random.default_rng(4)
        w, g = rng.normal(size=3), rng.normal(size=3)
        _, state = rmsprop_step(w, g, None, momentum=0.9, centered=True)
        saved = copy.deepcopy((w, g, state))
        rmsprop_step(w, g, state, momentum=0.9, centered=True)
        check_close(w, saved[0], 0, 0, "w after the call")
        check_close(g, saved[1], 0, 0, "g after the call")
        for key in ("sq", "avg", "buf"):
            check_close(state[key], saved[2][key], 0, 0, "state[%r] after the call" % key)

    def test_lists_and_errors(self):
        """Lists give float64; mismatched shapes or bad hyper-parameters raise ValueError"""
        w1, _ = rmsprop_step([1, 2], [1, 1], None, lr=0.1, alpha=0.0)
        check(np.asarray(w1).dtype == np.float64, "w_new must be float64", "float64", np.asarray(w1).dtype)
        check_close(w1, [1 - 0.1 / (1 + 1e-8), 2 - 0.1 / (1 + 1e-8)], ATOL, RTOL, "w after a step with alpha=0")
        with self.assertRaises(ValueError, msg="g of shape (3,) for w of shape (2,)"):
            rmsprop_step(np.ones(2), np.ones(3), None)
        with self.assertRaises(ValueError, msg="alpha=1"):
            rmsprop_step(np.ones(2), np.ones(2), None, alpha=1.0)
        with self.assertRaises(ValueError, msg="lr=0"):
            rmsprop_step(np.ones(2), np.ones(2), None, lr=0.0)


if __name__ == "__main__":
    unittest.main()
