import copy
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_raises, check_shape
from solution import mixup_batch

TOL = 1e-12


def _twin(seed, alpha, n):
    twin = np.random.default_rng(seed)
    lam = twin.beta(alpha, alpha)
    perm = twin.permutation(n)
    return lam, perm, twin


def _same_state(a, b):
    return a[0] == b[0] and np.array_equal(a[1], b[1]) and a[2:] == b[2:]


class HiddenTests(unittest.TestCase):
    def test_images_and_draw_order(self):
        """(n, H, W) inputs for several seeds and alphas: lam first, then the permutation, and nothing more"""
        for seed, alpha, n in ((3, 0.2, 7), (4, 1.0, 2), (5, 2.5, 10), (6, 0.05, 4)):
            rng = np.random.default_rng(seed)
            x = np.random.default_rng(100 + seed).normal(size=(n, 3, 2))
            y = np.eye(3)[np.arange(n) % 3]
            x_mixed, y_mixed, lam, perm = mixup_batch(x, y, alpha, rng)
            e_lam, e_perm, twin = _twin(seed, alpha, n)
            what = "seed %d, alpha %g, n %d" % (seed, alpha, n)
            check_close(lam, e_lam, TOL, TOL, "lam, " + what)
            check_equal(np.asarray(perm), e_perm, "perm, " + what)
            check_shape(x_mixed, (n, 3, 2), "x_mixed, " + what)
            check_close(x_mixed, e_lam * x + (1 - e_lam) * x[e_perm], TOL, TOL, "x_mixed, " + what)
            check_close(y_mixed, e_lam * y + (1 - e_lam) * y[e_perm], TOL, TOL, "y_mixed, " + what)
            check_equal(rng.random(), twin.random(), "the next draw after mixup_batch (%s): only beta then permutation" % what)

    def test_global_random_state_untouched(self):
        """The global np.random state is neither used nor changed"""
        np.random.seed(7)
        before = np.random.get_state()
        mixup_batch(np.ones((6, 2)), np.eye(2)[[0, 1, 0, 1, 0, 1]], 0.3, np.random.default_rng(8))
        after = np.random.get_state()
        check(_same_state(before, after), "mixup_batch must not use or change the global np.random state", "unchanged state", "changed state")

    def test_inputs_not_modified(self):
        """x and y are left unchanged, and the results are new arrays"""
        x = np.random.default_rng(2).normal(size=(5, 4))
        y = np.eye(5)
        saved = copy.deepcopy((x, y))
        x_mixed, y_mixed, lam, perm = mixup_batch(x, y, 0.7, np.random.default_rng(9))
        check_close(x, saved[0], 0, 0, "x after the call")
        check_close(y, saved[1], 0, 0, "y after the call")
        e_lam, e_perm, _ = _twin(9, 0.7, 5)
        check_close(x_mixed, e_lam * saved[0] + (1 - e_lam) * saved[0][e_perm], TOL, TOL, "x_mixed")
        check(x_mixed is not x and y_mixed is not y, "x_mixed and y_mixed must be new arrays", "new arrays", "the inputs themselves")

    def test_integer_and_list_inputs(self):
        """Integer lists give float64 arrays, lam is a Python float and perm holds integers"""
        x = [[1, 2], [3, 4], [5, 6], [7, 8]]
        y = [[1, 0], [0, 1], [1, 0], [0, 1]]
        x_mixed, y_mixed, lam, perm = mixup_batch(x, y, 0.5, np.random.default_rng(11))
        for name, got in (("x_mixed", x_mixed), ("y_mixed", y_mixed)):
            check(isinstance(got, np.ndarray) and got.dtype == np.float64, "%s must be a float64 array" % name, "float64",
                  getattr(got, "dtype", type(got).__name__))
        check(type(lam) is float, "lam must be a Python float", "float", type(lam).__name__)
        check(np.asarray(perm).dtype.kind in "iu", "perm must hold integers", "an integer array", np.asarray(perm).dtype)
        e_lam, e_perm, _ = _twin(11, 0.5, 4)
        xa, ya = np.array(x, dtype=float), np.array(y, dtype=float)
        check_close(x_mixed, e_lam * xa + (1 - e_lam) * xa[e_perm], TOL, TOL, "x_mixed from integer lists")
        check_close(y_mixed, e_lam * ya + (1 - e_lam) * ya[e_perm], TOL, TOL, "y_mixed from integer lists")

    def test_single_sample(self):
        """A batch of one sample is paired with itself and comes back unchanged"""
        x_mixed, y_mixed, lam, perm = mixup_batch(np.array([[2.0, -1.0]]), np.array([[0.0, 1.0]]), 1.0, np.random.default_rng(0))
        check_close(x_mixed, [[2.0, -1.0]], TOL, TOL, "x_mixed")
        check_close(y_mixed, [[0.0, 1.0]], TOL, TOL, "y_mixed")
        check_equal(np.asarray(perm).tolist(), [0], "perm")

    def test_bad_alpha_is_refused_before_drawing(self):
        """alpha <= 0, nan or inf raise ValueError; a string, None or a bool raise TypeError; rng stays untouched"""
        x, y = np.zeros((3, 2)), np.eye(3)
        for alpha in (0, 0.0, -1.0, float("nan"), float("inf")):
            rng = np.random.default_rng(1)
            before = copy.deepcopy(rng.bit_generator.state)
            check_raises(ValueError, mixup_batch, x, y, alpha, rng, what="mixup_batch with alpha=%r" % alpha)
            check_equal(rng.bit_generator.state, before, "rng state after the refused call with alpha=%r" % alpha)
        for alpha in ("0.4", None, True):
            check_raises(TypeError, mixup_batch, x, y, alpha, np.random.default_rng(1), what="mixup_batch with alpha=%r" % (alpha,))

    def test_bad_shapes_raise(self):
        """Class ids instead of one-hot rows, mismatched batch sizes and empty batches raise ValueError"""
        rng = np.random.default_rng(0)
        cases = [
            ("y of class ids, shape (3,)", np.zeros((3, 2)), np.array([0, 1, 2])),
            ("x with 3 samples and y with 2", np.zeros((3, 2)), np.eye(2)),
            ("an empty batch", np.zeros((0, 2)), np.zeros((0, 2))),
            ("a scalar x", np.float64(1.0), np.eye(1)),
            ("y of shape (3, 2, 1)", np.zeros((3, 2)), np.zeros((3, 2, 1))),
        ]
        for why, x, y in cases:
            check_raises(ValueError, mixup_batch, x, y, 0.4, rng, what="mixup_batch with %s" % why)


if __name__ == "__main__":
    unittest.main()
