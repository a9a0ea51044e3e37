import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import k_medoids


def _loop_kmedoids(D, init, max_iter):
    # The statement's procedure with explicit loops and Python comparisons.
    D = np.asarray(D).tolist()
    n = len(D)
    med = list(init)

    def assign(med):
        out = []
        for i in range(n):
            best = 0
            for c in range(1, len(med)):
                if D[i][med[c]] < D[i][med[best]]:
                    best = c
            out.append(best)
        return out

    labels = assign(med)
    for _ in range(max_iter):
        new = list(med)
        for c in range(len(med)):
            members = [i for i in range(n) if labels[i] == c]
            if members:
                new[c] = min(members, key=lambda j: (sum(D[j][i] for i in members), j))
        if new == med:
            break
        med = new
        labels = assign(med)
    return med, labels, sum(D[i][med[labels[i]]] for i in range(n))


def _rounded_distances(rng, n, d):
    # Distances rounded to 1/8 so that ties are exact, symmetric and zero on the diagonal.
    X = rng.normal(size=(n, d)) * 3
    D = np.round(np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(-1)) * 8) / 8
    return (D + D.T) / 2


class HiddenTests(unittest.TestCase):
    def test_random_against_loops(self):
        """Random points, k and starts: medoids, labels and cost match a loop implementation"""
        rng = np.random.default_rng(17)
        for trial in range(8):
            n, k = int(rng.integers(2, 25)), int(rng.integers(1, 5))
            k = min(k, n)
            D = _rounded_distances(rng, n, 2)
            init = [int(v) for v in rng.choice(n, size=k, replace=False)]
            med, lab, cost = _loop_kmedoids(D, init, 100)
            got_m, got_l, got_c = k_medoids(D, init)
            check_equal(np.asarray(got_m).tolist(), med, "medoids (trial %d, n=%d, init=%s)" % (trial, n, init))
            check_equal(np.asarray(got_l).tolist(), lab, "labels (trial %d)" % trial)
            check_close(got_c, cost, 1e-9, 0, "cost (trial %d)" % trial)

    def test_medoid_is_a_member(self):
        """The new medoid comes from the cluster's own members, even when a point of another cluster is more central"""
        D = np.array([[0.0, 4.0, 10.0, 1.0],
                      [4.0, 0.0, 10.0, 1.0],
                      [10.0, 10.0, 0.0, 0.1],
                      [1.0, 1.0, 0.1, 0.0]])
        med, lab, cost = k_medoids(D, [0, 2])
        check_equal(np.asarray(med).tolist(), [0, 2], "medoids")
        check_equal(np.asarray(lab).tolist(), [0, 0, 1, 1], "labels")
        check_close(cost, 4.1, 1e-9, 0, "cost")

    def test_ties(self):
        """A point equidistant from two medoids joins the first; equal totals pick the lowest index"""
        D = np.array([[0, 2, 1], [2, 0, 1], [1, 1, 0]], dtype=float)
        med, lab, cost = k_medoids(D, [0, 1], max_iter=1)
        check_equal(np.asarray(lab).tolist(), [0, 1, 0], "labels with an equidistant point")
        check_equal(np.asarray(med).tolist(), [0, 1], "medoids when both members tie")
        check_close(cost, 1.0, 1e-9, 0, "cost")

    def test_max_iter_limits_updates(self):
        """max_iter = 1 performs a single update step"""
        x = np.array([0.0, 1.0, 2.0, 10.0, 11.0, 13.0])
        D = np.abs(x[:, None] - x[None, :])
        med, lab, _ = k_medoids(D, [0, 1], max_iter=1)
        check_equal(np.asarray(med).tolist(), [0, 3], "medoids after one update")
        check_equal(np.asarray(lab).tolist(), [0, 0, 0, 1, 1, 1], "labels after one update")

    def test_types_and_inputs_not_modified(self):
        """Lists are accepted; medoids and labels are int arrays, cost a float; inputs unchanged"""
        D = [[0, 3, 4], [3, 0, 5], [4, 5, 0]]
        init = [2, 0]
        med, lab, cost = k_medoids(D, init)
        check(np.asarray(med).dtype.kind in "iu" and np.asarray(lab).dtype.kind in "iu", "medoids and labels must be integer arrays",
              "int", (np.asarray(med).dtype, np.asarray(lab).dtype))
        check(isinstance(cost, float), "cost must be a Python float", "float", type(cost).__name__)
        check_equal(D, [[0, 3, 4], [3, 0, 5], [4, 5, 0]], "D after the call")
        check_equal(init, [2, 0], "init_medoids after the call")

    def test_invalid_input_raises(self):
        """Invalid matrices and starting medoids raise ValueError"""
        D = np.array([[0.0, 1.0], [1.0, 0.0]])
        cases = [
            ("a 2x3 matrix", lambda: k_medoids(np.zeros((2, 3)), [0])),
            ("an asymmetric matrix", lambda: k_medoids(np.array([[0.0, 1.0], [2.0, 0.0]]), [0])),
            ("a non-zero diagonal", lambda: k_medoids(np.array([[1.0, 1.0], [1.0, 0.0]]), [0])),
            ("a negative distance", lambda: k_medoids(np.array([[0.0, -1.0], [-1.0, 0.0]]), [0])),
            ("no medoids", lambda: k_medoids(D, [])),
            ("a repeated medoid", lambda: k_medoids(D, [1, 1])),
            ("a medoid out of range", lambda: k_medoids(D, [2])),
            ("a non-integer medoid", lambda: k_medoids(D, [0.5])),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
