import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import dropout_backward, dropout_forward

TOL = 1e-12


class HiddenTests(unittest.TestCase):
    def test_mask_follows_the_specified_draw(self):
        """The mask equals rng.random(x.shape) >= p for a fresh generator with the same seed"""
        rng_data = np.random.default_rng(10)
        x = rng_data.normal(size=(4, 5, 3))
        p = 0.3
        expected_mask = np.random.default_rng(42).random(x.shape) >= p
        out, mask = dropout_forward(x, p, True, np.random.default_rng(42))
        check_shape(out, x.shape, "out")
        check_equal(np.asarray(mask, dtype=bool), expected_mask, "mask")
        check_close(out, np.where(expected_mask, x / (1 - p), 0.0), TOL, TOL, "out")

    def test_p_zero_keeps_everything(self):
        """p = 0 keeps every entry unscaled"""
        x = np.arange(6, dtype=float).reshape(2, 3)
        out, mask = dropout_forward(x, 0.0, True, np.random.default_rng(3))
        check(bool(np.all(mask)), "p = 0 must keep every entry", "all True", mask)
        check_close(out, x, TOL, TOL, "out with p = 0")

    def test_eval_mode_does_not_consume_rng(self):
        """Evaluation mode draws nothing from rng"""
        rng = np.random.default_rng(5)
        dropout_forward(np.ones((3, 3)), 0.5, False, rng)
        check_close(rng.random(), np.random.default_rng(5).random(), 0, 0, "next draw after an eval call")

    def test_train_mode_draws_once(self):
        """Training mode makes exactly one rng.random(x.shape) call"""
        rng = np.random.default_rng(6)
        dropout_forward(np.ones((2, 4)), 0.25, True, rng)
        ref = np.random.default_rng(6)
        ref.random((2, 4))
        check_close(rng.random(), ref.random(), 0, 0, "next draw after one training call")

    def test_expectation_is_preserved(self):
        """Averaged over many entries, inverted dropout keeps the mean of the input"""
        x = np.full(200000, 3.0)
        out, _ = dropout_forward(x, 0.6, True, np.random.default_rng(7))
        check_close(out.mean(), 3.0, 0.03, 0, "mean of out")
        check_close(np.unique(out), [0.0, 7.5], TOL, TOL, "distinct output values")

    def test_inputs_not_modified(self):
        """Neither x nor dout is modified"""
        x = np.array([1.0, 2.0, 3.0, 4.0])
        before = x.copy()
        out, mask = dropout_forward(x, 0.5, True, np.random.default_rng(8))
        check_close(x, before, 0, 0, "x after forward")
        dout = np.array([1.0, -1.0, 2.0, -2.0])
        dbefore = dout.copy()
        dropout_backward(dout, mask, 0.5)
        check_close(dout, dbefore, 0, 0, "dout after backward")

    def test_backward_eval_mask_none(self):
        """Backward with mask None passes dout through unchanged"""
        dout = np.array([[0.5, -1.5], [2.0, 0.0]])
        check_close(dropout_backward(dout, None, 0.4), dout, TOL, TOL, "dropout_backward(dout, None, p)")

    def test_backward_matches_forward_jacobian(self):
        """Backward of forward's mask equals the slope of out w.r.t. x"""
        rng = np.random.default_rng(9)
        x = rng.normal(size=(3, 4))
        p = 0.35
        out, mask = dropout_forward(x, p, True, np.random.default_rng(11))
        out2, _ = dropout_forward(x + 1.0, p, True, np.random.default_rng(11))
        grad = dropout_backward(np.ones_like(x), mask, p)
        check_close(grad, out2 - out, 1e-12, 1e-9, "backward vs change of out when x grows by 1")


class GapTests(unittest.TestCase):
    def test_integer_inputs_give_float64_in_both_modes(self):
        """Integer x and dout give float64 arrays in training and in evaluation mode"""
        x = np.array([[1, 2, 3], [4, 5, 6]])
        for train in (True, False):
            out, mask = dropout_forward(x, 0.5, train, np.random.default_rng(0))
            check(isinstance(out, np.ndarray) and out.dtype == np.float64, "dropout_forward(train=%s) on integers must return float64" % train,
                  "float64", getattr(out, "dtype", type(out).__name__))
            grad = dropout_backward(np.ones((2, 3), dtype=int), mask, 0.5)
            check(isinstance(grad, np.ndarray) and grad.dtype == np.float64, "dropout_backward(mask from train=%s) on integers must return float64" % train,
                  "float64", getattr(grad, "dtype", type(grad).__name__))

    def test_global_random_state_untouched(self):
        """Only the rng argument is used: the global np.random state is unchanged"""
        np.random.seed(99)
        before = np.random.get_state()
        dropout_forward(np.ones((4, 5)), 0.3, True, np.random.default_rng(1))
        after = np.random.get_state()
        check(before[0] == after[0] and np.array_equal(before[1], after[1]) and before[2:] == after[2:],
              "dropout_forward changed the global np.random state; draw from the rng argument", "unchanged", "changed")


if __name__ == "__main__":
    unittest.main()
