import unittest

import numpy as np

from mlreps_check import check_close, check_equal, check_shape
from solution import label_propagation


def _graph(n, edges):
    W = np.zeros((n, n))
    for a, b, w in edges:
        W[a, b] = W[b, a] = w
    return W


class VisibleTests(unittest.TestCase):
    def test_example_path(self):
        """A labelled path interpolates linearly; the isolated node is uniform"""
        W = _graph(5, [(0, 1, 1.0), (1, 2, 1.0), (2, 3, 1.0)])
        F, labels = label_propagation(W, np.array([0, -1, -1, 1, -1]))
        check_shape(F, (5, 2), "F")
        check_close(F, [[1, 0], [2 / 3, 1 / 3], [1 / 3, 2 / 3], [0, 1], [0.5, 0.5]], 1e-8, 0, "F")
        check_equal(np.asarray(labels).tolist(), [0, 0, 1, 1, 0], "labels")

    def test_weighted_star(self):
        """A centre tied to a class-0 node with weight 3 and a class-1 node with weight 1 gets (3/4, 1/4)"""
        W = _graph(3, [(0, 1, 3.0), (0, 2, 1.0)])
        F, labels = label_propagation(W, np.array([-1, 0, 1]))
        check_close(F[0], [0.75, 0.25], 1e-8, 0, "F of the centre")
        check_equal(int(np.asarray(labels)[0]), 0, "label of the centre")

    def test_labelled_rows_are_one_hot(self):
        """Labelled nodes keep their one-hot rows whatever their neighbours say"""
        W = _graph(3, [(0, 1, 5.0), (1, 2, 5.0)])
        F, _ = label_propagation(W, np.array([0, 2, 0]))
        check_close(F, [[1, 0, 0], [0, 0, 1], [1, 0, 0]], 1e-8, 0, "F with every node labelled")


if __name__ == "__main__":
    unittest.main()
