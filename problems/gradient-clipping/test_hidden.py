import copy
import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import clip_grad_norm

ATOL, RTOL = 1e-12, 1e-9


def _norm(arrays):
    return math.sqrt(sum(float(v) ** 2 for a in arrays for v in np.ravel(a)))


class HiddenTests(unittest.TestCase):
    def test_clipped_norm_equals_max_norm(self):
        """After clipping random gradients, their global norm is exactly max_norm"""
        rng = np.random.default_rng(0)
        grads = [rng.normal(size=(3, 4)) * 5, rng.normal(size=7) * 5, rng.normal(size=(2, 2, 2)) * 5]
        _orig_grads = copy.deepcopy(grads)
        clipped, norm = clip_grad_norm(grads, 1.0)
        check_close(norm, _norm(_orig_grads), ATOL, RTOL, "total_norm")
        check_close(_norm(clipped), 1.0, ATOL, RTOL, "norm after clipping")

    def test_common_scale_factor(self):
        """All arrays are scaled by the same factor (direction preserved)"""
        rng = np.random.default_rng(1)
        grads = [rng.normal(size=5) * 10, rng.normal(size=(2, 3))]
        _orig_grads = copy.deepcopy(grads)
        clipped, norm = clip_grad_norm(grads, 2.0)
        factor = 2.0 / _norm(_orig_grads)
        for k, (c, g) in enumerate(zip(clipped, grads)):
            check_shape(c, g.shape, "clipped[%d]" % k)
            check_close(c, g * factor, ATOL, RTOL, "clipped[%d]" % k)

    def test_inputs_not_modified(self):
        """The input arrays and list are unchanged, whether or not clipping happens"""
        grads = [np.array([30.0, 40.0]), np.array([[1.0, 2.0]])]
        saved = [g.copy() for g in grads]
        clip_grad_norm(grads, 1.0)
        clip_grad_norm(grads, 1000.0)
        check_equal(len(grads), 2, "length of the input list")
        for k, (g, s) in enumerate(zip(grads, saved)):
            check_close(g, s, 0, 0, "grads[%d] after the calls" % k)

    def test_empty_list(self):
        """An empty list has norm 0 and clips to an empty list"""
        clipped, norm = clip_grad_norm([], 1.0)
        check_equal(list(clipped), [], "clipped")
        check_close(norm, 0.0, ATOL, RTOL, "total_norm")

    def test_zero_gradients(self):
        """All-zero gradients stay zero with norm 0 (no division by zero)"""
        clipped, norm = clip_grad_norm([np.zeros(3), np.zeros((2, 2))], 0.5)
        check_close(norm, 0.0, ATOL, RTOL, "total_norm")
        check(all(bool(np.all(np.isfinite(c))) for c in clipped), "clipped gradients must be finite", "finite", clipped)
        check_close(clipped[1], np.zeros((2, 2)), ATOL, RTOL, "clipped[1]")

    def test_norm_exactly_at_threshold(self):
        """A norm exactly equal to max_norm is left unchanged"""
        clipped, norm = clip_grad_norm([np.array([3.0, 4.0])], 5.0)
        check_close(norm, 5.0, ATOL, RTOL, "total_norm")
        check_close(clipped[0], [3.0, 4.0], ATOL, RTOL, "clipped[0]")

    def test_small_gradients_are_not_scaled_up(self):
        """Gradients far below the threshold keep their size"""
        grads = [np.array([1e-3, -2e-3]), np.array([5e-4])]
        _orig_grads = copy.deepcopy(grads)
        clipped, norm = clip_grad_norm(grads, 10.0)
        check_close(norm, _norm(_orig_grads), ATOL, RTOL, "total_norm")
        check_close(clipped[0], grads[0], ATOL, RTOL, "clipped[0]")
        check_close(clipped[1], grads[1], ATOL, RTOL, "clipped[1]")

    def test_norm_is_global_not_per_array(self):
        """Two arrays each under max_norm but jointly over it are still clipped"""
        grads = [np.array([3.0]), np.array([4.0])]
        clipped, norm = clip_grad_norm(grads, 4.0)
        check_close(norm, 5.0, ATOL, RTOL, "total_norm")
        check_close(clipped[0], [2.4], ATOL, RTOL, "clipped[0]")
        check_close(clipped[1], [3.2], ATOL, RTOL, "clipped[1]")


class GapTests(unittest.TestCase):
    def test_integer_arrays_give_float64(self):
        """Integer gradients come back as float64 arrays, both when clipped and when not"""
        for max_norm, scale in ((100.0, 1.0), (6.5, 0.5)):
            clipped, norm = clip_grad_norm([np.array([3, 4]), np.array([[12]])], max_norm)
            for k, a in enumerate(clipped):
                check(isinstance(a, np.ndarray) and a.dtype == np.float64, "clipped[%d] with max_norm=%g must be a float64 array" % (k, max_norm),
                      "float64", getattr(a, "dtype", type(a).__name__))
            check_close(clipped[0], [3.0 * scale, 4.0 * scale], 1e-12, 1e-9, "clipped[0] with max_norm=%g" % max_norm)
            check_close(norm, 13.0, 1e-12, 1e-9, "total_norm of integer gradients")


if __name__ == "__main__":
    unittest.main()
