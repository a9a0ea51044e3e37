import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import column_parallel_forward, row_parallel_forward, shard_columns, shard_rows

ATOL, RTOL = 1e-10, 1e-9


class VisibleTests(unittest.TestCase):
    def test_shard_columns_example(self):
        """The README example: 4 output columns on 2 devices, two columns and two biases each"""
        W = np.arange(12.0).reshape(3, 4)
        b = np.array([1.0, 2.0, 3.0, 4.0])
        W_shards, b_shards = shard_columns(W, b, 2)
        check_equal(len(W_shards), 2, "number of weight shards")
        check_equal(np.asarray(W_shards[0]), np.array([[0.0, 1.0], [4.0, 5.0], [8.0, 9.0]]), "W_shards[0]")
        check_equal(np.asarray(W_shards[1]), np.array([[2.0, 3.0], [6.0, 7.0], [10.0, 11.0]]), "W_shards[1]")
        check_equal(np.asarray(b_shards[0]), np.array([1.0, 2.0]), "b_shards[0]")
        check_equal(np.asarray(b_shards[1]), np.array([3.0, 4.0]), "b_shards[1]")

    def test_column_parallel_example(self):
        """The README example: per-device outputs, and their all-gather equal to x @ W + b"""
        W = np.arange(12.0).reshape(3, 4)
        b = np.array([1.0, 2.0, 3.0, 4.0])
        W_shards, b_shards = shard_columns(W, b, 2)
        x = np.array([[1.0, 0.0, -1.0]])
        parts = column_parallel_forward(x, W_shards, b_shards, gather=False)
        check_equal(len(parts), 2, "number of per-device outputs")
        check_close(parts[0], [[-7.0, -6.0]], ATOL, RTOL, "output of device 0")
        check_close(parts[1], [[-5.0, -4.0]], ATOL, RTOL, "output of device 1")
        check_close(column_parallel_forward(x, W_shards, b_shards), [[-7.0, -6.0, -5.0, -4.0]], ATOL, RTOL, "gathered output")

    def test_parallel_mlp_matches_unsharded(self):
        """A ReLU MLP 6 -> 8 -> 5 on 4 devices equals relu(x @ W1 + b1) @ W2 + b2"""
        rng = np.random.default_rng(0)
        x = rng.normal(size=(3, 6))
        W1, b1 = rng.normal(size=(6, 8)), rng.normal(size=8)
        W2, b2 = rng.normal(size=(8, 5)), rng.normal(size=5)
        W1_shards, b1_shards = shard_columns(W1, b1, 4)
        hidden = [np.maximum(h, 0.0) for h in column_parallel_forward(x, W1_shards, b1_shards, gather=False)]
        got = row_parallel_forward(hidden, shard_rows(W2, 4), b2)
        check(isinstance(got, np.ndarray), "row_parallel_forward must return an array", "ndarray", type(got).__name__)
        check_close(got, np.maximum(x @ W1 + b1, 0.0) @ W2 + b2, ATOL, RTOL, "tensor-parallel MLP output")


if __name__ == "__main__":
    unittest.main()
