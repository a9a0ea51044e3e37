import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import ring_all_reduce


def _schedule(P):
    log = [("reduce-scatter", s, i, (i + 1) % P, (i - s) % P) for s in range(P - 1) for i in range(P)]
    return log + [("all-gather", s, i, (i + 1) % P, (i + 1 - s) % P) for s in range(P - 1) for i in range(P)]


class HiddenTests(unittest.TestCase):
    def test_many_workers(self):
        """Seven workers, 50 elements: every worker has the sum, the log follows the ring schedule"""
        rng = np.random.default_rng(1)
        arrays = [rng.normal(size=50) * 10 for _ in range(7)]
        total = np.zeros(50)
        for a in arrays:
            total = total + a
        out, log = ring_all_reduce(arrays)
        for i in range(7):
            check_close(out[i], total, 1e-9, 1e-12, "output of worker %d" % i)
        check_equal([tuple(m) for m in log], _schedule(7), "message log")

    def test_fewer_elements_than_workers(self):
        """Five workers, three elements: two chunks are empty"""
        arrays = [np.array([1.0, 2.0, 3.0]) * (k + 1) for k in range(5)]
        out, log = ring_all_reduce(arrays)
        for i in range(5):
            check_close(out[i], [15.0, 30.0, 45.0], 1e-9, 1e-12, "output of worker %d" % i)
        check_equal([tuple(m) for m in log], _schedule(5), "message log")

    def test_outputs_are_identical_copies(self):
        """Every worker ends with bit-identical values and its own array"""
        rng = np.random.default_rng(2)
        arrays = [rng.normal(size=9) for _ in range(3)]
        out, _ = ring_all_reduce(arrays)
        for i in range(1, 3):
            check(np.array_equal(out[0], out[i]), "worker %d differs bitwise from worker 0" % i, out[0], out[i])
        check(out[0] is not out[1] and not np.shares_memory(out[0], out[1]), "workers must not share one array", "separate arrays", "shared")

    def test_integer_lists_and_two_workers(self):
        """Two workers with integer lists: float64 sums"""
        out, log = ring_all_reduce([[1, 2, 3], [4, 5, 6]])
        check_equal(np.asarray(out[0]).dtype, np.dtype(np.float64), "dtype of the outputs")
        check_close(out[1], [5.0, 7.0, 9.0], 0, 0, "output of worker 1")
        check_equal([tuple(m) for m in log], _schedule(2), "message log")

    def test_invalid_inputs(self):
        """An empty list, different lengths or 2-D arrays raise ValueError"""
        for arg, why in [([], "no workers"), ([np.ones(3), np.ones(4)], "lengths 3 and 4"), ([np.ones((2, 2)), np.ones((2, 2))], "2-D arrays")]:
            with self.assertRaises(ValueError, msg=why):
                ring_all_reduce(arg)

    def test_inputs_not_modified(self):
        """The workers' input arrays are left unchanged"""
        arrays = [np.array([1.0, 2.0]), np.array([3.0, 4.0]), np.array([5.0, 6.0])]
        saved = [a.copy() for a in arrays]
        ring_all_reduce(arrays)
        for i, (a, s) in enumerate(zip(arrays, saved)):
            check_close(a, s, 0, 0, "input of worker %d" % i)


if __name__ == "__main__":
    unittest.main()
