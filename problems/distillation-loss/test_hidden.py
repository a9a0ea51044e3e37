import math
import unittest

import numpy as np

from mlreps_check import check, check_close
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


class HiddenTests(unittest.TestCase):
    def test_student_equal_to_teacher(self):
        """When the student copies the teacher, the soft term and its gradient vanish"""
        rng = np.random.default_rng(1)
        z, y = rng.normal(size=(3, 4)), np.array([0, 1, 2])
        loss, grad = distillation_loss(z, z.copy(), y, T=5.0, alpha=1.0)
        check_close(loss, 0.0, 1e-12, 0, "loss with alpha 1 and identical logits")
        check_close(grad, np.zeros((3, 4)), 1e-12, 0, "grad with alpha 1 and identical logits")

    def test_t_squared_scaling(self):
        """alpha 1: the loss is T**2 times the mean KL; checked at T = 1 and T = 10"""
        s, t, y = [[0.5, -0.5, 1.0]], [[1.0, 0.0, 0.0]], [2]
        for T in (1.0, 10.0):
            loss, grad = distillation_loss(np.array(s), np.array(t), np.array(y), T=T, alpha=1.0)
            check_close(loss, _loss(s, t, y, T, 1.0), ATOL, RTOL, "loss at T = %g" % T)
            check_close(grad, _numeric(s, t, y, T, 1.0), 1e-6, 1e-5, "grad at T = %g" % T)

    def test_kl_direction(self):
        """KL runs from teacher to student: a peaked teacher against a flat student"""
        s, t, y = [[0.0, 0.0, 0.0]], [[6.0, 0.0, 0.0]], [0]
        loss, _ = distillation_loss(np.array(s), np.array(t), np.array(y), T=1.0, alpha=1.0)
        pt = [math.exp(6) / (math.exp(6) + 2), 1 / (math.exp(6) + 2), 1 / (math.exp(6) + 2)]
        check_close(loss, sum(p * math.log(p * 3) for p in pt), ATOL, RTOL, "KL(teacher || uniform student)")

    def test_mean_over_rows_not_entries(self):
        """The soft term is averaged over the N rows, not the N * K entries"""
        rng = np.random.default_rng(2)
        s, t, y = rng.normal(size=(2, 6)), rng.normal(size=(2, 6)), np.array([1, 5])
        loss, _ = distillation_loss(s, t, y, T=2.0, alpha=1.0)
        check_close(loss, _loss(s.tolist(), t.tolist(), y.tolist(), 2.0, 1.0), ATOL, RTOL, "soft loss with K = 6")

    def test_huge_teacher_logits(self):
        """Teacher logits near 5000 and a confident student: results are finite and exact"""
        s = np.array([[300.0, -300.0, 0.0], [1.0, 2.0, 3.0]])
        t = np.array([[5000.0, 4990.0, 0.0], [-5000.0, 0.0, 5000.0]])
        y = np.array([0, 2])
        loss, grad = distillation_loss(s, t, y, T=2.0, alpha=0.5)
        check(math.isfinite(loss) and np.all(np.isfinite(grad)), "results must be finite", "finite", loss)
        check_close(loss, _loss(s.tolist(), t.tolist(), y.tolist(), 2.0, 0.5), 1e-9, 1e-9, "loss with huge logits")

    def test_invalid_inputs(self):
        """Mismatched shapes, a label of K, T = 0 or alpha = 2 raise ValueError"""
        s = np.zeros((2, 3))
        for args, kw, why in [((s, np.zeros((2, 2)), np.array([0, 1])), {}, "teacher of shape (2, 2)"),
                              ((s, s, np.array([0, 3])), {}, "label 3 with K = 3"),
                              ((s, s, np.array([0, 1])), {"T": 0.0}, "T = 0"),
                              ((s, s, np.array([0, 1])), {"alpha": 2.0}, "alpha = 2")]:
            with self.assertRaises(ValueError, msg=why):
                distillation_loss(*args, **kw)

    def test_inputs_not_modified(self):
        """student_logits, teacher_logits and labels are left unchanged"""
        s, t, y = np.array([[1.0, 2.0]]), np.array([[0.5, 0.0]]), np.array([1])
        distillation_loss(s, t, y, T=3.0)
        check_close(s, [[1.0, 2.0]], 0, 0, "student_logits after the call")
        check_close(t, [[0.5, 0.0]], 0, 0, "teacher_logits after the call")


if __name__ == "__main__":
    unittest.main()
