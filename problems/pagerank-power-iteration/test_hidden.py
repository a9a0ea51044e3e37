import time
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
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


class HiddenTests(unittest.TestCase):
    def test_random_graphs_against_linear_solve(self):
        """Random graphs with dangling nodes, self-loops and repeated edges match a dense linear solve"""
        rng = np.random.default_rng(10)
        for trial in range(6):
            n = int(rng.integers(1, 25))
            m = int(rng.integers(0, 3 * n + 1))
            edges = [(int(a), int(b)) for a, b in rng.integers(0, n, size=(m, 2))]
            d = float(rng.choice([0.5, 0.85, 0.95]))
            check_close(pagerank(n, edges, damping=d), _dense_pagerank(n, edges, d), ATOL, 0,
                        "PageRank (trial %d, n=%d, m=%d, damping=%g)" % (trial, n, m, d))

    def test_repeated_edges_count_twice(self):
        """Two copies of 0 -> 1 and one of 0 -> 2: node 1 receives two thirds of node 0's share"""
        edges = [(0, 1), (0, 1), (0, 2), (1, 0), (2, 0)]
        check_close(pagerank(3, edges), _dense_pagerank(3, edges, 0.85), ATOL, 0, "PageRank with a repeated edge")

    def test_direction_matters(self):
        """A star pointing into node 0 ranks node 0 first; reversed, node 0 ranks last"""
        into = pagerank(5, [(i, 0) for i in range(1, 5)])
        out = pagerank(5, [(0, i) for i in range(1, 5)])
        check(int(np.argmax(into)) == 0, "node 0 must rank first when every edge points to it", 0, int(np.argmax(into)))
        check(int(np.argmin(out)) == 0, "node 0 must rank last when it only points outwards", 0, int(np.argmin(out)))
        check_close(into, _dense_pagerank(5, [(i, 0) for i in range(1, 5)], 0.85), ATOL, 0, "PageRank of an inward star")

    def test_no_edges_and_array_input(self):
        """No edges gives uniform scores; an (m, 2) int array works like a list of pairs"""
        check_close(pagerank(4, []), [0.25] * 4, ATOL, 0, "PageRank with no edges")
        E = np.array([[0, 1], [1, 2], [2, 0], [2, 1]])
        check_close(pagerank(3, E), _dense_pagerank(3, E.tolist(), 0.85), ATOL, 0, "PageRank from an int array")

    def test_large_sparse_graph_within_budget(self):
        """20,000 nodes and 100,000 edges within two seconds; the result is a fixed point of the update"""
        rng = np.random.default_rng(1)
        n, m = 20_000, 100_000
        E = rng.integers(0, n, size=(m, 2))
        E[:, 1] = np.minimum(E[:, 1], rng.integers(0, n, size=m))  # skewed in-degrees
        E_copy = E.copy()
        start = time.perf_counter()
        r = np.asarray(pagerank(n, E, tol=1e-10), dtype=np.float64)
        elapsed = time.perf_counter() - start
        check(elapsed < 2.0, "pagerank on 20,000 nodes took %.2f s; the budget is 2 s (work on the edge list)" % elapsed, "< 2 s", "%.2f s" % elapsed)
        check_equal(E, E_copy, "edges after the call")
        check_close(r.sum(), 1.0, 1e-9, 0, "sum of PageRank")
        out = np.bincount(E[:, 0], minlength=n).astype(float)
        dangling = out == 0
        incoming = np.bincount(E[:, 1], weights=r[E[:, 0]] / np.where(dangling, 1, out)[E[:, 0]], minlength=n)
        again = 0.15 / n + 0.85 * (incoming + r[dangling].sum() / n)
        check_close(r, again, 1e-9, 0, "PageRank after one more update")

    def test_invalid_input_raises(self):
        """Bad n, out-of-range ids, malformed edges and bad damping raise ValueError"""
        cases = [
            ("n = 0", lambda: pagerank(0, [])),
            ("a target id equal to n", lambda: pagerank(3, [(0, 3)])),
            ("a negative source id", lambda: pagerank(3, [(-1, 0)])),
            ("triples instead of pairs", lambda: pagerank(3, [(0, 1, 2)])),
            ("damping = 1", lambda: pagerank(3, [(0, 1)], damping=1.0)),
            ("damping = -0.1", lambda: pagerank(3, [(0, 1)], damping=-0.1)),
        ]
        for name, call in cases:
            with self.assertRaises(ValueError, msg="%s must raise ValueError" % name):
                call()


if __name__ == "__main__":
    unittest.main()
