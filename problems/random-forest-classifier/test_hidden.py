import copy
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_raises, check_shape
from solution import RandomForestClassifier


def _gini(labels, classes):
    n = len(labels)
    return 1.0 - sum((labels.count(c) / n) ** 2 for c in classes)


def _cart_leaf_dist(X, y, x, max_depth=None, min_split=2):
    # Plain-Python CART with the statement's rules; returns the class fractions of the leaf x reaches.
    classes = sorted(set(y))
    rows = list(range(len(y)))
    depth = 0
    while True:
        labels = [y[i] for i in rows]
        leaf = (max_depth is not None and depth >= max_depth) or len(rows) < min_split or len(set(labels)) == 1
        best = None
        if not leaf:
            for j in range(len(X[0])):
                vals = sorted(set(X[i][j] for i in rows))
                for a, b in zip(vals, vals[1:]):
                    t = (a + b) / 2
                    left = [y[i] for i in rows if X[i][j] <= t]
                    right = [y[i] for i in rows if X[i][j] > t]
                    s = (len(left) * _gini(left, classes) + len(right) * _gini(right, classes)) / len(rows)
                    if best is None or s < best[0] - 1e-12:
                        best = (s, j, t)
        if leaf or best is None:
            return [labels.count(c) / len(labels) for c in classes]
        _, j, t = best
        rows = [i for i in rows if (X[i][j] <= t) == (x[j] <= t)]
        depth += 1


def _blobs(n, rng, noise=3):
    centers = np.array([[0.0, 0.0], [6.0, 0.0], [3.0, 5.0]])
    y = rng.integers(0, 3, size=n)
    X = np.hstack([centers[y] + rng.normal(size=(n, 2)), rng.normal(size=(n, noise))])
    return X, y


def _global_state():
    s = np.random.get_state()
    return s[0], s[1].copy(), s[2], s[3], s[4]


class HiddenTests(unittest.TestCase):
    def test_matches_cart_without_randomness(self):
        """bootstrap=False, max_features=None: probabilities equal a plain CART's leaf fractions (integer features, many tied splits)"""
        rng = np.random.default_rng(4)
        for trial, (max_depth, min_split) in enumerate([(None, 2), (2, 2), (None, 6), (1, 2)]):
            X = rng.integers(0, 4, size=(40, 3)).astype(float)
            y = rng.integers(0, 3, size=40)
            Q = rng.integers(-1, 5, size=(15, 3)).astype(float)
            Xl, yl, Ql = X.tolist(), y.tolist(), Q.tolist()
            rf = RandomForestClassifier(n_estimators=3, max_features=None, max_depth=max_depth,
                                        min_samples_split=min_split, bootstrap=False, seed=trial)
            got = rf.fit(X, y).predict_proba(Q)
            expected = [_cart_leaf_dist(Xl, yl, q, max_depth, min_split) for q in Ql]
            check_close(got, expected, 1e-12, 0, "predict_proba (max_depth=%s, min_samples_split=%d)" % (max_depth, min_split))

    def test_threshold_routing_and_labels(self):
        """A query exactly on the midpoint goes left; labels are any ints and classes_ is sorted"""
        rf = RandomForestClassifier(n_estimators=2, max_features=None, bootstrap=False)
        rf.fit([[0.0], [2.0]], [7, -1])
        check_equal(np.asarray(rf.classes_).tolist(), [-1, 7], "classes_")
        check_close(rf.predict_proba([[1.0], [1.5]]), [[0.0, 1.0], [1.0, 0.0]], 1e-12, 0, "predict_proba at and past the midpoint 1.0")
        check_equal(np.asarray(rf.predict([[1.0], [3.0]])).tolist(), [7, -1], "predict at the midpoint and beyond")

    def test_tie_between_three_classes(self):
        """A single-leaf forest on labels [3, 3, -1, -1, 7] predicts -1 (the smallest of the tied labels)"""
        X = np.arange(5.0).reshape(5, 1)
        rf = RandomForestClassifier(n_estimators=4, max_depth=0, bootstrap=False).fit(X, [3, 3, -1, -1, 7])
        check_close(rf.predict_proba([[0.0]]), [[0.4, 0.4, 0.2]], 1e-12, 0, "predict_proba of a single leaf")
        check_equal(np.asarray(rf.predict([[0.0], [9.0]])).tolist(), [-1, -1], "predict with a tie between -1 and 3")

    def test_fully_grown_trees_fit_training_data(self):
        """bootstrap=False with random features: fully grown trees give one-hot probabilities on distinct training rows"""
        rng = np.random.default_rng(12)
        X = rng.normal(size=(50, 4))
        y = rng.integers(0, 2, size=50)
        rf = RandomForestClassifier(n_estimators=10, max_features=2, bootstrap=False, seed=3).fit(X, y)
        onehot = np.eye(2)[y]
        check_close(rf.predict_proba(X), onehot, 1e-12, 0, "predict_proba on the training rows")

    def test_bootstrap_and_feature_sampling_take_effect(self):
        """Bootstrap samples leave some training rows uncertain; max_features=1 stumps do not all split on the best feature"""
        rng = np.random.default_rng(21)
        X = rng.normal(size=(60, 3))
        y = rng.integers(0, 2, size=60)
        p = np.asarray(RandomForestClassifier(n_estimators=30, max_features=None, bootstrap=True, seed=5).fit(X, y).predict_proba(X))
        check(np.any((p > 1e-9) & (p < 1 - 1e-9)), "with bootstrap=True some training rows must get probabilities strictly between 0 and 1",
              "some probabilities in (0, 1)", p[:5])
        Xs = np.hstack([np.repeat([[0.0], [1.0]], 30, axis=0), rng.normal(size=(60, 4))])
        ys = np.repeat([0, 1], 30)
        q = np.asarray(RandomForestClassifier(n_estimators=25, max_features=1, max_depth=1, bootstrap=False, seed=6).fit(Xs, ys).predict_proba(Xs))
        check(np.any((q > 1e-9) & (q < 1 - 1e-9)), "with max_features=1 some stumps must split on a noise feature",
              "some probabilities in (0, 1)", q[:5])
        r = np.asarray(RandomForestClassifier(n_estimators=5, max_features=None, max_depth=1, bootstrap=False).fit(Xs, ys).predict_proba(Xs))
        check_close(r, np.eye(2)[ys], 1e-12, 0, "stumps over all features split on the informative feature")

    def test_rare_class_missing_from_bootstrap_samples(self):
        """A class seen once keeps its column in every tree's vote; rows sum to 1"""
        rng = np.random.default_rng(8)
        X = rng.normal(size=(40, 3))
        y = np.array([0] * 20 + [1] * 19 + [9])
        rf = RandomForestClassifier(n_estimators=20, seed=2).fit(X, y)
        p = np.asarray(rf.predict_proba(X))
        check_shape(p, (40, 3), "predict_proba with a rare class")
        check_equal(np.asarray(rf.classes_).tolist(), [0, 1, 9], "classes_")
        check_close(p.sum(axis=1), np.ones(40), 1e-12, 0, "row sums")
        check(np.all(p >= 0), "probabilities must be non-negative", ">= 0", p.min())

    def test_seed_determinism_and_global_state(self):
        """Same seed, same probabilities whatever the global state; np.random is untouched; another seed differs"""
        rng = np.random.default_rng(30)
        X, y = _blobs(80, rng)
        np.random.seed(1)
        before = _global_state()
        a = np.asarray(RandomForestClassifier(n_estimators=10, seed=42).fit(X, y).predict_proba(X))
        after = _global_state()
        check(before[0] == after[0] and np.array_equal(before[1], after[1]) and before[2:] == after[2:],
              "fit and predict_proba must not use or change the global np.random state", "unchanged", "changed")
        np.random.seed(2)
        b = np.asarray(RandomForestClassifier(n_estimators=10, seed=42).fit(X, y).predict_proba(X))
        check_close(b, a, 0, 0, "predict_proba with the same seed after reseeding np.random")
        c = np.asarray(RandomForestClassifier(n_estimators=10, seed=43).fit(X, y).predict_proba(X))
        check(not np.allclose(a, c), "a different seed should grow a different forest", "different probabilities", "identical")

    def test_accuracy_with_more_noise_features(self):
        """Clusters plus 8 noise features with max_features='sqrt': test accuracy >= 0.9"""
        rng = np.random.default_rng(77)
        X, y = _blobs(200, rng, noise=8)
        Xt, yt = _blobs(200, rng, noise=8)
        pred = np.asarray(RandomForestClassifier(n_estimators=30, max_features="sqrt", seed=0).fit(X, y).predict(Xt))
        acc = float(np.mean(pred == yt))
        check(acc >= 0.9, "test accuracy must be at least 0.9", ">= 0.9", acc)

    def test_invalid_input_raises(self):
        """Bad hyperparameters and data raise ValueError; predicting before fit raises RuntimeError"""
        X, y = np.array([[0.0, 1.0], [1.0, 0.0], [2.0, 2.0]]), np.array([0, 1, 1])
        for kwargs in ({"n_estimators": 0}, {"max_features": 3}, {"max_features": 0}, {"max_features": "log3"},
                       {"max_depth": -1}, {"min_samples_split": 1}, {"n_estimators": 2.0}):
            check_raises(ValueError, RandomForestClassifier(**kwargs).fit, X, y, what="fit with %r" % (kwargs,))
        rf = RandomForestClassifier(n_estimators=2)
        check_raises(ValueError, rf.fit, np.array([0.0, 1.0, 2.0]), y, what="fit with a 1-D X")
        check_raises(ValueError, rf.fit, X, np.array([0, 1]), what="fit with too few labels")
        check_raises(ValueError, rf.fit, X, np.array([0.0, 1.0, 1.0]), what="fit with float labels [0.0, 1.0, 1.0]")
        check_raises(ValueError, rf.fit, np.array([[0.0, np.nan], [1.0, 0.0], [2.0, 2.0]]), y, what="fit with nan in X")
        check_raises(RuntimeError, RandomForestClassifier().predict, X, what="predict before fit")
        check_raises(RuntimeError, RandomForestClassifier().predict_proba, X, what="predict_proba before fit")
        rf.fit(X, y)
        check_raises(ValueError, rf.predict, np.array([[0.0, 1.0, 2.0]]), what="predict with 3 columns after fitting 2")
        check_raises(ValueError, rf.predict_proba, np.array([[0.0, np.inf]]), what="predict_proba with inf")

    def test_lists_and_inputs_not_modified(self):
        """Nested lists are accepted; array inputs are left unchanged; predict_proba is float64"""
        X = np.array([[3.0, 1.0], [1.0, 2.0], [2.0, 0.5], [0.0, 3.0]])
        y = np.array([1, 0, 1, 0])
        X0, y0 = copy.deepcopy(X), copy.deepcopy(y)
        rf = RandomForestClassifier(n_estimators=4, seed=9).fit(X, y)
        p = rf.predict_proba(X)
        check(np.array_equal(X, X0) and np.array_equal(y, y0), "fit and predict_proba must not modify X or y",
              (X0.tolist(), y0.tolist()), (X.tolist(), y.tolist()))
        check(isinstance(p, np.ndarray) and p.dtype == np.float64, "predict_proba must return a float64 array", "float64",
              getattr(p, "dtype", type(p).__name__))
        q = RandomForestClassifier(n_estimators=4, max_features=None, bootstrap=False).fit(X.tolist(), y.tolist()).predict_proba(X.tolist())
        check_close(q, np.eye(2)[y0], 1e-12, 0, "predict_proba from nested lists")


if __name__ == "__main__":
    unittest.main()
