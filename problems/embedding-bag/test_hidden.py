import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import embedding_bag

ATOL, RTOL = 1e-12, 1e-9


def _loop_bag(weight, indices, offsets, mode):
    B, D = len(offsets), len(weight[0])
    out = []
    for b in range(B):
        end = offsets[b + 1] if b + 1 < B else len(indices)
        rows = [weight[i] for i in indices[offsets[b]:end]]
        if not rows:
            out.append([0.0] * D)
        elif mode == "sum":
            out.append([sum(r[d] for r in rows) for d in range(D)])
        elif mode == "mean":
            out.append([sum(r[d] for r in rows) / len(rows) for d in range(D)])
        else:
            out.append([max(r[d] for r in rows) for d in range(D)])
    return out


class HiddenTests(unittest.TestCase):
    def test_random_bags_every_mode(self):
        """Random tables and bags (some empty, many repeats) match a loop in every mode"""
        rng = np.random.default_rng(0)
        for trial in range(6):
            V, D, B = int(rng.integers(1, 6)), int(rng.integers(1, 4)), int(rng.integers(1, 6))
            weight = rng.normal(size=(V, D))
            lengths = rng.integers(0, 5, size=B)
            indices = rng.integers(0, V, size=int(lengths.sum()))
            offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(int)
            for mode in ("sum", "mean", "max"):
                check_close(embedding_bag(weight, indices, offsets, mode=mode),
                            _loop_bag(weight.tolist(), indices.tolist(), offsets.tolist(), mode), ATOL, RTOL,
                            "trial %d, mode %s, offsets %s" % (trial, mode, offsets.tolist()))

    def test_one_bag_of_the_same_id(self):
        """One bag holding id 1 four times: sum is 4 rows, mean and max are the row"""
        W = np.array([[0.0, 0.0], [1.5, -2.0]])
        check_close(embedding_bag(W, [1, 1, 1, 1], [0], "sum"), [[6.0, -8.0]], ATOL, RTOL, "sum of four copies")
        check_close(embedding_bag(W, [1, 1, 1, 1], [0], "mean"), [[1.5, -2.0]], ATOL, RTOL, "mean of four copies")
        check_close(embedding_bag(W, [1, 1, 1, 1], [0], "max"), [[1.5, -2.0]], ATOL, RTOL, "max of four copies")

    def test_empty_bags_everywhere(self):
        """Leading, middle and trailing empty bags are zero rows, with no nan or -inf"""
        W = np.array([[-3.0], [-1.0]])
        for mode in ("sum", "mean", "max"):
            got = embedding_bag(W, [0, 1], [0, 0, 1, 1, 2], mode)
            check(np.all(np.isfinite(got)), "mode %s: empty bags must be finite" % mode, "finite values", got)
            check_close(got, _loop_bag(W.tolist(), [0, 1], [0, 0, 1, 1, 2], mode), ATOL, RTOL, "mode %s with empty bags" % mode)
        check_close(embedding_bag(W, [], [0, 0], "mean"), [[0.0], [0.0]], ATOL, RTOL, "no indices at all")

    def test_bag_before_trailing_empty_bags_is_complete(self):
        """The bag before trailing empty bags keeps its last id, in every mode"""
        W = np.array([[1.0, -4.0], [2.0, 6.0], [5.0, 3.0], [-2.0, 0.5]])
        idx, offs = [3, 0, 1, 2], [0, 1, 4, 4, 4]
        for mode in ("sum", "mean", "max"):
            check_close(embedding_bag(W, idx, offs, mode), _loop_bag(W.tolist(), idx, offs, mode),
                        ATOL, RTOL, "mode %s, bags [3], [0, 1, 2], [], []" % mode)
        check_close(embedding_bag(W, idx, offs, "max")[1], [5.0, 6.0], ATOL, RTOL, "max of bag 1")

    def test_max_of_negative_rows(self):
        """max over rows that are all negative stays negative (not clipped at 0)"""
        W = np.array([[-5.0, -1.0], [-2.0, -7.0]])
        check_close(embedding_bag(W, [0, 1], [0], "max"), [[-2.0, -1.0]], ATOL, RTOL, "max of negative rows")

    def test_integer_table_and_numpy_index_types(self):
        """An integer table gives float64; int32 index arrays are accepted"""
        got = embedding_bag([[1, 2], [3, 4]], np.array([1, 0, 1], dtype=np.int32), np.array([0, 2], dtype=np.int32), "mean")
        check_equal(np.asarray(got).dtype, np.dtype(np.float64), "dtype of the result")
        check_close(got, [[2.0, 3.0], [3.0, 4.0]], ATOL, RTOL, "mean over an integer table")

    def test_invalid_inputs_raise(self):
        """Out-of-range or negative ids, float ids, bad offsets, a 1-D table or an unknown mode raise ValueError"""
        W = np.zeros((3, 2))
        cases = [((W, [0, 3], [0]), "id 3 with V=3"), ((W, [0, -1], [0]), "id -1"), ((W, [0.0, 1.0], [0]), "float ids"),
                 ((W, [0, 1], [1]), "offsets starting at 1"), ((W, [0, 1], [0, 2, 1]), "decreasing offsets"),
                 ((W, [0, 1], [0, 3]), "offset beyond len(indices)"), ((np.zeros(3), [0], [0]), "a 1-D table")]
        for args, why in cases:
            with self.assertRaises(ValueError, msg=why):
                embedding_bag(*args)
        with self.assertRaises(ValueError, msg="mode='median'"):
            embedding_bag(W, [0], [0], mode="median")

    def test_inputs_not_modified(self):
        """weight, indices and offsets are left unchanged"""
        W = np.array([[1.0, 2.0], [3.0, 4.0]])
        idx, offs = np.array([1, 0, 1]), np.array([0, 1])
        embedding_bag(W, idx, offs, "max")
        embedding_bag(W, idx, offs, "mean")
        check_close(W, [[1.0, 2.0], [3.0, 4.0]], 0, 0, "weight after the calls")
        check_equal(idx, np.array([1, 0, 1]), "indices after the calls")
        check_equal(offs, np.array([0, 1]), "offsets after the calls")

    def test_large_batch_shape(self):
        """500 bags of up to 20 ids over a 1000 x 8 table: shape and a spot check"""
        rng = np.random.default_rng(1)
        W = rng.normal(size=(1000, 8))
        lengths = rng.integers(0, 21, size=500)
        indices = rng.integers(0, 1000, size=int(lengths.sum()))
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        got = np.asarray(embedding_bag(W, indices, offsets, "sum"))
        check_shape(got, (500, 8), "result for 500 bags")
        b = 123
        check_close(got[b], W[indices[offsets[b]:offsets[b] + lengths[b]]].sum(axis=0), 1e-12, 1e-9, "bag 123")


if __name__ == "__main__":
    unittest.main()
