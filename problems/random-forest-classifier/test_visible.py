import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import RandomForestClassifier

XOR_X = np.array([[1.0, 1.0], [1.0, 3.0], [3.0, 1.0], [3.0, 3.0]])
XOR_Y = np.array([0, 1, 1, 0])


def _blobs(n, rng):
    centers = np.array([[0.0, 0.0], [6.0, 0.0], [3.0, 5.0]])
    y = rng.integers(0, 3, size=n)
    X = np.hstack([centers[y] + rng.normal(size=(n, 2)), rng.normal(size=(n, 3))])
    return X, y


class VisibleTests(unittest.TestCase):
    def test_xor_without_randomness(self):
        """bootstrap=False, max_features=None: every tree is the CART tree, which learns XOR"""
        rf = RandomForestClassifier(n_estimators=5, max_features=None, bootstrap=False)
        got = rf.fit(XOR_X, XOR_Y).predict_proba([[1.0, 1.0], [2.0, 2.0], [0.0, 5.0]])
        check_shape(got, (3, 2), "predict_proba")
        check_close(got, [[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]], 1e-12, 0, "predict_proba on XOR")

    def test_tie_goes_to_smallest_label(self):
        """Stumps on XOR have 0.5 / 0.5 leaves: predict gives the smaller label 0"""
        rf = RandomForestClassifier(n_estimators=3, max_features=None, max_depth=1, bootstrap=False).fit(XOR_X, XOR_Y)
        check_close(rf.predict_proba([[3.0, 3.0]]), [[0.5, 0.5]], 1e-12, 0, "predict_proba of a stump forest")
        check_equal(np.asarray(rf.predict([[3.0, 3.0]])).tolist(), [0], "predict of a stump forest")

    def test_accuracy_on_separated_clusters(self):
        """Three well-separated clusters plus 3 noise features: test accuracy >= 0.9, probabilities sum to 1"""
        rng = np.random.default_rng(0)
        X, y = _blobs(150, rng)
        Xt, yt = _blobs(200, rng)
        rf = RandomForestClassifier(n_estimators=25, seed=1).fit(X, y)
        proba = np.asarray(rf.predict_proba(Xt))
        check_shape(proba, (200, 3), "predict_proba on the test set")
        check_close(proba.sum(axis=1), np.ones(200), 1e-12, 0, "row sums of predict_proba")
        acc = float(np.mean(np.asarray(rf.predict(Xt)) == yt))
        check(acc >= 0.9, "test accuracy must be at least 0.9", ">= 0.9", acc)


if __name__ == "__main__":
    unittest.main()
