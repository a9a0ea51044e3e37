import math
import unittest

import numpy as np

from mlreps_check import check, check_close
from solution import label_smoothing_ce

ATOL, RTOL = 1e-9, 1e-7


def _loop(logits, targets, eps, ignore):
    N, K = len(logits), len(logits[0])
    rows = [i for i in range(N) if targets[i] != ignore]
    loss, grad = 0.0, [[0.0] * K for _ in range(N)]
    for i in rows:
        m = max(logits[i])
        lse = m + math.log(sum(math.exp(v - m) for v in logits[i]))
        for k in range(K):
            q = eps / K + (1 - eps) * (k == targets[i])
            loss -= q * (logits[i][k] - lse)
            grad[i][k] = (math.exp(logits[i][k] - lse) - q) / len(rows)
    return (loss / len(rows) if rows else 0.0), grad


class HiddenTests(unittest.TestCase):
    def test_random_with_ignored_rows(self):
        """Random logits, several epsilons, some ignored rows: loss and gradient match a loop"""
        rng = np.random.default_rng(0)
        for eps in (0.0, 0.1, 0.5, 1.0):
            logits = rng.normal(size=(6, 5)) * 3
            targets = rng.integers(0, 5, size=6)
            targets[[1, 4]] = -100
            loss, grad = label_smoothing_ce(logits, targets, epsilon=eps)
            el, eg = _loop(logits.tolist(), targets.tolist(), eps, -100)
            check_close(loss, el, ATOL, RTOL, "loss (epsilon %g)" % eps)
            check_close(grad, eg, ATOL, RTOL, "grad (epsilon %g)" % eps)

    def test_rows_of_very_different_magnitude(self):
        """Rows around 1e4 and around 0 in one batch: finite and exact"""
        logits = np.array([[1e4, 1e4 - 2.0, 1e4 - 800.0], [0.5, -0.5, 0.0]])
        loss, grad = label_smoothing_ce(logits, np.array([2, 0]), epsilon=0.1)
        el, eg = _loop(logits.tolist(), [2, 0], 0.1, -100)
        check(math.isfinite(loss), "loss must be finite", "finite", loss)
        check_close(loss, el, 1e-7, 1e-9, "loss with mixed magnitudes")
        check_close(grad, eg, ATOL, RTOL, "grad with mixed magnitudes")

    def test_custom_ignore_index_and_all_ignored(self):
        """ignore_index=0 ignores class-0 rows; a batch of only ignored rows gives (0.0, zeros)"""
        logits = np.array([[1.0, 2.0, 3.0], [3.0, 2.0, 1.0]])
        loss, grad = label_smoothing_ce(logits, np.array([0, 2]), epsilon=0.2, ignore_index=0)
        el, eg = _loop(logits.tolist(), [0, 2], 0.2, 0)
        check_close(loss, el, ATOL, RTOL, "loss with ignore_index=0")
        check_close(grad, eg, ATOL, RTOL, "grad with ignore_index=0")
        loss, grad = label_smoothing_ce(logits, np.array([-100, -100]))
        check_close(loss, 0.0, 0, 0, "loss with every row ignored")
        check_close(grad, np.zeros((2, 3)), 0, 0, "grad with every row ignored")

    def test_gradient_by_finite_differences(self):
        """The gradient matches central finite differences of the loss"""
        rng = np.random.default_rng(1)
        logits = rng.normal(size=(3, 4))
        targets = np.array([1, -100, 3])
        _, grad = label_smoothing_ce(logits, targets, epsilon=0.25)
        num = np.zeros_like(logits)
        for idx in np.ndindex(logits.shape):
            p, m = logits.copy(), logits.copy()
            p[idx] += 1e-6
            m[idx] -= 1e-6
            num[idx] = (_loop(p.tolist(), targets.tolist(), 0.25, -100)[0] - _loop(m.tolist(), targets.tolist(), 0.25, -100)[0]) / 2e-6
        check_close(grad, num, 1e-6, 1e-5, "grad vs finite differences")

    def test_list_inputs_and_types(self):
        """Lists are accepted; loss is a float and grad float64"""
        loss, grad = label_smoothing_ce([[0, 1], [1, 0]], [1, 1], epsilon=0.5)
        check(isinstance(loss, float), "loss must be a Python float", "float", type(loss).__name__)
        check(np.asarray(grad).dtype == np.float64, "grad must be float64", "float64", np.asarray(grad).dtype)
        check_close(loss, _loop([[0, 1], [1, 0]], [1, 1], 0.5, -100)[0], ATOL, RTOL, "loss on lists")

    def test_invalid_inputs(self):
        """A target of K, a negative target that is not ignore_index, float targets or a bad epsilon raise ValueError"""
        z = np.zeros((2, 3))
        for t, kw, why in [([0, 3], {}, "target 3 with K=3"), ([0, -1], {}, "target -1"), ([0.0, 1.0], {}, "float targets"),
                           ([0, 1], {"epsilon": 1.5}, "epsilon 1.5"), ([0, 1, 2], {}, "3 targets for 2 rows")]:
            with self.assertRaises(ValueError, msg=why):
                label_smoothing_ce(z, np.array(t), **kw)

    def test_inputs_not_modified(self):
        """logits and targets are left unchanged"""
        logits, targets = np.array([[1.0, 2.0], [0.0, 5.0]]), np.array([1, -100])
        label_smoothing_ce(logits, targets)
        check_close(logits, [[1.0, 2.0], [0.0, 5.0]], 0, 0, "logits after the call")
        check_close(targets, [1, -100], 0, 0, "targets after the call")


if __name__ == "__main__":
    unittest.main()
