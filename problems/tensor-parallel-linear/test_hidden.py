import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_raises
from solution import column_parallel_forward, row_parallel_forward, shard_columns, shard_rows

ATOL, RTOL = 1e-10, 1e-9


def _mlp(x, W1, b1, W2, b2, P):
    W1_shards, b1_shards = shard_columns(W1, b1, P)
    hidden = [np.maximum(np.asarray(h), 0.0) for h in column_parallel_forward(x, W1_shards, b1_shards, gather=False)]
    return row_parallel_forward(hidden, shard_rows(W2, P), b2)


def _exact_mlp(x, W1, b1, W2, b2):
    # Unsharded, in extended precision.
    L = np.longdouble
    h = np.maximum(x.astype(L) @ W1.astype(L) + b1.astype(L), 0)
    return (h @ W2.astype(L) + b2.astype(L)).astype(np.float64)


class HiddenTests(unittest.TestCase):
    def test_shards_are_contiguous_blocks(self):
        """For P = 1, 2, 3 and 6, device i holds columns (or rows) i*n .. (i+1)*n - 1 in order"""
        rng = np.random.default_rng(1)
        W, b = rng.normal(size=(6, 12)), rng.normal(size=12)
        for P in (1, 2, 3, 6):
            W_shards, b_shards = shard_columns(W, b, P)
            check_equal(len(W_shards), P, "number of column shards for P=%d" % P)
            n = 12 // P
            for i in range(P):
                cols = list(range(i * n, (i + 1) * n))
                check_equal(np.asarray(W_shards[i]), W[:, cols], "column shard %d of %d" % (i, P))
                check_equal(np.asarray(b_shards[i]), b[cols], "bias shard %d of %d" % (i, P))
            row_shards = shard_rows(W, P)
            check_equal(len(row_shards), P, "number of row shards for P=%d" % P)
            m = 6 // P
            for i in range(P):
                check_equal(np.asarray(row_shards[i]), W[list(range(i * m, (i + 1) * m)), :], "row shard %d of %d" % (i, P))

    def test_shards_are_copies(self):
        """Writing into a shard changes neither W, b nor any other shard"""
        W, b = np.arange(24.0).reshape(4, 6), np.arange(6.0)
        saved_W, saved_b = W.copy(), b.copy()
        W_shards, b_shards = shard_columns(W, b, 3)
        W_shards[0][...] = -1.0
        b_shards[1][...] = -1.0
        rows = shard_rows(W, 2)
        rows[1][...] = -1.0
        check_equal(W, saved_W, "W after writing into its shards")
        check_equal(b, saved_b, "b after writing into its shards")
        check_equal(np.asarray(W_shards[1]), saved_W[:, 2:4], "column shard 1 after writing into shard 0")
        check_equal(np.asarray(rows[0]), saved_W[:2], "row shard 0 after writing into row shard 1")
        for i, s in enumerate(W_shards + rows):
            check_equal(np.asarray(s).dtype, np.dtype(np.float64), "dtype of shard %d" % i)

    def test_row_parallel_bias_added_once(self):
        """On 4 devices the reduce-sum gets b once: x @ V + b, not x @ V + 4b"""
        rng = np.random.default_rng(2)
        x, V, b = rng.normal(size=(5, 8)), rng.normal(size=(8, 3)), np.array([10.0, -20.0, 30.0])
        parts = [x[:, 2 * i:2 * i + 2] for i in range(4)]
        check_close(row_parallel_forward(parts, shard_rows(V, 4), b), x @ V + b, ATOL, RTOL, "row-parallel output with bias")
        check_close(row_parallel_forward(parts, shard_rows(V, 4)), x @ V, ATOL, RTOL, "row-parallel output without bias")

    def test_mlp_on_3d_inputs_and_edge_device_counts(self):
        """Batch x time x features inputs; P = 1 and P = width (one column per device) match the unsharded MLP"""
        rng = np.random.default_rng(3)
        x = rng.normal(size=(2, 3, 4))
        W1, b1 = rng.normal(size=(4, 6)), rng.normal(size=6)
        W2, b2 = rng.normal(size=(6, 2)), rng.normal(size=2)
        expected = _exact_mlp(x, W1, b1, W2, b2)
        for P in (1, 2, 3, 6):
            got = _mlp(x, W1, b1, W2, b2, P)
            check_equal(np.shape(got), (2, 3, 2), "output shape for P=%d" % P)
            check_close(got, expected, ATOL, RTOL, "MLP output for P=%d" % P)
        gathered = column_parallel_forward(x, *shard_columns(W1, b1, 3))
        check_close(gathered, x @ W1 + b1, ATOL, RTOL, "gathered column-parallel output of a 3-D x")

    def test_no_bias(self):
        """b=None gives b_shards None and a column-parallel output without bias"""
        rng = np.random.default_rng(4)
        x, W = rng.normal(size=(3, 4)), rng.normal(size=(4, 6))
        W_shards, b_shards = shard_columns(W, None, 2)
        check(b_shards is None, "b_shards must be None when b is None", None, b_shards)
        check_close(column_parallel_forward(x, W_shards), x @ W, ATOL, RTOL, "column-parallel output without bias")
        outs = column_parallel_forward(x[0], W_shards, None, gather=False)
        check_close(outs[1], x[0] @ W[:, 3:], ATOL, RTOL, "device 1 output for a 1-D x")

    def test_lists_and_integers(self):
        """Integer nested lists give float64 shards and outputs"""
        W_shards, b_shards = shard_columns([[1, 2], [3, 4]], [1, 1], 2)
        check_equal(np.asarray(W_shards[0]).dtype, np.dtype(np.float64), "dtype of a shard of an integer W")
        out = column_parallel_forward([[1, 1]], W_shards, b_shards)
        check_equal(np.asarray(out).dtype, np.dtype(np.float64), "dtype of the gathered output")
        check_close(out, [[5.0, 7.0]], ATOL, RTOL, "column-parallel output of integer lists")
        red = row_parallel_forward([[[1]], [[2]]], [[[1, 2]], [[3, 4]]], [1, 0])
        check_equal(np.asarray(red).dtype, np.dtype(np.float64), "dtype of the row-parallel output")
        check_close(red, [[8.0, 10.0]], ATOL, RTOL, "row-parallel output of integer lists")

    def test_invalid_sizes_and_shapes(self):
        """Non-divisible sizes, bad P, and mismatched shapes or list lengths raise ValueError"""
        W = np.zeros((4, 6))
        check_raises(ValueError, shard_columns, W, None, 4, what="shard_columns with d_out = 6 on P = 4")
        check_raises(ValueError, shard_rows, W, 3, what="shard_rows with d_in = 4 on P = 3")
        for P in (0, -2, 2.0, True):
            check_raises(ValueError, shard_columns, W, None, P, what="shard_columns with P = %r" % (P,))
            check_raises(ValueError, shard_rows, W, P, what="shard_rows with P = %r" % (P,))
        check_raises(ValueError, shard_columns, W, np.zeros(5), 2, what="b of shape (5,) for d_out = 6")
        check_raises(ValueError, shard_rows, np.zeros(6), 2, what="a 1-D W")
        Ws, bs = [np.zeros((4, 3)), np.zeros((4, 3))], [np.zeros(3), np.zeros(3)]
        check_raises(ValueError, column_parallel_forward, np.zeros((2, 5)), Ws, bs, what="x with 5 features for shards with 4 rows")
        check_raises(ValueError, column_parallel_forward, np.zeros((2, 4)), Ws, bs[:1], what="1 bias shard for 2 weight shards")
        check_raises(ValueError, column_parallel_forward, np.zeros((2, 4)), Ws, [np.zeros(3), np.zeros(2)], what="a bias shard of length 2 for a width-3 shard")
        check_raises(ValueError, column_parallel_forward, np.zeros((2, 4)), [], what="an empty shard list")
        Rs = [np.zeros((2, 3)), np.zeros((2, 3))]
        check_raises(ValueError, row_parallel_forward, [np.zeros((5, 2))], Rs, what="1 input part for 2 shards")
        check_raises(ValueError, row_parallel_forward, [np.zeros((5, 2)), np.zeros((5, 3))], Rs, what="an input part with 3 features for a 2-row shard")
        check_raises(ValueError, row_parallel_forward, [np.zeros((5, 2)), np.zeros((4, 2))], Rs, what="input parts with 5 and 4 rows")
        check_raises(ValueError, row_parallel_forward, [np.ones((1, 2)), np.ones((4, 2))], Rs,
                     what="input parts with 1 and 4 rows (they would broadcast, but the leading shapes differ)")
        check_raises(ValueError, row_parallel_forward, [np.ones(2), np.ones((3, 2))], Rs,
                     what="input parts of shapes (2,) and (3, 2)")
        check_raises(ValueError, row_parallel_forward, [np.zeros((5, 2)), np.zeros((5, 2))], [np.zeros((2, 3)), np.zeros((2, 4))],
                     what="row shards with 3 and 4 columns")
        check_raises(ValueError, row_parallel_forward, [np.zeros((5, 2)), np.zeros((5, 2))], Rs, np.zeros(4), what="b of shape (4,) for 3 outputs")

    def test_inputs_not_modified(self):
        """x, the shards, the input parts and the biases are unchanged by the forward passes"""
        rng = np.random.default_rng(5)
        x, W1, b1, W2, b2 = rng.normal(size=(3, 4)), rng.normal(size=(4, 4)), rng.normal(size=4), rng.normal(size=(4, 2)), rng.normal(size=2)
        W1s, b1s = shard_columns(W1, b1, 2)
        W2s = shard_rows(W2, 2)
        kept = [a.copy() for a in [x, b2] + list(W1s) + list(b1s) + list(W2s)]
        expected = _exact_mlp(x, W1, b1, W2, b2)
        hidden = column_parallel_forward(x, W1s, b1s, gather=False)
        hidden = [np.maximum(np.asarray(h), 0.0) for h in hidden]
        kept_hidden = [h.copy() for h in hidden]
        got = row_parallel_forward(hidden, W2s, b2)
        for i, (a, k) in enumerate(zip([x, b2] + list(W1s) + list(b1s) + list(W2s), kept)):
            check_equal(a, k, "input %d after the forward passes" % i)
        for i, (h, k) in enumerate(zip(hidden, kept_hidden)):
            check_equal(h, k, "x_parts[%d] after row_parallel_forward" % i)
        check_close(got, expected, ATOL, RTOL, "MLP output")


if __name__ == "__main__":
    unittest.main()
