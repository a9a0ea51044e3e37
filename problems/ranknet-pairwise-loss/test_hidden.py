import math
import unittest

import numpy as np

from mlreps_check import check, check_close
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


class HiddenTests(unittest.TestCase):
    def test_no_pairs_across_queries(self):
        """A relevant document in one query is never paired with a document of another query"""
        s, y, q = [0.0, 3.0, 1.0, -2.0], [2, 0, 1, 0], [10, 20, 10, 20]
        loss, grad = ranknet_loss(s, y, q)
        check_close(loss, _pairs_loss(s, y, q, 1.0), ATOL, RTOL, "loss")
        check_close(grad, _numeric(s, y, q, 1.0), 1e-6, 1e-5, "grad")

    def test_huge_score_gaps(self):
        """Score gaps of 1000 in both directions give finite, exact results"""
        s, y, q = [1000.0, -1000.0, 0.0], [0, 1, 2], [1, 1, 1]
        loss, grad = ranknet_loss(s, y, q)
        check(math.isfinite(loss) and np.all(np.isfinite(grad)), "results must be finite", "finite", (loss, grad))
        check_close(loss, _pairs_loss(s, y, q, 1.0), 1e-9, 1e-9, "loss with gaps of 1000")
        check_close(grad, [2 / 3, -1 / 3, -1 / 3], 1e-9, 1e-9, "grad with gaps of 1000")

    def test_ties_form_no_pairs(self):
        """Equal labels contribute nothing: only the (2 over 0) pairs count"""
        s, y, q = [0.5, 0.1, 2.0, -1.0], [0, 0, 2, 2], [3, 3, 3, 3]
        loss, grad = ranknet_loss(s, y, q)
        check_close(loss, _pairs_loss(s, y, q, 1.0), ATOL, RTOL, "loss")
        check_close(grad, _numeric(s, y, q, 1.0), 1e-6, 1e-5, "grad")

    def test_mean_over_all_pairs(self):
        """A query with 1 pair and a query with 4 pairs: the mean is over the 5 pairs, not over the 2 queries"""
        s = [0.0, 1.0, 0.0, 0.0, 3.0, 3.0]
        y = [1, 0, 1, 1, 0, 0]
        q = [1, 1, 2, 2, 2, 2]
        loss, _ = ranknet_loss(s, y, q)
        check_close(loss, _pairs_loss(s, y, q, 1.0), ATOL, RTOL, "loss")

    def test_no_pairs_at_all(self):
        """All labels equal: loss 0 and zero gradient"""
        loss, grad = ranknet_loss([1.0, 2.0, 3.0], [1, 1, 1], [1, 1, 1])
        check_close(loss, 0.0, 0, 0, "loss")
        check_close(grad, [0.0, 0.0, 0.0], 0, 0, "grad")

    def test_invalid_inputs(self):
        """Length mismatch, 2-D scores or sigma <= 0 raise ValueError"""
        for args, kw, why in [(([1.0, 2.0], [1], [1, 1]), {}, "1 label for 2 scores"), (([[1.0, 2.0]], [[1, 0]], [[1, 1]]), {}, "2-D inputs"),
                              (([1.0, 2.0], [1, 0], [1, 1]), {"sigma": 0.0}, "sigma 0")]:
            with self.assertRaises(ValueError, msg=why):
                ranknet_loss(*args, **kw)

    def test_inputs_not_modified(self):
        """scores, labels and qid are left unchanged"""
        s, y, q = np.array([0.2, 0.1]), np.array([1, 0]), np.array([5, 5])
        ranknet_loss(s, y, q)
        check_close(s, [0.2, 0.1], 0, 0, "scores")
        check_close(y, [1, 0], 0, 0, "labels")


if __name__ == "__main__":
    unittest.main()
