import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import label_propagation


def _graph(n, edges):
    W = np.zeros((n, n))
    for a, b, w in edges:
        W[a, b] = W[b, a] = w
    return W


def _iterate(W, y, k, sweeps):
    # Plain clamped averaging, many sweeps: converges fast on well-connected graphs.
    n = len(y)
    F = np.full((n, k), 1.0 / k)
    lab = y >= 0
    F[lab] = np.eye(k)[y[lab]]
    deg = W.sum(axis=1)
    for _ in range(sweeps):
        F = np.where(lab[:, None], F, (W @ F) / np.where(deg > 0, deg, 1.0)[:, None])
        F[lab] = np.eye(k)[y[lab]]
    return F


class HiddenTests(unittest.TestCase):
    def test_dense_random_graphs_against_iteration(self):
        """Well-connected random graphs: F matches thousands of clamped averaging sweeps"""
        rng = np.random.default_rng(13)
        for trial in range(4):
            n, k = int(rng.integers(5, 30)), int(rng.integers(2, 4))
            W = rng.uniform(0.2, 1.0, size=(n, n)) * (rng.random((n, n)) < 0.6)
            W = np.triu(W, 1)
            W = W + W.T + np.diag(rng.uniform(0, 0.5, size=n))
            W[0, 1:] = W[1:, 0] = 0.3  # node 0 connects everything
            y = np.full(n, -1)
            y[rng.choice(n, size=k + 1, replace=False)] = np.arange(k + 1) % k
            F, labels = label_propagation(W, y)
            expected = _iterate(W, y, k, 3000)
            check_close(F, expected, 1e-8, 0, "F (trial %d, n=%d)" % (trial, n))
            check_equal(np.asarray(labels).tolist(), np.argmax(expected, axis=1).tolist(), "labels (trial %d)" % trial)

    def test_long_chain(self):
        """A 400-node chain labelled 0 at one end and 1 at the other: F interpolates linearly"""
        n = 400
        W = _graph(n, [(i, i + 1, 1.0) for i in range(n - 1)])
        y = np.full(n, -1)
        y[0], y[-1] = 0, 1
        F, labels = label_propagation(W, y)
        t = np.arange(n) / (n - 1)
        check_close(F, np.column_stack([1 - t, t]), 1e-8, 0, "F along a 400-node chain")

    def test_unreachable_component_is_uniform(self):
        """A component with no labelled node gets 1/K, alongside a normal component"""
        W = _graph(6, [(0, 1, 1.0), (1, 2, 2.0), (3, 4, 1.0), (4, 5, 1.0)])
        F, labels = label_propagation(W, np.array([0, -1, 2, -1, -1, -1]))
        check(np.all(np.isfinite(F)), "F must be finite when a component has no labelled node", "finite", F)
        check_close(F[1], [1 / 3, 0, 2 / 3], 1e-8, 0, "F of node 1")
        check_close(F[3:], np.full((3, 3), 1 / 3), 1e-8, 0, "F of the unlabelled component")
        check_equal(np.asarray(labels).tolist(), [0, 2, 2, 0, 0, 0], "labels")

    def test_self_loops_and_extra_classes(self):
        """Self-loops count in the averages; n_classes larger than the labels adds zero columns"""
        W = _graph(3, [(0, 1, 1.0), (1, 2, 1.0)])
        W[1, 1] = 2.0
        F, _ = label_propagation(W, np.array([1, -1, -1]), n_classes=3)
        check_close(F[1], [0, 1, 0], 1e-8, 0, "F of a node whose only labelled source is class 1")
        check_close(F.sum(axis=1), np.ones(3), 1e-8, 0, "row sums")
        W2 = _graph(3, [(0, 1, 1.0), (1, 2, 1.0)])
        W2[1, 1] = 4.0
        F2, _ = label_propagation(W2, np.array([0, -1, 1]))
        check_close(F2[1], [0.5, 0.5], 1e-8, 0, "a self-loop of weight 4 does not change a symmetric average")
        check_equal(int(np.asarray(label_propagation(W2, np.array([0, -1, 1]))[1])[1]), 0, "a 50/50 tie goes to class 0")

    def test_inputs_not_modified(self):
        """W and y are left unchanged"""
        W = _graph(4, [(0, 1, 1.0), (1, 2, 1.0), (2, 3, 1.0)])
        y = np.array([0, -1, -1, 1])
        W0, y0 = W.copy(), y.copy()
        label_propagation(W, y)
        check_equal(W, W0, "W after the call")
        check_equal(y, y0, "y after the call")

    def test_invalid_input_raises(self):
        """Invalid graphs, labels and class counts raise ValueError"""
        W = _graph(3, [(0, 1, 1.0), (1, 2, 1.0)])
        cases = [
            ("a 2x3 W", lambda: label_propagation(np.zeros((2, 3)), np.array([0, -1]))),
            ("an asymmetric W", lambda: label_propagation(np.array([[0.0, 1.0], [0.0, 0.0]]), np.array([0, -1]))),
            # solvable if symmetry were not checked, so only the symmetry check can refuse it (not a LinAlgError)
            ("an asymmetric W with both directions positive", lambda: label_propagation(np.array([[0.0, 1.0], [0.5, 0.0]]), np.array([0, -1]))),
            ("a negative weight", lambda: label_propagation(np.array([[0.0, -1.0], [-1.0, 0.0]]), np.array([0, -1]))),
            ("y of length 2", lambda: label_propagation(W, np.array([0, -1]))),
            ("float labels", lambda: label_propagation(W, np.array([0.0, -1.0, 1.0]))),
            ("a label of -2", lambda: label_propagation(W, np.array([0, -2, 1]))),
            ("no labelled node", lambda: label_propagation(W, np.array([-1, -1, -1]))),
            ("n_classes = 1 with label 1", lambda: label_propagation(W, np.array([0, -1, 1]), n_classes=1)),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
