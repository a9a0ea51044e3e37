import math
import unittest

import numpy as np

from mlreps_check import check, check_close
from solution import listnet_loss

ATOL, RTOL = 1e-9, 1e-7


def _loop(s, y, mask):
    # One query at a time over its valid documents.
    Q = len(s)
    loss, grad = 0.0, [[0.0] * len(s[0]) for _ in range(Q)]
    for q in range(Q):
        idx = [i for i in range(len(s[q])) if mask is None or mask[q][i]]
        ms, my = max(s[q][i] for i in idx), max(y[q][i] for i in idx)
        zs = sum(math.exp(s[q][i] - ms) for i in idx)
        zy = sum(math.exp(y[q][i] - my) for i in idx)
        for i in idx:
            py = math.exp(y[q][i] - my) / zy
            log_ps = s[q][i] - ms - math.log(zs)
            loss -= py * log_ps
            grad[q][i] = (math.exp(log_ps) - py) / Q
    return loss / Q, grad


class HiddenTests(unittest.TestCase):
    def test_garbage_in_padding(self):
        """Huge values and nan-free garbage at padded positions change nothing"""
        s = np.array([[0.5, 1e9, -0.5], [1.0, 2.0, -1e9]])
        y = np.array([[3.0, 1e9, 1.0], [0.0, 1.0, 7e8]])
        m = np.array([[True, False, True], [True, True, False]])
        loss, grad = listnet_loss(s, y, m)
        el, eg = _loop(s.tolist(), y.tolist(), m.tolist())
        check_close(loss, el, ATOL, RTOL, "loss")
        check_close(grad, eg, ATOL, RTOL, "grad")
        check(np.asarray(grad)[0, 1] == 0 and np.asarray(grad)[1, 2] == 0, "padded gradients must be exactly 0", 0.0, grad)

    def test_queries_of_very_different_scale(self):
        """One query's scores near 1000, another's near 0: finite and exact"""
        s = np.array([[1000.0, 990.0, 995.0], [0.1, -0.2, 0.3]])
        y = np.array([[1.0, 0.0, 2.0], [0.0, 0.0, 1.0]])
        loss, grad = listnet_loss(s, y)
        check(math.isfinite(loss) and np.all(np.isfinite(grad)), "results must be finite", "finite", loss)
        el, eg = _loop(s.tolist(), y.tolist(), None)
        check_close(loss, el, ATOL, RTOL, "loss")
        check_close(grad, eg, ATOL, RTOL, "grad")

    def test_target_is_softmax_of_labels(self):
        """Labels [0, 1]: the target is softmax([0, 1]), not [0, 1]"""
        loss, _ = listnet_loss([[0.0, 0.0]], [[0.0, 1.0]])
        check_close(loss, math.log(2), ATOL, RTOL, "loss with equal scores")
        loss, _ = listnet_loss([[0.0, 5.0]], [[0.0, 1.0]])
        el, _ = _loop([[0.0, 5.0]], [[0.0, 1.0]], None)
        check_close(loss, el, ATOL, RTOL, "loss with scores [0, 5]")

    def test_mean_over_queries(self):
        """Four random queries with random masks: loss is the mean over queries"""
        rng = np.random.default_rng(1)
        s, y = rng.normal(size=(4, 6)) * 3, rng.integers(0, 4, size=(4, 6)).astype(float)
        m = rng.random((4, 6)) < 0.7
        m[:, 0] = True
        loss, grad = listnet_loss(s, y, m)
        el, eg = _loop(s.tolist(), y.tolist(), m.tolist())
        check_close(loss, el, ATOL, RTOL, "loss")
        check_close(grad, eg, ATOL, RTOL, "grad")

    def test_single_document_queries(self):
        """A query with one valid document has loss 0 and gradient 0"""
        loss, grad = listnet_loss([[5.0, 1.0]], [[2.0, 0.0]], [[True, False]])
        check_close(loss, 0.0, 1e-12, 0, "loss")
        check_close(grad, [[0.0, 0.0]], 1e-12, 0, "grad")

    def test_invalid_inputs(self):
        """Mismatched shapes, an integer mask or an empty query raise ValueError"""
        for args, why in [((np.zeros((2, 3)), np.zeros((2, 2))), "labels of shape (2, 2)"),
                          ((np.zeros((1, 2)), np.zeros((1, 2)), np.array([[1, 0]])), "an integer mask"),
                          ((np.zeros((2, 2)), np.zeros((2, 2)), np.array([[True, True], [False, False]])), "a query with no valid document")]:
            with self.assertRaises(ValueError, msg=why):
                listnet_loss(*args)

    def test_inputs_not_modified(self):
        """scores, labels and mask are left unchanged"""
        s, y, m = np.array([[1.0, 2.0]]), np.array([[0.0, 1.0]]), np.array([[True, False]])
        listnet_loss(s, y, m)
        check_close(s, [[1.0, 2.0]], 0, 0, "scores")
        check_close(y, [[0.0, 1.0]], 0, 0, "labels")
        check(bool(m[0, 0]) and not bool(m[0, 1]), "mask was modified", [[True, False]], m)


if __name__ == "__main__":
    unittest.main()
