import copy
import math
import tracemalloc
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_raises, check_shape
from solution import online_attention

ATOL, RTOL, M_RTOL = 1e-9, 1e-7, 1e-12


def _exact(q, blocks):
    # Whole-row softmax attention in extended precision, from private copies of the inputs.
    q = np.asarray(q, dtype=np.longdouble)
    K = np.concatenate([np.asarray(k, dtype=np.longdouble) for k, _ in blocks])
    V = np.concatenate([np.asarray(v, dtype=np.longdouble) for _, v in blocks])
    s = (q @ K.T) / np.sqrt(np.longdouble(q.shape[1]))
    m = s.max(axis=1)
    e = np.exp(s - m[:, None])
    l = e.sum(axis=1)
    return (e @ V / l[:, None]).astype(np.float64), m.astype(np.float64), l.astype(np.float64)


class ReusedBufferStream:
    """Yields each block in the same two buffers, overwritten when the next block is requested; iterable once."""

    def __init__(self, blocks):
        self._blocks = [(np.array(k, dtype=float), np.array(v, dtype=float)) for k, v in blocks]
        self.iter_calls = 0
        self.pulled = 0

    def __iter__(self):
        self.iter_calls += 1
        if self.iter_calls > 1:
            raise RuntimeError("the block stream was iterated twice")
        n_max = max(len(k) for k, _ in self._blocks)
        kbuf = np.empty((n_max, self._blocks[0][0].shape[1]))
        vbuf = np.empty((n_max, self._blocks[0][1].shape[1]))
        for k, v in self._blocks:
            n = len(k)
            kbuf[:n] = k
            vbuf[:n] = v
            self.pulled += 1
            yield kbuf[:n], vbuf[:n]


def _check_all(got, expected, what):
    out, m, l = got
    check_close(out, expected[0], ATOL, RTOL, "out, " + what)
    check_close(m, expected[1], ATOL, M_RTOL, "m, " + what)
    check_close(l, expected[2], ATOL, RTOL, "l, " + what)


def _split(K, V, sizes):
    blocks, start = [], 0
    for n in sizes:
        blocks.append((K[start:start + n], V[start:start + n]))
        start += n
    return blocks


class HiddenTests(unittest.TestCase):
    def test_random_streams_from_a_reused_buffer(self):
        """Random streams whose blocks share one overwritten buffer match whole-row attention"""
        rng = np.random.default_rng(21)
        for trial in range(8):
            L_q, d, d_v = int(rng.integers(1, 6)), int(rng.integers(1, 6)), int(rng.integers(1, 4))
            sizes = [int(x) for x in rng.integers(1, 6, size=int(rng.integers(1, 7)))]
            N = sum(sizes)
            q = rng.normal(size=(L_q, d)) * 3
            blocks = _split(rng.normal(size=(N, d)) * 3, rng.normal(size=(N, d_v)), sizes)
            expected = _exact(q, blocks)
            stream = ReusedBufferStream(blocks)
            got = online_attention(q, stream)
            what = "trial %d (L_q=%d, d=%d, d_v=%d, block sizes %s)" % (trial, L_q, d, d_v, sizes)
            check_shape(got[0], (L_q, d_v), "out, " + what)
            check_shape(got[1], (L_q,), "m, " + what)
            check_shape(got[2], (L_q,), "l, " + what)
            _check_all(got, expected, what)

    def test_later_blocks_score_far_higher(self):
        """Blocks scoring near -1000, then 0, then +1000 (and the reverse order) stay finite and exact"""
        q = np.array([[1.0, 0.0], [0.5, 0.0]]) * math.sqrt(2.0)
        low = (np.array([[-1000.0, 1.0], [-1001.0, 2.0]]), np.array([[1.0, 0.0], [0.0, 1.0]]))
        mid = (np.array([[0.0, 3.0], [1.0, 4.0]]), np.array([[2.0, 2.0], [3.0, -1.0]]))
        high = (np.array([[1000.0, 5.0], [999.5, 6.0]]), np.array([[-1.0, 4.0], [5.0, 5.0]]))
        for order, blocks in (("rising", [low, mid, high]), ("falling", [high, mid, low])):
            expected = _exact(q, blocks)
            got = online_attention(q, ReusedBufferStream(blocks))
            check(all(np.all(np.isfinite(x)) for x in got), "results must be finite (%s scores)" % order, "finite", got)
            _check_all(got, expected, "%s scores between -1000 and +1000" % order)

    def test_all_scores_far_below_zero(self):
        """When every score is near -1000, m is near -1000 and l and out stay finite"""
        q = np.array([[-1.0], [-2.0]])
        blocks = [(np.array([[1000.0], [1001.0]]), np.array([[1.0], [3.0]])), (np.array([[999.0]]), np.array([[5.0]]))]
        expected = _exact(q, blocks)
        got = online_attention(q, ReusedBufferStream(blocks))
        _check_all(got, expected, "scores near -1000 and -2000")
        check_close(got[1], [-999.0, -1998.0], ATOL, M_RTOL, "m with all scores negative")

    def test_stream_is_consumed_once_to_the_end(self):
        """The stream is iterated exactly once and every block is read"""
        rng = np.random.default_rng(4)
        q = rng.normal(size=(3, 2))
        blocks = _split(rng.normal(size=(17, 2)), rng.normal(size=(17, 3)), [4, 4, 4, 4, 1])
        stream = ReusedBufferStream(blocks)
        got = online_attention(q, stream)
        check_equal(stream.iter_calls, 1, "number of times the stream was iterated")
        check_equal(stream.pulled, 5, "blocks read from the stream")
        _check_all(got, _exact(q, blocks), "17 keys in blocks of 4")
        gen = ((k, v) for k, v in blocks)
        _check_all(online_attention(q, gen), _exact(q, blocks), "a generator of blocks")

    def test_memory_does_not_grow_with_the_number_of_keys(self):
        """25,600 keys in 800 blocks of 32 need at most 1 MB of peak extra memory (tracemalloc)"""
        # Keeping every key and value takes about 3.3 MB, the full 16 x 25,600 score matrix about 3.3 MB;
        # a streaming pass needs a few tens of KB.
        L_q, d, d_v, n_b, n_blocks = 16, 8, 8, 32, 800
        q = np.random.default_rng(7).normal(size=(L_q, d))

        def stream(seed):
            rng = np.random.default_rng(seed)
            kbuf, vbuf = np.empty((n_b, d)), np.empty((n_b, d_v))
            for _ in range(n_blocks):
                kbuf[:] = rng.standard_normal((n_b, d))
                vbuf[:] = rng.standard_normal((n_b, d_v))
                yield kbuf, vbuf

        tracemalloc.start()
        try:
            got = online_attention(q, stream(8))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        check(peak <= 1_000_000, "peak extra memory for 25,600 keys must stay under 1 MB (got %.2f MB): do not keep the keys, "
              "values or scores of earlier blocks" % (peak / 1e6), "<= 1 MB", "%.2f MB" % (peak / 1e6))
        blocks = [(k.copy(), v.copy()) for k, v in stream(8)]
        _check_all(got, _exact(q, blocks), "the 25,600-key stream")

    def test_integer_and_list_inputs_give_float64(self):
        """Integer lists for q and the blocks are accepted; results are float64"""
        q = [[1, 2], [0, -1]]
        blocks = [([[1, 0], [0, 1]], [[1], [2]]), ([[2, 2]], [[3]])]
        got = online_attention(q, iter(blocks))
        for name, x in zip(("out", "m", "l"), got):
            check(isinstance(x, np.ndarray) and x.dtype == np.float64, "%s must be a float64 array" % name, "float64",
                  getattr(x, "dtype", type(x).__name__))
        _check_all(got, _exact(q, blocks), "integer lists")

    def test_inputs_not_modified(self):
        """q and the block arrays are left unchanged"""
        rng = np.random.default_rng(12)
        q = rng.normal(size=(2, 3)) * 50
        blocks = _split(rng.normal(size=(7, 3)) * 50, rng.normal(size=(7, 2)), [3, 3, 1])
        saved = copy.deepcopy((q, blocks))
        got = online_attention(q, iter(blocks))
        check_close(q, saved[0], 0, 0, "q after the call")
        for i, ((k, v), (k0, v0)) in enumerate(zip(blocks, saved[1])):
            check_close(k, k0, 0, 0, "keys of block %d after the call" % i)
            check_close(v, v0, 0, 0, "values of block %d after the call" % i)
        _check_all(got, _exact(*saved), "scores up to a few thousand")

    def test_invalid_inputs_raise(self):
        """Bad q, bad blocks, a changing d_v and an empty stream raise ValueError"""
        q = np.zeros((2, 3))
        good = (np.zeros((2, 3)), np.zeros((2, 4)))
        cases = [
            ("a 1-D q", np.zeros(3), [good]),
            ("an empty stream", q, []),
            ("keys of width 2 for d = 3", q, [(np.zeros((2, 2)), np.zeros((2, 4)))]),
            ("1-D keys", q, [(np.zeros(3), np.zeros((1, 4)))]),
            ("a block with no keys", q, [good, (np.zeros((0, 3)), np.zeros((0, 4)))]),
            ("3 keys with 2 values", q, [(np.zeros((3, 3)), np.zeros((2, 4)))]),
            ("d_v changing from 4 to 5", q, [good, (np.zeros((1, 3)), np.zeros((1, 5)))]),
            ("d_v changing from 4 to 1 (it would broadcast)", q, [good, (np.zeros((1, 3)), np.zeros((1, 1)))]),
        ]
        for why, qq, blocks in cases:
            check_raises(ValueError, online_attention, qq, iter(blocks), what="online_attention with %s" % why)


if __name__ == "__main__":
    unittest.main()
