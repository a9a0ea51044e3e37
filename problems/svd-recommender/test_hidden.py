import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
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


class HiddenTests(unittest.TestCase):
    def test_random_matrices(self):
        """Random sparse rating matrices and ranks match an eigen-decomposition route"""
        rng = np.random.default_rng(16)
        for trial in range(8):
            n, m = int(rng.integers(2, 15)), int(rng.integers(2, 12))
            R = np.clip(np.round(rng.normal(3, 1.2, size=(n, 2)) @ rng.normal(0.5, 0.3, size=(2, m)) + 1), 1, 5)
            R[rng.random((n, m)) < 0.4] = np.nan
            R[0, 0] = 3.0
            k = int(rng.integers(1, min(n, m) + 1))
            check_close(svd_predict(R, k), _expected(R, k), 1e-9, 1e-8, "predictions (trial %d, %dx%d, k=%d)" % (trial, n, m, k))

    def test_unrated_item_gets_global_mean(self):
        """An item nobody rated is predicted at the global mean"""
        R = [[4.0, float("nan")], [2.0, float("nan")]]
        check_close(np.asarray(svd_predict(R, 1))[:, 1], [3.0, 3.0], 1e-12, 1e-9, "column of an unrated item")

    def test_recommendations_exclude_rated_and_break_ties(self):
        """Rated items are never recommended; equal scores go to the smaller item index"""
        R = [[5.0, float("nan"), float("nan"), 1.0], [5.0, 3.0, 3.0, 1.0]]
        got = recommend(R, 1, 3)
        check_equal(got[1], [], "a user who rated everything")
        check_equal(got[0], [1, 2], "items 1 and 2 tie (identical columns): smaller index first")

    def test_recommendations_follow_scores(self):
        """Random matrices: each list is the unrated items by decreasing predicted score"""
        rng = np.random.default_rng(7)
        R = rng.integers(1, 6, size=(6, 9)).astype(float)
        R[rng.random((6, 9)) < 0.5] = np.nan
        R[:, 0] = 4.0
        P = _expected(R, 2)
        got = recommend(R, 2, 4)
        for u in range(6):
            unseen = [j for j in range(9) if np.isnan(R[u, j])]
            expected = sorted(unseen, key=lambda j: (-P[u, j], j))[:4]
            check_equal(got[u], expected, "recommendations of user %d" % u)
            check(all(isinstance(j, int) for j in got[u]), "item indices must be Python ints", "int", [type(j).__name__ for j in got[u]])

    def test_invalid_input_raises(self):
        """Bad R, k and n_items raise ValueError"""
        R = [[1.0, 2.0], [3.0, float("nan")]]
        cases = {
            "1-D R": lambda: svd_predict([1.0, 2.0], 1),
            "all NaN": lambda: svd_predict([[float("nan")]], 1),
            "infinity": lambda: svd_predict([[1.0, float("inf")]], 1),
            "k 0": lambda: svd_predict(R, 0),
            "k too large": lambda: svd_predict(R, 3),
            "float k": lambda: svd_predict(R, 1.0),
            "n_items 0": lambda: recommend(R, 1, 0),
        }
        for name, call in cases.items():
            with self.assertRaises(ValueError, msg="%s should raise ValueError" % name):
                call()

    def test_input_not_modified(self):
        """R is left unchanged (its NaN cells are not filled in place)"""
        R = np.array([[5.0, np.nan], [1.0, 2.0]])
        before = R.copy()
        svd_predict(R, 1)
        recommend(R, 1, 1)
        check(np.array_equal(R, before, equal_nan=True), "R must not be modified", before, R)


if __name__ == "__main__":
    unittest.main()
