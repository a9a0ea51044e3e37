# Wrong: counts each tree's majority label (hard voting) instead of averaging the leaf class fractions.
import math

import numpy as np

_TIE = 1e-12


def _best_split(X, yi, n_classes, features):
    """Lowest weighted Gini over the given features; ties to lowest feature, then lowest threshold."""
    n = len(yi)
    best = None  # (score, feature, threshold)
    for j in sorted(features):
        order = np.argsort(X[:, j], kind="mergesort")
        v = X[order, j]
        cuts = np.flatnonzero(v[1:] != v[:-1])  # split after position cuts[k]
        if cuts.size == 0:
            continue
        onehot = np.zeros((n, n_classes))
        onehot[np.arange(n), yi[order]] = 1.0
        left = np.cumsum(onehot, axis=0)[cuts]
        total = left[-1] + onehot[cuts[-1] + 1:].sum(axis=0)
        right = total - left
        nl = (cuts + 1).astype(float)
        nr = n - nl
        gl = 1.0 - np.sum((left / nl[:, None]) ** 2, axis=1)
        gr = 1.0 - np.sum((right / nr[:, None]) ** 2, axis=1)
        score = (nl * gl + nr * gr) / n
        k = int(np.argmin(score))
        # lowest threshold among ties within this feature
        k = int(np.flatnonzero(score <= score[k] + _TIE)[0])
        t = (v[cuts[k]] + v[cuts[k] + 1]) / 2.0
        if best is None or score[k] < best[0] - _TIE:
            best = (float(score[k]), j, float(t))
    return best


class RandomForestClassifier:
    def __init__(self, n_estimators=50, max_features="sqrt", max_depth=None,
                 min_samples_split=2, bootstrap=True, seed=0):
        self.n_estimators = n_estimators
        self.max_features = max_features
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split
        self.bootstrap = bootstrap
        self.seed = seed
        self._trees = None

    def _check_params(self, d):
        def is_int(v):
            return isinstance(v, (int, np.integer)) and not isinstance(v, bool)
        if not is_int(self.n_estimators) or self.n_estimators < 1:
            raise ValueError("n_estimators must be an integer >= 1")
        if self.max_depth is not None and (not is_int(self.max_depth) or self.max_depth < 0):
            raise ValueError("max_depth must be None or an integer >= 0")
        if not is_int(self.min_samples_split) or self.min_samples_split < 2:
            raise ValueError("min_samples_split must be an integer >= 2")
        if not isinstance(self.bootstrap, bool):
            raise ValueError("bootstrap must be True or False")
        if not is_int(self.seed):
            raise ValueError("seed must be an integer")
        mf = self.max_features
        if mf is None:
            return d
        if isinstance(mf, str) and mf == "sqrt":
            return max(1, int(math.isqrt(d)))
        if is_int(mf) and 1 <= mf <= d:
            return int(mf)
        raise ValueError("max_features must be 'sqrt', None or an integer in [1, %d]" % d)

    def fit(self, X, y):
        X = np.asarray(X)
        y = np.asarray(y)
        if X.ndim != 2 or X.shape[0] == 0 or X.shape[1] == 0:
            raise ValueError("X must be a non-empty 2-D array")
        if X.dtype.kind not in "biuf":
            raise ValueError("X must be numeric")
        X = X.astype(np.float64)
        if not np.all(np.isfinite(X)):
            raise ValueError("X must hold only finite values")
        if y.ndim != 1 or y.shape[0] != X.shape[0]:
            raise ValueError("y must be 1-D with one label per row of X")
        if y.dtype.kind not in "iu":
            raise ValueError("y must be an integer array (float labels are refused, even whole ones)")
        n, d = X.shape
        k_feat = self._check_params(d)
        self.classes_ = np.unique(y)
        yi = np.searchsorted(self.classes_, y)
        K = self.classes_.size
        rng = np.random.default_rng(int(self.seed))
        self._d = d
        self._trees = []
        for _ in range(self.n_estimators):
            idx = rng.integers(0, n, size=n) if self.bootstrap else np.arange(n)
            self._trees.append(self._grow(X[idx], yi[idx], K, k_feat, rng))
        return self

    def _grow(self, X, yi, K, k_feat, rng):
        nodes = []  # each: [feature, threshold, left, right, dist]

        def build(rows, depth):
            counts = np.bincount(yi[rows], minlength=K).astype(float)
            node_id = len(nodes)
            nodes.append([-1, 0.0, -1, -1, counts / counts.sum()])
            if (self.max_depth is not None and depth >= self.max_depth) or rows.size < self.min_samples_split \
                    or np.count_nonzero(counts) == 1:
                return node_id
            feats = rng.choice(X.shape[1], size=k_feat, replace=False)
            split = _best_split(X[rows], yi[rows], K, feats)
            if split is None:
                return node_id
            _, j, t = split
            go_left = X[rows, j] <= t
            left = build(rows[go_left], depth + 1)
            right = build(rows[~go_left], depth + 1)
            nodes[node_id][:4] = [j, t, left, right]
            return node_id

        build(np.arange(X.shape[0]), 0)
        return nodes

    def _check_X(self, X):
        if self._trees is None:
            raise RuntimeError("call fit before predict")
        X = np.asarray(X)
        if X.ndim != 2 or X.shape[1] != self._d or X.dtype.kind not in "biuf":
            raise ValueError("X must be a numeric 2-D array with %d columns" % self._d)
        X = X.astype(np.float64)
        if not np.all(np.isfinite(X)):
            raise ValueError("X must hold only finite values")
        return X

    def predict_proba(self, X):
        X = self._check_X(X)
        out = np.zeros((X.shape[0], self.classes_.size))
        for nodes in self._trees:
            for i, row in enumerate(X):
                k = 0
                while nodes[k][2] != -1:
                    k = nodes[k][2] if row[nodes[k][0]] <= nodes[k][1] else nodes[k][3]
                out[i, int(np.argmax(nodes[k][4]))] += 1.0
        return out / len(self._trees)

    def predict(self, X):
        proba = self.predict_proba(X)
        return self.classes_[np.argmax(proba, axis=1)]
