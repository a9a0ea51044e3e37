import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_raises
from solution import dequantize_int4, pack_int4, quantize_int4, unpack_int4

ATOL, RTOL = 1e-12, 1e-9


def _half_even(v):
    # Round half to even with Python floats, independent of numpy's rounding.
    f = float(np.floor(v))
    d = v - f
    if d > 0.5:
        return f + 1
    if d < 0.5:
        return f
    return f if f % 2 == 0 else f + 1


def _loop_quantize(w, g):
    # The definition applied group by group with Python floats.
    w = np.asarray(w, dtype=np.float64)
    flat = w.reshape(-1, w.shape[-1])
    ng = w.shape[-1] // g
    q = np.zeros(flat.shape, dtype=np.uint8)
    scales = np.zeros((flat.shape[0], ng))
    zeros = np.zeros((flat.shape[0], ng), dtype=np.uint8)
    for r in range(flat.shape[0]):
        for j in range(ng):
            x = [float(v) for v in flat[r, j * g:(j + 1) * g]]
            lo, hi = min(min(x), 0.0), max(max(x), 0.0)
            s = (hi - lo) / 15 if hi > lo else 1.0
            z = min(max(_half_even(-lo / s), 0), 15)
            scales[r, j], zeros[r, j] = s, int(z)
            for i, v in enumerate(x):
                q[r, j * g + i] = int(min(max(_half_even(v / s) + z, 0), 15))
    return q.reshape(w.shape), scales.reshape(w.shape[:-1] + (ng,)), zeros.reshape(w.shape[:-1] + (ng,))


def _check_quant(got, expected, what):
    for name, g, e in zip(("q", "zeros"), (got[0], got[2]), (expected[0], expected[2])):
        check_equal(np.asarray(g).dtype, np.dtype(np.uint8), "dtype of %s (%s)" % (name, what))
        check_equal(np.asarray(g), e, "%s (%s)" % (name, what))
    check_close(got[1], expected[1], ATOL, RTOL, "scales (%s)" % what)


class HiddenTests(unittest.TestCase):
    def test_random_tensors_match_definition(self):
        """Random 3-D tensors with groups of 4, 8 and 16 match a group-by-group loop"""
        rng = np.random.default_rng(1)
        for trial, g in enumerate((4, 8, 16)):
            w = rng.standard_t(3, size=(2, 3, 16)) * 10 ** rng.uniform(-3, 3)
            w[0, 0, :g] = np.abs(w[0, 0, :g])      # one all-positive group
            w[1, 2, -g:] = -np.abs(w[1, 2, -g:])   # one all-negative group
            _check_quant(quantize_int4(w, g), _loop_quantize(w, g), "trial %d, group_size %d" % (trial, g))

    def test_ties_round_half_to_even(self):
        """Scale 1 groups: 2.5 -> 2, 3.5 -> 4, -2.5 -> -2, a zero point of 2.5 -> 2, rounded before adding the zero"""
        w = np.array([0.0, 2.5, 3.5, 15.0,
                      -2.5, 12.5, 0.0, 0.0,
                      -15.0, -3.5, -2.5, 0.0,
                      -1.0, 0.5, 14.0, 0.0])
        q, scales, zeros = quantize_int4(w, 4)
        check_close(scales, [1.0, 1.0, 1.0, 1.0], ATOL, RTOL, "scales")
        check_equal(np.asarray(zeros), np.array([0, 2, 15, 1], dtype=np.uint8), "zeros")
        check_equal(np.asarray(q), np.array([0, 2, 4, 15, 0, 14, 2, 2, 0, 11, 13, 15, 0, 1, 15, 1], dtype=np.uint8), "q")

    def test_special_groups(self):
        """An all-zero group, a constant positive group and an all-negative group"""
        w = np.array([[0.0, 0.0, 0.0, 0.0], [3.0, 3.0, 3.0, 3.0], [-2.0, -1.0, -4.0, -3.0]])
        q, scales, zeros = quantize_int4(w, 4)
        check_close(scales, [[1.0], [0.2], [4 / 15]], ATOL, RTOL, "scales")
        check_equal(np.asarray(zeros), np.array([[0], [0], [15]], dtype=np.uint8), "zeros")
        check_equal(np.asarray(q)[:2], np.array([[0, 0, 0, 0], [15, 15, 15, 15]], dtype=np.uint8), "q of the zero and the constant group")
        check_equal(int(np.asarray(q)[2, 2]), 0, "code of -4 in the all-negative group")
        back = np.asarray(dequantize_int4(q, scales, zeros, 4))
        check_close(back[:2], w[:2], ATOL, RTOL, "dequantized zero and constant groups")
        check_close(back[2, 2], -4.0, ATOL, RTOL, "dequantized -4")

    def test_groups_are_scaled_separately(self):
        """A row with a group near 1e-3 and one near 1e3: the small group keeps its precision"""
        rng = np.random.default_rng(2)
        w = np.concatenate([rng.normal(size=8) * 1e-3, rng.normal(size=8) * 1e3])[None, :]
        q, scales, zeros = quantize_int4(w, 8)
        back = np.asarray(dequantize_int4(q, scales, zeros, 8))
        small = w[0, :8]
        step = (max(small.max(), 0) - min(small.min(), 0)) / 15
        err = float(np.max(np.abs(back[0, :8] - small)))
        check(err <= step / 2 * (1 + 1e-9), "the small group's error must be at most its own scale / 2", "<= %g" % (step / 2), err)

    def test_dequantize_below_zero_point_and_any_int_dtype(self):
        """Codes below the zero point give negative values, with uint8 or int64 inputs"""
        q = np.array([0, 1, 7, 15, 2, 2], dtype=np.uint8)
        scales = np.array([0.25, 2.0, 1.5])
        zeros = np.array([7, 15, 0], dtype=np.uint8)
        expected = [(0 - 7) * 0.25, (1 - 7) * 0.25, (7 - 15) * 2.0, (15 - 15) * 2.0, 2 * 1.5, 2 * 1.5]
        for dt in (np.uint8, np.int64):
            got = dequantize_int4(q.astype(dt), scales, zeros.astype(dt), 2)
            check_equal(np.asarray(got).dtype, np.dtype(np.float64), "dtype of dequantize_int4 (%s codes)" % np.dtype(dt).name)
            check_close(got, expected, ATOL, RTOL, "dequantize_int4 with %s codes" % np.dtype(dt).name)

    def test_pack_nibble_order_and_round_trip(self):
        """Even-index codes go to the low nibble; pack and unpack invert each other on a 3-D array"""
        check_equal(np.asarray(pack_int4(np.array([1, 2], dtype=np.int64))), np.array([33], dtype=np.uint8), "pack_int4([1, 2])")
        check_equal(np.asarray(unpack_int4(np.array([[0x0F, 0xF0, 0xA5]], dtype=np.uint8))),
                    np.array([[15, 0, 0, 15, 5, 10]], dtype=np.uint8), "unpack_int4([[0x0F, 0xF0, 0xA5]])")
        rng = np.random.default_rng(3)
        q = rng.integers(0, 16, size=(2, 3, 10))
        packed = np.asarray(pack_int4(q))
        check_equal(packed.dtype, np.dtype(np.uint8), "dtype of pack_int4")
        expected = np.array([[[int(q[a, b, 2 * j]) + 16 * int(q[a, b, 2 * j + 1]) for j in range(5)] for b in range(3)] for a in range(2)], dtype=np.uint8)
        check_equal(packed, expected, "pack_int4 of random codes")
        back = np.asarray(unpack_int4(packed))
        check_equal(back.dtype, np.dtype(np.uint8), "dtype of unpack_int4")
        check_equal(back, q.astype(np.uint8), "unpack_int4(pack_int4(q))")

    def test_lists_and_one_dimension(self):
        """A flat list of ints: q has its shape, scales are float64 with one entry per group, a code of 16 is clipped to 15"""
        q, scales, zeros = quantize_int4([0, 15, -15, 0, 1, 2], 3)
        check_equal(np.shape(q), (6,), "shape of q")
        check_equal(np.asarray(scales).dtype, np.dtype(np.float64), "dtype of scales")
        # Group [0, 15, -15]: scale 30 / 15 = 2, zero round(7.5) = 8, and 15 / 2 = 7.5 -> 8 + 8 = 16 is clipped to 15.
        check_close(scales, [2.0, 2 / 15], ATOL, RTOL, "scales")
        check_equal(np.asarray(zeros), np.array([8, 0], dtype=np.uint8), "zeros")
        check_equal(np.asarray(q), np.array([8, 15, 0, 0, 8, 15], dtype=np.uint8), "q")

    def test_invalid_arguments(self):
        """Bad group sizes, non-finite or empty weights, and bad codes or bytes raise ValueError"""
        w = np.zeros((2, 8))
        check_raises(ValueError, quantize_int4, w, 3, what="group_size 3 for a last axis of 8")
        check_raises(ValueError, quantize_int4, w, 0, what="group_size 0")
        check_raises(ValueError, quantize_int4, w, 4.0, what="group_size 4.0 (a float, even if whole)")
        check_raises(ValueError, quantize_int4, w, True, what="group_size True (a bool)")
        check_raises(ValueError, quantize_int4, np.array([1.0, np.nan]), 2, what="w containing nan")
        check_raises(ValueError, quantize_int4, np.zeros((2, 0)), 1, what="an empty w")
        check_raises(ValueError, quantize_int4, np.float64(3.0), 1, what="a 0-dimensional w")
        check_raises(ValueError, pack_int4, np.array([1, 16]), what="a code of 16")
        check_raises(ValueError, pack_int4, np.array([-1, 3]), what="a code of -1")
        check_raises(ValueError, pack_int4, np.array([1, 2, 3]), what="an odd number of codes")
        check_raises(ValueError, pack_int4, np.array([1.0, 2.0]), what="float codes")
        check_raises(ValueError, unpack_int4, np.array([1, 2], dtype=np.int64), what="int64 bytes")
        check_raises(ValueError, dequantize_int4, np.zeros(8, dtype=np.uint8), np.ones(3), np.zeros(2, dtype=np.uint8), 4,
                     what="3 scales for 2 groups")

    def test_inputs_not_modified(self):
        """w, q, scales, zeros and packed bytes are left unchanged"""
        rng = np.random.default_rng(4)
        w = rng.normal(size=(3, 8))
        saved = w.copy()
        q, scales, zeros = quantize_int4(w, 4)
        check_close(w, saved, 0, 0, "w after quantize_int4")
        q, scales, zeros = np.array(q), np.array(scales), np.array(zeros)
        kept = (q.copy(), scales.copy(), zeros.copy())
        dequantize_int4(q, scales, zeros, 4)
        packed = np.array(pack_int4(q))
        kept_packed = packed.copy()
        unpack_int4(packed)
        for name, a, b in zip(("q", "scales", "zeros"), (q, scales, zeros), kept):
            check_equal(a, b, "%s after the calls" % name)
        check_equal(packed, kept_packed, "packed after unpack_int4")


if __name__ == "__main__":
    unittest.main()
