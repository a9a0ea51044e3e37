import copy
import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_raises, check_shape
from solution import knn_regress

ATOL, RTOL = 1e-9, 1e-7


def _brute_force(X_train, y_train, X_test, k, weights):
    out = []
    for q in X_test:
        pairs = sorted((math.dist(list(q), list(x)), j) for j, x in enumerate(X_train))[:k]
        if weights == "uniform":
            out.append(sum(y_train[j] for _, j in pairs) / k)
            continue
        zeros = [y_train[j] for d, j in pairs if d == 0.0]
        if zeros:
            out.append(sum(zeros) / len(zeros))
        else:
            out.append(sum(y_train[j] / d for d, j in pairs) / sum(1.0 / d for d, _ in pairs))
    return np.array(out)


class HiddenTests(unittest.TestCase):
    def test_random_against_brute_force(self):
        """Random data, both weightings and several k agree with a brute-force version"""
        rng = np.random.default_rng(0)
        for trial in range(5):
            X = rng.normal(size=(25, 3))
            y = rng.normal(size=25) * 10
            Q = rng.normal(size=(8, 3))
            for k in (1, 3, 6):
                for w in ("uniform", "distance"):
                    _orig_X = copy.deepcopy(X)
                    _orig_y = copy.deepcopy(y)
                    _orig_Q = copy.deepcopy(Q)
                    _orig_k = copy.deepcopy(k)
                    _orig_w = copy.deepcopy(w)
                    check_close(knn_regress(X, y, Q, k, weights=w), _brute_force(_orig_X, _orig_y, _orig_Q, _orig_k, _orig_w),
                                ATOL, RTOL, "trial %d, k=%d, weights=%s" % (trial, k, w))

    def test_many_ties_at_the_kth_distance(self):
        """80 points on 5 values: ties at the k-th distance go to the lower training indices"""
        rng = np.random.default_rng(11)
        X = rng.choice([-2.0, -1.0, 1.0, 2.0, 3.0], size=(80, 1))
        y = np.arange(80.0) ** 1.5
        Xt = np.array([[0.0], [0.5], [1.5], [-1.0]])
        for k in (5, 17, 33):
            for weights in ("uniform", "distance"):
                check_close(knn_regress(X, y, Xt, k, weights), _brute_force(X, y, Xt, k, weights), 1e-9, 1e-7,
                            "k=%d, weights=%s" % (k, weights))

    def test_queries_on_training_rows(self):
        """Distance weighting returns the training target exactly when a query is a (unique) training row"""
        rng = np.random.default_rng(1)
        X = rng.normal(size=(15, 2))
        y = rng.normal(size=15)
        check_close(knn_regress(X, y, X, 4, weights="distance"), y, ATOL, RTOL, "queries equal to training rows")

    def test_zero_distance_outside_k_is_ignored(self):
        """With 3 duplicates of the query and k=2, only the first 2 duplicates (by index) count"""
        X = np.array([[0.0], [0.0], [0.0], [1.0]])
        y = np.array([1.0, 2.0, 30.0, 5.0])
        check_close(knn_regress(X, y, np.array([[0.0]]), 2, weights="distance"), [1.5], ATOL, RTOL,
                    "distance weighting with 3 exact matches and k=2")
        check_close(knn_regress(X, y, np.array([[0.0]]), 2), [1.5], ATOL, RTOL,
                    "uniform weighting with 3 exact matches and k=2")

    def test_exact_match_ignores_other_neighbours(self):
        """An exact match outweighs every nonzero-distance neighbour completely"""
        X = np.array([[0.0, 0.0], [0.001, 0.0], [0.0, 0.001]])
        y = np.array([7.0, 1000.0, -1000.0])
        check_close(knn_regress(X, y, np.array([[0.0, 0.0]]), 3, weights="distance"), [7.0], ATOL, RTOL,
                    "exact match with close neighbours")

    def test_k_equals_n_uniform_is_global_mean(self):
        """Uniform weighting with k = n predicts the mean of all targets"""
        rng = np.random.default_rng(2)
        X = rng.normal(size=(12, 2))
        y = rng.normal(size=12)
        Q = rng.normal(size=(5, 2))
        check_close(knn_regress(X, y, Q, 12), np.full(5, y.mean()), ATOL, RTOL, "k=n, uniform")

    def test_inverse_distance_two_points(self):
        """Weights are 1/d (not 1/d^2): a query at distances 1 and 3 gives (3*a + b)/4"""
        X = np.array([[0.0], [4.0]])
        y = np.array([2.0, 10.0])
        # Distances 1 and 3 -> weights 1 and 1/3 -> (2 + 10/3) / (4/3) = 4.
        check_close(knn_regress(X, y, np.array([[1.0]]), 2, weights="distance"), [4.0], ATOL, RTOL,
                    "query at 1 between points 0 and 4")

    def test_invalid_weights_and_shapes(self):
        """An unknown weights value raises ValueError; inputs are left unchanged"""
        X = np.array([[0.0], [1.0]])
        y = np.array([1.0, 2.0])
        Q = np.array([[0.3], [0.9]])
        Xc, yc, Qc = X.copy(), y.copy(), Q.copy()
        got = knn_regress(X, y, Q, 1, weights="distance")
        check_shape(got, (2,), "predictions")
        check_equal(X, Xc, "X_train after the call")
        check_equal(y, yc, "y_train after the call")
        check_equal(Q, Qc, "X_test after the call")
        check_raises(ValueError, knn_regress, X, y, Q, 1, weights="gaussian")


class GapTests(unittest.TestCase):
    def test_integer_targets(self):
        """Integer y_train: the means are not truncated and the result is float64"""
        X_train = np.array([[0.0], [1.0], [2.0], [3.0]])
        y_train = np.array([0, 1, 3, 7])
        got = knn_regress(X_train, y_train, np.array([[0.5], [2.6]]), k=2)
        check(isinstance(got, np.ndarray) and got.dtype == np.float64, "predictions must be float64", "float64", getattr(got, "dtype", type(got).__name__))
        check_close(got, [0.5, 5.0], 1e-9, 1e-7, "uniform predictions from integer targets")
        got = knn_regress(X_train, y_train, np.array([[0.25]]), k=2, weights="distance")
        check_close(got, [(0 * 4 + 1 * 4 / 3) / (4 + 4 / 3)], 1e-9, 1e-7, "distance-weighted prediction from integer targets")


if __name__ == "__main__":
    unittest.main()
