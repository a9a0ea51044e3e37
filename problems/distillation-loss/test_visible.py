import math
import unittest

import numpy as np

from mlreps_check import check_close
from solution import distillation_loss

ATOL, RTOL = 1e-9, 1e-7


def _lsm(row):
    m = max(row)
    lse = m + math.log(sum(math.exp(v - m) for v in row))
    return [v - lse for v in row]


def _loss(s, t, y, T, a):
    N = len(s)
    soft = hard = 0.0
    for i in range(N):
        ls = _lsm([v / T for v in s[i]])
        lt = _lsm([v / T for v in t[i]])
        soft += sum(math.exp(b) * (b - c) for b, c in zip(lt, ls))
        hard -= _lsm(list(s[i]))[y[i]]
    return a * T * T * soft / N + (1 - a) * hard / N


def _numeric(s, t, y, T, a, h=1e-6):
    s = np.array(s, dtype=float)
    g = np.zeros_like(s)
    for idx in np.ndindex(s.shape):
        p, m = s.copy(), s.copy()
        p[idx] += h
        m[idx] -= h
        g[idx] = (_loss(p.tolist(), t, y, T, a) - _loss(m.tolist(), t, y, T, a)) / (2 * h)
    return g


class VisibleTests(unittest.TestCase):
    def test_readme_example(self):
        """One row, three classes, T = 2, alpha = 0.5"""
        s, t, y = [[1.0, 0.0, -1.0]], [[2.0, 2.0, 0.0]], [0]
        loss, grad = distillation_loss(np.array(s), np.array(t), np.array(y), T=2.0, alpha=0.5)
        check_close(loss, _loss(s, t, y, 2.0, 0.5), ATOL, RTOL, "loss")
        check_close(grad, _numeric(s, t, y, 2.0, 0.5), 1e-6, 1e-5, "grad vs finite differences")

    def test_alpha_zero_is_cross_entropy(self):
        """alpha 0 leaves only the cross-entropy with the labels"""
        s, t, y = [[2.0, 1.0], [0.0, 3.0]], [[9.0, 0.0], [0.0, 9.0]], [1, 1]
        loss, _ = distillation_loss(np.array(s), np.array(t), np.array(y), T=3.0, alpha=0.0)
        expected = (math.log(1 + math.exp(1.0)) + math.log(1 + math.exp(-3.0))) / 2
        check_close(loss, expected, ATOL, RTOL, "loss with alpha 0")

    def test_random_batch(self):
        """A random 4x5 batch with T = 4 and alpha = 0.7"""
        rng = np.random.default_rng(0)
        s, t, y = rng.normal(size=(4, 5)) * 2, rng.normal(size=(4, 5)) * 3, rng.integers(0, 5, size=4)
        loss, grad = distillation_loss(s, t, y, T=4.0, alpha=0.7)
        check_close(loss, _loss(s.tolist(), t.tolist(), y.tolist(), 4.0, 0.7), ATOL, RTOL, "loss")
        check_close(grad, _numeric(s, t.tolist(), y.tolist(), 4.0, 0.7), 1e-6, 1e-5, "grad vs finite differences")


if __name__ == "__main__":
    unittest.main()
