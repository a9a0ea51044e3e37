import unittest

import numpy as np

from mlreps_check import check_close, check_shape
from solution import pagerank

ATOL = 1e-9


def _dense_pagerank(n, edges, d):
    # Solve (I - d G^T) r = (1 - d) / n, with dangling rows of G replaced by 1/n.
    G = np.zeros((n, n))
    for s, t in edges:
        G[s, t] += 1.0
    out = G.sum(axis=1)
    G[out == 0] = 1.0
    G /= G.sum(axis=1, keepdims=True)
    return np.linalg.solve(np.eye(n) - d * G.T, np.full(n, (1 - d) / n))


class VisibleTests(unittest.TestCase):
    def test_cycle_is_uniform(self):
        """A directed 3-cycle gives every node 1/3"""
        got = pagerank(3, [(0, 1), (1, 2), (2, 0)])
        check_shape(got, (3,), "PageRank vector")
        check_close(got, [1 / 3] * 3, ATOL, 0, "PageRank of a cycle")

    def test_dangling_node(self):
        """Node 2 has no out-links: its rank is spread over every node, and the total stays 1"""
        edges = [(0, 1), (0, 2), (1, 2)]
        got = pagerank(3, edges)
        check_close(got, _dense_pagerank(3, edges, 0.85), ATOL, 0, "PageRank with a dangling node")
        check_close(float(np.sum(got)), 1.0, ATOL, 0, "sum of PageRank")

    def test_damping_zero(self):
        """damping = 0 is pure teleportation: uniform scores"""
        check_close(pagerank(4, [(0, 1), (1, 0), (2, 0)], damping=0.0), [0.25] * 4, ATOL, 0, "PageRank with damping 0")


if __name__ == "__main__":
    unittest.main()
