import math
import unittest

import numpy as np

from mlreps_check import check_close, check_equal
from solution import recommend, svd_predict


def _expected(R, k):
    # Item means by loops; the rank-k part from the top-k eigenvectors of M^T M (a different route from the SVD).
    R = np.asarray(R, dtype=float)
    n, m = R.shape
    obs = [[R[i, j] for i in range(n) if not math.isnan(R[i, j])] for j in range(m)]
    allv = [v for col in obs for v in col]
    g = math.fsum(allv) / len(allv)
    mean = np.array([math.fsum(c) / len(c) if c else g for c in obs])
    M = np.where(np.isnan(R), 0.0, R - mean)
    w, V = np.linalg.eigh(M.T @ M)
    Vk = V[:, np.argsort(w)[::-1][:k]]
    return mean + M @ Vk @ Vk.T


NAN = float("nan")
R = [[5, 4, NAN, 1], [4, NAN, 1, 1], [1, 1, 5, NAN], [NAN, 1, 4, 5]]


class VisibleTests(unittest.TestCase):
    def test_rank_one_prediction(self):
        """Rank 1 on the 4 x 4 example"""
        check_close(svd_predict(R, 1), _expected(R, 1), 1e-10, 1e-8, "svd_predict(R, 1)")

    def test_recommendations(self):
        """Each user gets their single best unrated item"""
        check_equal(recommend(R, 1, 1), [[2], [1], [3], [0]], "recommend(R, 1, 1)")

    def test_full_rank_reproduces_observed(self):
        """With k = min(shape) the observed ratings are reproduced exactly"""
        P = np.asarray(svd_predict(R, 4))
        obs = ~np.isnan(np.array(R, dtype=float))
        check_close(P[obs], np.array(R, dtype=float)[obs], 1e-9, 0, "observed cells at full rank")


if __name__ == "__main__":
    unittest.main()
