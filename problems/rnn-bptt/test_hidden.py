import copy
import unittest

import numpy as np

from mlreps_check import check, check_close, check_equal, check_shape
from solution import rnn_backward, rnn_forward

ATOL, RTOL = 1e-9, 1e-7
FD_ATOL, FD_RTOL = 1e-6, 1e-5
NAMES = ("Wx", "Wh", "b", "h0")


def _states(X, h0, Wx, Wh, b):
    # Plain loop over sequences and steps.
    N, T, _ = X.shape
    out = np.zeros((N, T, Wh.shape[0]))
    for n in range(N):
        h = h0[n]
        for t in range(T):
            h = np.tanh(X[n, t] @ Wx + h @ Wh + b)
            out[n, t] = h
    return out


def _loss(X, dH, p):
    return float(np.sum(dH * _states(X, p["h0"], p["Wx"], p["Wh"], p["b"])))


def _numeric_grads(X, dH, params, step=1e-5):
    grads = {}
    for name in NAMES:
        g = np.zeros_like(params[name])
        for idx in np.ndindex(params[name].shape):
            plus = {k: v.copy() for k, v in params.items()}
            minus = {k: v.copy() for k, v in params.items()}
            plus[name][idx] += step
            minus[name][idx] -= step
            g[idx] = (_loss(X, dH, plus) - _loss(X, dH, minus)) / (2 * step)
        grads[name] = g
    return grads


def _random(rng, N, T, D, H, scale=0.6):
    X = rng.normal(size=(N, T, D))
    params = {"Wx": rng.normal(size=(D, H)) * scale, "Wh": rng.normal(size=(H, H)) * scale,
              "b": rng.normal(size=H) * 0.2, "h0": rng.normal(size=(N, H)) * 0.5}
    return X, params


def _grads(X, p, dH):
    return rnn_backward(X, p["h0"], p["Wx"], p["Wh"], p["b"], dH)


class HiddenTests(unittest.TestCase):
    def test_gradient_through_long_sequence(self):
        """A loss on the last state only: gradients (h0 included) match finite differences after 8 steps"""
        rng = np.random.default_rng(10)
        X, params = _random(rng, 3, 8, 2, 3, scale=0.9)
        dH = np.zeros((3, 8, 3))
        dH[:, -1] = rng.normal(size=(3, 3))
        g = _grads(X, params, dH)
        num = _numeric_grads(X, dH, params)
        for name in NAMES:
            check_close(g[name], num[name], FD_ATOL, FD_RTOL, "grad " + name + " vs finite differences")

    def test_forward_matches_plain_loop(self):
        """rnn_forward matches a per-sequence loop; shape (N, T, H), float64; inputs unchanged"""
        rng = np.random.default_rng(11)
        X, p = _random(rng, 4, 6, 3, 5)
        copies = {k: v.copy() for k, v in p.items()}
        Xc = X.copy()
        _orig_X = copy.deepcopy(X)
        H = rnn_forward(X, p["h0"], p["Wx"], p["Wh"], p["b"])
        check_shape(H, (4, 6, 5), "hidden states")
        check(np.asarray(H).dtype == np.float64, "hidden states must be float64", "float64", str(np.asarray(H).dtype))
        check_close(H, _states(_orig_X, p["h0"], p["Wx"], p["Wh"], p["b"]), ATOL, RTOL, "hidden states")
        _grads(_orig_X, p, rng.normal(size=(4, 6, 5)))
        check_equal(X, Xc, "X after the calls")
        for k in NAMES:
            check_equal(p[k], copies[k], k + " after the calls")

    def test_zero_length_sequence(self):
        """T=0: the states have shape (N, 0, H) and every gradient is zero with the parameter's shape"""
        rng = np.random.default_rng(12)
        X = np.zeros((2, 0, 3))
        p = {"Wx": rng.normal(size=(3, 4)), "Wh": rng.normal(size=(4, 4)), "b": rng.normal(size=4),
             "h0": rng.normal(size=(2, 4))}
        _orig_X = copy.deepcopy(X)
        H = rnn_forward(X, p["h0"], p["Wx"], p["Wh"], p["b"])
        check_shape(H, (2, 0, 4), "hidden states for T=0")
        g = _grads(_orig_X, p, np.zeros((2, 0, 4)))
        check_equal(sorted(g.keys()), ["Wh", "Wx", "b", "h0"], "keys of the gradient dict")
        for name in NAMES:
            check_close(g[name], np.zeros(p[name].shape), 0, 0, "grad " + name + " for T=0")

    def test_loss_on_first_step_only(self):
        """With dH nonzero only at the first step, later steps add nothing: the one-step closed form holds"""
        rng = np.random.default_rng(13)
        X, p = _random(rng, 3, 5, 2, 3)
        dH = np.zeros((3, 5, 3))
        dH[:, 0] = rng.normal(size=(3, 3))
        h1 = np.tanh(X[:, 0] @ p["Wx"] + p["h0"] @ p["Wh"] + p["b"])
        dz = dH[:, 0] * (1 - h1 ** 2)
        g = _grads(X, p, dH)
        check_close(g["Wx"], X[:, 0].T @ dz, ATOL, RTOL, "grad Wx")
        check_close(g["Wh"], p["h0"].T @ dz, ATOL, RTOL, "grad Wh")
        check_close(g["b"], dz.sum(axis=0), ATOL, RTOL, "grad b")
        check_close(g["h0"], dz @ p["Wh"].T, ATOL, RTOL, "grad h0")

    def test_gradients_linear_in_dH(self):
        """Gradients are linear in dH: grads(dA + 2 dB) = grads(dA) + 2 grads(dB)"""
        rng = np.random.default_rng(14)
        X, p = _random(rng, 2, 4, 3, 3)
        dA, dB = rng.normal(size=(2, 4, 3)), rng.normal(size=(2, 4, 3))
        ga, gb, gc = _grads(X, p, dA), _grads(X, p, dB), _grads(X, p, dA + 2 * dB)
        for name in NAMES:
            check_close(gc[name], np.asarray(ga[name]) + 2 * np.asarray(gb[name]), ATOL, RTOL, "grad " + name)

    def test_batch_is_sum_of_sequences(self):
        """Weight gradients of a batch are the sums over its sequences; h0 gradients are per sequence"""
        rng = np.random.default_rng(15)
        X, p = _random(rng, 3, 4, 2, 3)
        dH = rng.normal(size=(3, 4, 3))
        g = _grads(X, p, dH)
        total = {name: 0.0 for name in ("Wx", "Wh", "b")}
        for n in range(3):
            gn = rnn_backward(X[n:n + 1], p["h0"][n:n + 1], p["Wx"], p["Wh"], p["b"], dH[n:n + 1])
            for name in total:
                total[name] = total[name] + np.asarray(gn[name])
            check_close(np.asarray(g["h0"])[n:n + 1], gn["h0"], ATOL, RTOL, "grad h0 of sequence %d" % n)
        for name in total:
            check_close(g[name], total[name], ATOL, RTOL, "grad " + name + " vs the sum over sequences")

    def test_saturated_units_stay_finite(self):
        """Pre-activations near +-1000: states are exactly +-1 and every gradient is finite and ~0"""
        X = np.ones((1, 3, 2))
        p = {"Wx": np.array([[500.0, -500.0], [500.0, -500.0]]), "Wh": np.array([[0.5, 0.0], [0.0, 0.5]]),
             "b": np.zeros(2), "h0": np.zeros((1, 2))}
        _orig_X = copy.deepcopy(X)
        H = rnn_forward(X, p["h0"], p["Wx"], p["Wh"], p["b"])
        check_close(H, np.tile([1.0, -1.0], (1, 3, 1)), ATOL, RTOL, "saturated states")
        g = _grads(_orig_X, p, np.ones((1, 3, 2)))
        for name in NAMES:
            arr = np.asarray(g[name], dtype=float)
            check(np.all(np.isfinite(arr)), "grad " + name + " must be finite", "finite values", arr)
            check_close(arr, np.zeros(p[name].shape), ATOL, RTOL, "grad " + name + " of saturated units")

    def test_gradient_check_wide_hidden_state(self):
        """Finite differences with H larger than D, dH at every step and a single sequence"""
        rng = np.random.default_rng(16)
        X, params = _random(rng, 1, 4, 2, 5, scale=0.5)
        dH = rng.normal(size=(1, 4, 5))
        g = _grads(X, params, dH)
        num = _numeric_grads(X, dH, params)
        for name in NAMES:
            check_shape(g[name], params[name].shape, "grad " + name)
            check_close(g[name], num[name], FD_ATOL, FD_RTOL, "grad " + name + " vs finite differences")


class GapTests(unittest.TestCase):
    def test_integer_weights_and_list_inputs(self):
        """X and h0 as nested lists and integer weights give float64 states and correct gradients"""
        X = [[[1.0, 0.0], [0.5, -1.0]]]
        h0 = [[0.1, -0.2]]
        p = {"Wx": np.array([[1, 0], [0, -1]]), "Wh": np.array([[0, 1], [1, 0]]), "b": np.array([0, 1]), "h0": np.array(h0)}
        Hs = rnn_forward(X, h0, p["Wx"], p["Wh"], p["b"])
        check(isinstance(Hs, np.ndarray) and Hs.dtype == np.float64, "rnn_forward must return float64", "float64", getattr(Hs, "dtype", type(Hs).__name__))
        Xa = np.array(X)
        pf = {k: np.asarray(v, dtype=np.float64) for k, v in p.items()}
        check_close(Hs, _states(Xa, pf["h0"], pf["Wx"], pf["Wh"], pf["b"]), 1e-9, 1e-7, "states with integer weights")
        dH = np.array([[[0.5, -1.0], [1.0, 2.0]]])
        _orig_dH = copy.deepcopy(dH)
        g = rnn_backward(X, h0, p["Wx"], p["Wh"], p["b"], dH)
        expected = _numeric_grads(Xa, _orig_dH, pf)
        for name in NAMES:
            got = np.asarray(g[name])
            check(got.dtype == np.float64, "gradient %s must be float64" % name, "float64", got.dtype)
            check_close(got, expected[name], 1e-6, 1e-5, "gradient %s with integer weights" % name)


if __name__ == "__main__":
    unittest.main()
