import math
import unittest

import numpy as np

from mlreps_check import check_close
from solution import ranknet_loss

ATOL, RTOL = 1e-9, 1e-7


def _pairs_loss(s, y, q, sigma):
    tot, n = 0.0, 0
    for i in range(len(s)):
        for j in range(len(s)):
            if q[i] == q[j] and y[i] > y[j]:
                x = sigma * (s[i] - s[j])
                tot += max(0.0, -x) + math.log1p(math.exp(-abs(x)))
                n += 1
    return tot / n if n else 0.0


def _numeric(s, y, q, sigma, h=1e-6):
    s = [float(v) for v in s]
    out = []
    for i in range(len(s)):
        p, m = list(s), list(s)
        p[i] += h
        m[i] -= h
        out.append((_pairs_loss(p, y, q, sigma) - _pairs_loss(m, y, q, sigma)) / (2 * h))
    return out


class VisibleTests(unittest.TestCase):
    def test_readme_example(self):
        """Two queries, the second without pairs"""
        s, y, q = [2.0, 1.0, 0.0, 5.0, 5.0], [1, 0, 2, 1, 1], [7, 7, 7, 8, 8]
        loss, grad = ranknet_loss(np.array(s), np.array(y), np.array(q))
        check_close(loss, _pairs_loss(s, y, q, 1.0), ATOL, RTOL, "loss")
        check_close(grad, _numeric(s, y, q, 1.0), 1e-6, 1e-5, "grad vs finite differences")

    def test_single_pair(self):
        """One pair with equal scores: loss log 2, gradients -+ sigma/2"""
        loss, grad = ranknet_loss([0.0, 0.0], [1, 0], [1, 1], sigma=2.0)
        check_close(loss, math.log(2), ATOL, RTOL, "loss")
        check_close(grad, [-1.0, 1.0], ATOL, RTOL, "grad")

    def test_random_graded_labels(self):
        """Random scores and labels 0-3 in two queries, sigma 0.5"""
        rng = np.random.default_rng(0)
        s, y, q = rng.normal(size=8), rng.integers(0, 4, size=8), np.array([1, 2] * 4)
        loss, grad = ranknet_loss(s, y, q, sigma=0.5)
        check_close(loss, _pairs_loss(s.tolist(), y.tolist(), q.tolist(), 0.5), ATOL, RTOL, "loss")
        check_close(grad, _numeric(s, y.tolist(), q.tolist(), 0.5), 1e-6, 1e-5, "grad vs finite differences")


if __name__ == "__main__":
    unittest.main()
