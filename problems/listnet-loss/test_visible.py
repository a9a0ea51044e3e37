import math
import unittest

import numpy as np

from mlreps_check import check_close
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


class VisibleTests(unittest.TestCase):
    def test_readme_example(self):
        """Two queries, the second with a padded document"""
        s = [[1.0, 0.0, 0.0], [2.0, 0.0, 9.0]]
        y = [[2.0, 0.0, 0.0], [1.0, 1.0, 3.0]]
        m = [[True, True, True], [True, True, False]]
        loss, grad = listnet_loss(np.array(s), np.array(y), np.array(m))
        el, eg = _loop(s, y, m)
        check_close(loss, el, ATOL, RTOL, "loss")
        check_close(grad, eg, ATOL, RTOL, "grad")

    def test_no_mask(self):
        """Without a mask every document counts"""
        rng = np.random.default_rng(0)
        s, y = rng.normal(size=(3, 4)), rng.integers(0, 3, size=(3, 4)).astype(float)
        loss, grad = listnet_loss(s, y)
        el, eg = _loop(s.tolist(), y.tolist(), None)
        check_close(loss, el, ATOL, RTOL, "loss")
        check_close(grad, eg, ATOL, RTOL, "grad")

    def test_perfect_match_is_the_entropy(self):
        """When scores equal labels the gradient is 0"""
        y = np.array([[0.0, 1.0, 2.0]])
        _, grad = listnet_loss(y.copy(), y)
        check_close(grad, np.zeros((1, 3)), 1e-12, 0, "grad when scores equal labels")


if __name__ == "__main__":
    unittest.main()
