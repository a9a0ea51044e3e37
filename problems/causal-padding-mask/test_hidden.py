import unittest

import numpy as np

from mlreps_check import check_equal
from solution import build_attention_mask


def _loop_mask(lengths, T, causal, left):
    out = np.zeros((len(lengths), T, T), dtype=bool)
    for b, n in enumerate(lengths):
        for i in range(T):
            for j in range(T):
                real = (j >= T - n) if left else (j < n)
                out[b, i, j] = real and (not causal or j <= i)
    return out


class HiddenTests(unittest.TestCase):
    def test_random_batches_all_modes(self):
        """Random lengths, every combination of causal and left_padding, match a triple loop"""
        rng = np.random.default_rng(21)
        for trial in range(8):
            T = int(rng.integers(1, 7))
            lengths = rng.integers(0, T + 1, size=int(rng.integers(1, 5)))
            for causal in (True, False):
                for left in (True, False):
                    got = build_attention_mask(lengths, T, causal=causal, left_padding=left)
                    check_equal(np.asarray(got), _loop_mask(lengths.tolist(), T, causal, left),
                                "mask for lengths=%s, T=%d, causal=%s, left_padding=%s" % (lengths.tolist(), T, causal, left))

    def test_causal_and_left_padding(self):
        """lengths [2], T=4, causal, left padding: early queries see nothing, later ones only real past keys"""
        got = build_attention_mask([2], T=4, causal=True, left_padding=True)
        expected = np.array([[[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 1, 0], [0, 0, 1, 1]]], dtype=bool)
        check_equal(np.asarray(got), expected, "causal left-padded mask")

    def test_padded_query_rows_keep_key_rule(self):
        """Rows at padding positions are not blanked: non-causal, length 1 of 3 gives key 0 for every row"""
        got = build_attention_mask([1], T=3, causal=False)
        check_equal(np.asarray(got), np.array([[[1, 0, 0]] * 3], dtype=bool), "mask for lengths [1], T=3, non-causal")

    def test_zero_length_is_all_false(self):
        """A sequence of length 0 masks everything; its neighbour is unaffected"""
        got = np.asarray(build_attention_mask(np.array([0, 2]), T=2, causal=False))
        check_equal(got[0], np.zeros((2, 2), dtype=bool), "mask of the empty sequence")
        check_equal(got[1], np.ones((2, 2), dtype=bool), "mask of the full sequence")

    def test_numpy_lengths_and_float_whole_numbers(self):
        """int32 arrays and floats like 2.0 are accepted; the result is boolean of shape (B, T, T)"""
        a = build_attention_mask(np.array([1, 3], dtype=np.int32), 3)
        b = build_attention_mask([1.0, 3.0], 3)
        check_equal(np.asarray(a).dtype, np.dtype(bool), "dtype for int32 lengths")
        check_equal(np.asarray(b), _loop_mask([1, 3], 3, True, False), "mask for lengths [1.0, 3.0]")

    def test_invalid_lengths_raise(self):
        """Negative, too long, fractional, 2-D or empty lengths raise ValueError"""
        for bad, why in [([-1, 2], "a negative length"), ([4], "a length above T=3"), ([2.5], "length 2.5"),
                         ([[1, 2]], "2-D lengths"), ([], "empty lengths")]:
            with self.assertRaises(ValueError, msg=why):
                build_attention_mask(bad, 3)

    def test_lengths_not_modified(self):
        """The lengths array is left unchanged"""
        lengths = np.array([3, 1, 2])
        build_attention_mask(lengths, 3, left_padding=True)
        check_equal(lengths, np.array([3, 1, 2]), "lengths after the call")


if __name__ == "__main__":
    unittest.main()
