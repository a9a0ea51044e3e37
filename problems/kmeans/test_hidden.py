import copy
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import kmeans

ATOL, RTOL = 1e-9, 1e-7


def _nearest(p, cents):
    best, best_d = 0, None
    for j, c in enumerate(cents):
        d = sum((a - b) ** 2 for a, b in zip(p, c))
        if best_d is None or d < best_d:
            best, best_d = j, d
    return best


def _slow_kmeans(X, init, max_iter):
    # Plain-Python transcription of the README procedure.
    pts = [list(map(float, r)) for r in X]
    cents = [list(map(float, r)) for r in init]
    labels = [_nearest(p, cents) for p in pts]
    n_iter = 0
    while True:
        for j in range(len(cents)):
            members = [p for p, l in zip(pts, labels) if l == j]
            if members:
                cents[j] = [sum(col) / len(members) for col in zip(*members)]
        n_iter += 1
        new = [_nearest(p, cents) for p in pts]
        same = new == labels
        labels = new
        if same or n_iter == max_iter:
            return np.array(cents), np.array(labels), n_iter


def _blobs(rng, n_per, centers, scale):
    return np.vstack([c + scale * rng.normal(size=(n_per, len(c))) for c in centers])


class HiddenTests(unittest.TestCase):
    def test_random_blobs_against_slow_version(self):
        """Random blobs and random initial rows match a plain-Python transcription of the procedure"""
        rng = np.random.default_rng(0)
        for trial in range(4):
            X = _blobs(rng, 15, np.array([[0.0, 0.0], [3.0, 3.0], [0.0, 4.0]]), 1.2)
            init = X[rng.choice(len(X), size=3, replace=False)]
            for max_iter in (1, 2, 100):
                _orig_X = copy.deepcopy(X)
                _orig_init = copy.deepcopy(init)
                _orig_max_iter = copy.deepcopy(max_iter)
                c, l, it = kmeans(X, init, max_iter=max_iter)
                ec, el, eit = _slow_kmeans(_orig_X, _orig_init, _orig_max_iter)
                check_close(c, ec, ATOL, RTOL, "centroids (trial %d, max_iter=%d)" % (trial, max_iter))
                check_equal(np.asarray(l), el, "labels (trial %d, max_iter=%d)" % (trial, max_iter))
                check_equal(int(it), eit, "n_iter (trial %d, max_iter=%d)" % (trial, max_iter))

    def test_assignment_tie_goes_to_lowest_index(self):
        """Points equidistant from two centroids join the lower-indexed one"""
        X = np.array([[-1.0, 0.0], [1.0, 0.0], [0.0, 5.0], [0.0, -5.0]])
        c, l, it = kmeans(X, np.array([[-1.0, 0.0], [1.0, 0.0]]))
        check_equal(np.asarray(l), np.array([0, 1, 0, 0]), "labels")
        check_close(c, [[-1.0 / 3.0, 0.0], [1.0, 0.0]], ATOL, RTOL, "centroids")
        check_equal(int(it), 1, "n_iter")

    def test_identical_initial_centroids(self):
        """With two identical initial centroids, every point first goes to centroid 0 and centroid 1 stays put"""
        X = np.array([[1.0, 1.0], [3.0, 1.0], [2.0, 4.0]])
        c, l, it = kmeans(X, np.array([[0.0, 0.0], [0.0, 0.0]]))
        # Update 1: centroid 0 -> (2, 2), centroid 1 stays (0, 0); (1, 1) is equidistant (tie -> 0), the rest
        # are nearer (2, 2), so the assignment is unchanged: stop.
        check_close(c, [[2.0, 2.0], [0.0, 0.0]], ATOL, RTOL, "centroids")
        check_equal(np.asarray(l), np.array([0, 0, 0]), "labels")
        check_equal(int(it), 1, "n_iter")

    def test_labels_consistent_with_returned_centroids(self):
        """For any max_iter, each label is the nearest returned centroid"""
        rng = np.random.default_rng(1)
        X = rng.normal(size=(60, 4))
        init = X[:5].copy()
        for max_iter in (1, 3, 50):
            c, l, it = kmeans(X, init, max_iter=max_iter)
            d2 = ((X[:, None, :] - np.asarray(c)[None, :, :]) ** 2).sum(axis=2)
            check_equal(np.asarray(l), np.argmin(d2, axis=1), "labels vs nearest centroid (max_iter=%d)" % max_iter)
            check(1 <= int(it) <= max_iter, "n_iter must lie in 1..max_iter", "1..%d" % max_iter, it)

    def test_fixed_point_at_convergence(self):
        """After convergence, every non-empty centroid is the mean of its points"""
        rng = np.random.default_rng(2)
        X = _blobs(rng, 20, np.array([[0.0, 0.0, 0.0], [5.0, 0.0, 0.0], [0.0, 5.0, 5.0], [5.0, 5.0, 5.0]]), 1.0)
        c, l, it = kmeans(X, X[[0, 1, 2, 3]], max_iter=300)
        l = np.asarray(l)
        check(int(it) < 300, "the run should converge before max_iter", "< 300", it)
        for j in range(4):
            if np.any(l == j):
                check_close(np.asarray(c)[j], X[l == j].mean(axis=0), ATOL, RTOL, "centroid %d vs cluster mean" % j)

    def test_already_converged_init(self):
        """Starting at the cluster means takes exactly one update"""
        X = np.array([[0.0, 0.0], [0.0, 2.0], [4.0, 0.0], [4.0, 2.0]])
        c, l, it = kmeans(X, np.array([[0.0, 1.0], [4.0, 1.0]]))
        check_close(c, [[0.0, 1.0], [4.0, 1.0]], ATOL, RTOL, "centroids")
        check_equal(np.asarray(l), np.array([0, 0, 1, 1]), "labels")
        check_equal(int(it), 1, "n_iter")

    def test_inputs_unchanged_and_shapes(self):
        """Shapes are (k, d) and (n,); X and init_centroids are not modified"""
        rng = np.random.default_rng(3)
        X = rng.normal(size=(10, 3))
        init = X[[2, 7]].copy()
        Xc, ic = X.copy(), init.copy()
        c, l, it = kmeans(X, init)
        check_shape(c, (2, 3), "centroids")
        check_shape(l, (10,), "labels")
        check(np.issubdtype(np.asarray(l).dtype, np.integer), "labels must be integers", "an integer dtype",
              str(np.asarray(l).dtype))
        check_equal(X, Xc, "X after the call")
        check_equal(init, ic, "init_centroids after the call")

    def test_k_equals_one(self):
        """k=1 gives the overall mean in one update"""
        rng = np.random.default_rng(4)
        X = rng.normal(size=(9, 2))
        c, l, it = kmeans(X, np.array([[50.0, -50.0]]))
        check_close(c, X.mean(axis=0, keepdims=True), ATOL, RTOL, "centroid for k=1")
        check_equal(np.asarray(l), np.zeros(9, dtype=int), "labels for k=1")
        check_equal(int(it), 1, "n_iter for k=1")


class GapTests(unittest.TestCase):
    def test_integer_inputs_give_float_centroids(self):
        """Integer X and init_centroids: centroids are float64 means, not truncated"""
        X = np.array([[0], [1], [3], [8], [9], [12]])
        centroids, labels, n_iter = kmeans(X, np.array([[0], [10]]))
        check(isinstance(centroids, np.ndarray) and centroids.dtype == np.float64, "centroids must be float64", "float64", getattr(centroids, "dtype", type(centroids).__name__))
        check_close(centroids, [[4 / 3], [29 / 3]], 1e-9, 1e-7, "centroids of integer data")
        check_equal(np.asarray(labels), np.array([0, 0, 0, 1, 1, 1]), "labels of integer data")


if __name__ == "__main__":
    unittest.main()
