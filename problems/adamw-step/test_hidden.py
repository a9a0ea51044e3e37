import copy
import math
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal
from solution import adamw_step

ATOL, RTOL = 1e-12, 1e-9


def _run_scalar(w0, grad_seq, lr, b1, b2, eps, wd):
    w = list(w0)
    m = [0.0] * len(w)
    v = [0.0] * len(w)
    for t, g in enumerate(grad_seq, start=1):
        for k in range(len(w)):
            m[k] = b1 * m[k] + (1 - b1) * g[k]
            v[k] = b2 * v[k] + (1 - b2) * g[k] * g[k]
            mh, vh = m[k] / (1 - b1 ** t), v[k] / (1 - b2 ** t)
            w[k] = w[k] - lr * (mh / (math.sqrt(vh) + eps) + wd * w[k])
    return w, m, v


class HiddenTests(unittest.TestCase):
    def test_five_steps_match_scalar_loop(self):
        """Five steps with custom betas on a 2x3 parameter match a scalar loop"""
        rng = np.random.default_rng(0)
        w0 = rng.normal(size=(2, 3))
        seq = [rng.normal(size=(2, 3)) for _ in range(5)]
        params, state = {"W": w0}, None
        for g in seq:
            params, state = adamw_step(params, {"W": g}, state, lr=0.05, beta1=0.8, beta2=0.99, eps=1e-6, weight_decay=0.3)
        w, m, v = _run_scalar(w0.ravel().tolist(), [g.ravel().tolist() for g in seq], 0.05, 0.8, 0.99, 1e-6, 0.3)
        check_close(np.asarray(params["W"]).ravel(), w, ATOL, RTOL, "W after 5 steps")
        check_close(np.asarray(state["m"]["W"]).ravel(), m, ATOL, RTOL, "m after 5 steps")
        check_close(np.asarray(state["v"]["W"]).ravel(), v, ATOL, RTOL, "v after 5 steps")
        check_equal(state["t"], 5, "t after 5 steps")

    def test_decay_is_not_l2(self):
        """Decay is decoupled: with a constant gradient, the decayed and undecayed moments are identical"""
        g = {"a": np.array([0.3]), "b": np.array([0.3])}
        params, state = {"a": np.array([5.0]), "b": np.array([5.0])}, None
        for _ in range(3):
            params, state = adamw_step(params, g, state, lr=0.1, weight_decay=0.5, no_decay=("b",))
        check_close(state["m"]["a"], state["m"]["b"], ATOL, RTOL, "m of the decayed vs the undecayed parameter")
        w, _, _ = _run_scalar([5.0], [[0.3]] * 3, 0.1, 0.9, 0.999, 1e-8, 0.5)
        check_close(params["a"], w, ATOL, RTOL, "decayed parameter after 3 steps")
        w, _, _ = _run_scalar([5.0], [[0.3]] * 3, 0.1, 0.9, 0.999, 1e-8, 0.0)
        check_close(params["b"], w, ATOL, RTOL, "no-decay parameter after 3 steps")

    def test_none_gradient_skips_the_parameter(self):
        """A parameter with gradient None keeps its value and moments while t keeps counting"""
        p0 = {"enc": np.array([1.0, 2.0]), "head": np.array([3.0])}
        p1, s1 = adamw_step(p0, {"enc": np.array([0.2, -0.2]), "head": np.array([1.0])}, None, lr=0.1)
        p2, s2 = adamw_step(p1, {"enc": None, "head": np.array([1.0])}, s1, lr=0.1)
        check_close(p2["enc"], p1["enc"], 0, 0, "the skipped parameter")
        check_close(s2["m"]["enc"], s1["m"]["enc"], 0, 0, "m of the skipped parameter")
        check_equal(s2["t"], 2, "t after a step with a skipped parameter")
        w, _, _ = _run_scalar([3.0], [[1.0], [1.0]], 0.1, 0.9, 0.999, 1e-8, 0.01)
        check_close(p2["head"], w, ATOL, RTOL, "the updated parameter")

    def test_parameter_first_trained_late(self):
        """A parameter that first gets a gradient at step 3 starts from zero moments but uses t = 3"""
        p, s = {"x": np.array([1.0]), "y": np.array([1.0])}, None
        p, s = adamw_step(p, {"x": np.array([0.5]), "y": None}, s, lr=0.1)
        p, s = adamw_step(p, {"x": np.array([0.5]), "y": None}, s, lr=0.1)
        p, s = adamw_step(p, {"x": np.array([0.5]), "y": np.array([2.0])}, s, lr=0.1, weight_decay=0.0)
        m, v = 0.1 * 2.0, 0.001 * 4.0
        expected = 1.0 - 0.1 * (m / (1 - 0.9 ** 3)) / (math.sqrt(v / (1 - 0.999 ** 3)) + 1e-8)
        check_close(p["y"], [expected], ATOL, RTOL, "y after its first gradient at t = 3")

    def test_inputs_not_modified(self):
        """params, grads, state and the arrays inside them are left unchanged"""
        rng = np.random.default_rng(1)
        params = {"a": rng.normal(size=3), "b": rng.normal(size=(2, 2))}
        grads = {"a": rng.normal(size=3), "b": rng.normal(size=(2, 2))}
        _, state = adamw_step(params, grads, None, lr=0.1)
        saved = copy.deepcopy((params, grads, state))
        adamw_step(params, grads, state, lr=0.1)
        for name in ("a", "b"):
            check_close(params[name], saved[0][name], 0, 0, "params[%r]" % name)
            check_close(grads[name], saved[1][name], 0, 0, "grads[%r]" % name)
            check_close(state["m"][name], saved[2]["m"][name], 0, 0, "state['m'][%r]" % name)
            check_close(state["v"][name], saved[2]["v"][name], 0, 0, "state['v'][%r]" % name)
        check_equal(state["t"], 1, "state['t'] of the earlier state")

    def test_list_inputs_give_float64(self):
        """Lists and integer arrays are accepted; results are float64 arrays"""
        new, state = adamw_step({"w": [1, 2]}, {"w": [1, -1]}, None, lr=0.5, weight_decay=0.0)
        check(np.asarray(new["w"]).dtype == np.float64, "new['w'] must be float64", "float64", np.asarray(new["w"]).dtype)
        check_close(new["w"], [1 - 0.5 / (1 + 1e-8), 2 + 0.5 / (1 + 1e-8)], ATOL, RTOL, "new['w'] from lists")

    def test_invalid_inputs(self):
        """Mismatched keys or shapes raise ValueError; non-dict params raise TypeError"""
        with self.assertRaises(ValueError, msg="grads without the key 'b'"):
            adamw_step({"a": np.ones(2), "b": np.ones(1)}, {"a": np.ones(2)}, None, lr=0.1)
        with self.assertRaises(ValueError, msg="gradient of shape (3,) for a parameter of shape (2,)"):
            adamw_step({"a": np.ones(2)}, {"a": np.ones(3)}, None, lr=0.1)
        with self.assertRaises(TypeError, msg="params given as a list"):
            adamw_step([np.ones(2)], [np.ones(2)], None, lr=0.1)


if __name__ == "__main__":
    unittest.main()
