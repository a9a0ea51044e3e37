import unittest

import numpy as np

from mlreps_check import check_close, check_equal
from solution import ring_all_reduce


def _schedule(P):
    log = [("reduce-scatter", s, i, (i + 1) % P, (i - s) % P) for s in range(P - 1) for i in range(P)]
    return log + [("all-gather", s, i, (i + 1) % P, (i + 1 - s) % P) for s in range(P - 1) for i in range(P)]


class VisibleTests(unittest.TestCase):
    def test_readme_example(self):
        """Three workers with three elements each"""
        out, log = ring_all_reduce([np.array([1.0, 2.0, 3.0]), np.array([10.0, 20.0, 30.0]), np.array([100.0, 200.0, 300.0])])
        for i in range(3):
            check_close(out[i], [111.0, 222.0, 333.0], 1e-9, 1e-12, "output of worker %d" % i)
        check_equal([tuple(m) for m in log], _schedule(3), "message log")

    def test_uneven_chunks(self):
        """Four workers, ten elements (chunks of 3, 3, 2, 2)"""
        rng = np.random.default_rng(0)
        arrays = [rng.normal(size=10) for _ in range(4)]
        total = arrays[0] + arrays[1] + arrays[2] + arrays[3]     # before the call, from the untouched inputs
        out, log = ring_all_reduce(arrays)
        for i in range(4):
            check_close(out[i], total, 1e-9, 1e-12, "output of worker %d" % i)
        check_equal(len(log), 2 * 3 * 4, "number of messages")

    def test_single_worker(self):
        """One worker: its own array back and no messages"""
        out, log = ring_all_reduce([np.array([1.0, -2.0])])
        check_close(out[0], [1.0, -2.0], 0, 0, "output")
        check_equal(list(log), [], "message log")


if __name__ == "__main__":
    unittest.main()
