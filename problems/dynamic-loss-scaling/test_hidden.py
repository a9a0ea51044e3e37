import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import scaler_step


def _fp16_backward(true_grads, scale):
    # What a float16 backward pass of loss * scale produces: overflow becomes inf.
    with np.errstate(over="ignore"):
        return {k: (np.asarray(v, dtype=np.float64) * scale).astype(np.float16) for k, v in true_grads.items()}


class HiddenTests(unittest.TestCase):
    def test_nan_also_skips(self):
        """A nan anywhere skips the step just like inf"""
        got = scaler_step({"a": np.array([1.0, np.nan], dtype=np.float16)}, 256.0, 5, growth_interval=10)
        check(got[0] is None, "a nan gradient must skip the step", None, got[0])
        check_equal((got[1], got[2]), (128.0, 0), "(scale, good_steps) after a nan")

    def test_overflow_in_any_parameter(self):
        """Only the last of three parameters overflows; the step is still skipped"""
        grads = {"a": np.ones(3, dtype=np.float16), "b": np.ones((2, 2), dtype=np.float16),
                 "c": np.array([1.0, -np.inf], dtype=np.float16)}
        got = scaler_step(grads, 8.0, 0, backoff_factor=0.25, growth_interval=3)
        check(got[0] is None, "an overflow in 'c' must skip the step", None, got[0])
        check_equal((got[1], got[2]), (2.0, 0), "(scale, good_steps)")

    def test_small_gradients_keep_their_digits(self):
        """Scaled grads of 3 and 5 with scale 2**16 unscale to 3/65536 and 5/65536 exactly, not float16 subnormals"""
        grads, _, _ = scaler_step({"w": np.array([3.0, 5.0], dtype=np.float16)}, 65536.0, 0)
        check_close(grads["w"], [3.0 / 65536, 5.0 / 65536], 0, 1e-6, "unscaled small gradients")

    def test_training_simulation(self):
        """Twelve steps with gradients that overflow at large scales: the scale trajectory follows the rules"""
        true = {"w": np.array([40.0, -3.0]), "b": np.array([0.002])}
        scale, good = 2.0 ** 12, 0
        trajectory, skipped = [], []
        for step in range(12):
            grads, scale, good = scaler_step(_fp16_backward(true, scale), scale, good, growth_interval=3)
            trajectory.append(scale)
            skipped.append(grads is None)
            if grads is not None:
                check_close(grads["w"], true["w"], 0, 2e-3, "unscaled grads['w'] at step %d" % step)
        # 40 * scale overflows float16 (max 65504) once scale >= 2048: 4096 backs off, 2048 backs off,
        # then 1024 is fine for three steps, grows to 2048, overflows, and so on.
        check_equal(skipped, [True, True, False, False, False, True, False, False, False, True, False, False], "skipped steps")
        check_equal(trajectory, [2048.0, 1024.0, 1024.0, 1024.0, 2048.0, 1024.0, 1024.0, 1024.0, 2048.0, 1024.0, 1024.0, 1024.0], "scale after each step")

    def test_counter_and_scale_types(self):
        """new_scale is a float and new_good_steps an int, also after growth"""
        _, scale, good = scaler_step({"w": np.ones(1, dtype=np.float16)}, 4, 2, growth_factor=3.0, growth_interval=3)
        check(isinstance(scale, float) and isinstance(good, int), "expected (float, int)", "(float, int)", (type(scale).__name__, type(good).__name__))
        check_equal((scale, good), (12.0, 0), "(scale, good_steps) after growth by 3")

    def test_float32_and_float64_inputs(self):
        """float32 and float64 scaled gradients are accepted; results are float32"""
        grads, _, _ = scaler_step({"a": np.array([3.0], dtype=np.float32), "b": np.array([[6.0]])}, 3.0, 0)
        check_equal(np.asarray(grads["b"]).dtype, np.dtype(np.float32), "dtype of grads['b']")
        check_close(grads["a"], [1.0], 0, 1e-6, "grads['a']")
        check_close(grads["b"], [[2.0]], 0, 1e-6, "grads['b']")

    def test_invalid_arguments(self):
        """Bad scale, factors or interval raise ValueError; a list of grads raises TypeError"""
        g = {"w": np.ones(1)}
        for kw, why in [(dict(scale=0.0), "scale=0"), (dict(scale=float("inf")), "scale=inf"), (dict(scale=-1.0), "scale=-1"),
                        (dict(growth_factor=1.0), "growth_factor=1"), (dict(backoff_factor=1.0), "backoff_factor=1"),
                        (dict(growth_interval=0), "growth_interval=0")]:
            args = dict(scale=1.0, good_steps=0)
            args.update(kw)
            with self.assertRaises(ValueError, msg=why):
                scaler_step(g, **args)
        with self.assertRaises(TypeError, msg="grads given as a list"):
            scaler_step([np.ones(1)], 1.0, 0)

    def test_input_not_modified(self):
        """The scaled gradients are left unchanged (no in-place unscaling)"""
        g = {"w": np.array([8.0, 16.0])}
        scaler_step(g, 8.0, 0)
        check_close(g["w"], [8.0, 16.0], 0, 0, "scaled_grads['w'] after the call")


if __name__ == "__main__":
    unittest.main()
