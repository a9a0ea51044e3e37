# Wrong: takes the exact minimum Gini score, so a later candidate that is lower only by float rounding beats the first tied one.
import numpy as np

TIE_TOL = 1e-12


def _best_split(X, y_idx, n_classes):
    """(feature, threshold) with the lowest weighted Gini, ties -> lowest feature, then threshold."""
    n, d = X.shape
    onehot = np.eye(n_classes)[y_idx]
    total = onehot.sum(axis=0)
    candidates = []
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        xs = X[order, j]
        cut = np.nonzero(xs[:-1] < xs[1:])[0]
        if cut.size == 0:
            continue
        c_left = np.cumsum(onehot[order], axis=0)[cut]
        c_right = total - c_left
        n_left = (cut + 1.0)[:, None]
        n_right = n - n_left
        score = (n_left[:, 0] * (1.0 - np.sum((c_left / n_left) ** 2, axis=1))
                 + n_right[:, 0] * (1.0 - np.sum((c_right / n_right) ** 2, axis=1))) / n
        thresholds = (xs[cut] + xs[cut + 1]) / 2.0
        candidates.extend(zip(score.tolist(), [j] * cut.size, thresholds.tolist()))
    if not candidates:
        return None
    lowest = min(c[0] for c in candidates)
    _, j, t = next(c for c in candidates if c[0] == lowest)
    return j, t


class DecisionTreeClassifier:
    def __init__(self, max_depth=None, min_samples_split=2):
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split
        self.tree_ = None

    def fit(self, X, y):
        X = np.asarray(X, dtype=np.float64)
        y = np.asarray(y)
        self.classes_, y_idx = np.unique(y, return_inverse=True)
        self.tree_ = self._grow(X, y_idx.ravel(), 0)
        return self

    def _grow(self, X, y_idx, depth):
        counts = np.bincount(y_idx, minlength=len(self.classes_))
        leaf = ("leaf", self.classes_[np.argmax(counts)])  # classes_ sorted: ties -> smallest label
        if (self.max_depth is not None and depth >= self.max_depth) \
                or len(y_idx) < self.min_samples_split or np.count_nonzero(counts) == 1:
            return leaf
        split = _best_split(X, y_idx, len(self.classes_))
        if split is None:
            return leaf
        j, t = split
        go_left = X[:, j] <= t
        return ("node", j, t,
                self._grow(X[go_left], y_idx[go_left], depth + 1),
                self._grow(X[~go_left], y_idx[~go_left], depth + 1))

    def predict(self, X):
        X = np.asarray(X, dtype=np.float64)
        out = []
        for x in X:
            node = self.tree_
            while node[0] == "node":
                _, j, t, left, right = node
                node = left if x[j] <= t else right
            out.append(node[1])
        return np.array(out, dtype=self.classes_.dtype)
