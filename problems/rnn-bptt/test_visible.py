import unittest

import numpy as np

from mlreps_check import check_close, check_equal, check_shape
from solution import rnn_backward, rnn_forward

ATOL, RTOL = 1e-9, 1e-7
FD_ATOL, FD_RTOL = 1e-6, 1e-5
NAMES = ("Wx", "Wh", "b", "h0")


def _loss(X, dH, params):
    # Independent forward pass: L = sum(dH * states).
    h = params["h0"]
    total = 0.0
    for t in range(X.shape[1]):
        h = np.tanh(X[:, t] @ params["Wx"] + h @ params["Wh"] + params["b"])
        total += float(np.sum(dH[:, t] * h))
    return total


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


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """The README example: states and gradients of the first unit of the last state"""
        X = np.array([[[1.0, 0.0], [0.5, -1.0], [0.0, 2.0]]])
        h0 = np.array([[0.1, -0.2]])
        Wx = np.array([[0.5, -0.3], [0.2, 0.4]])
        Wh = np.array([[0.9, 0.1], [-0.2, 0.7]])
        b = np.array([0.0, 0.1])
        H = rnn_forward(X, h0, Wx, Wh, b)
        check_close(H, [[[0.5580522155596244, -0.3185207769027708], [0.5483026952174412, -0.5491470882559449],
                         [0.7629773621152808, 0.5156730257591786]]], ATOL, RTOL, "hidden states")
        dH = np.zeros((1, 3, 2))
        dH[0, 2, 0] = 1.0
        g = rnn_backward(X, h0, Wx, Wh, b, dH)
        check_equal(sorted(g.keys()), ["Wh", "Wx", "b", "h0"], "keys of the gradient dict")
        check_close(g["Wx"], [[0.2904851789567562, -0.11316564432661361], [0.5727149246772647, 0.05837059125228131]],
                    ATOL, RTOL, "grad Wx")
        check_close(g["Wh"], [[0.39179126782083834, -0.04097187264190811], [-0.3450411797958908, 0.03538831581404531]],
                    ATOL, RTOL, "grad Wh")
        check_close(g["b"], [0.8398588064173393, -0.14235093995275427], ATOL, RTOL, "grad b")
        check_close(g["h0"], [[0.13468135188615543, -0.09058166336948723]], ATOL, RTOL, "grad h0")

    def test_single_step_closed_form(self):
        """T=1: the gradients are one layer's: dz = dH * (1 - h^2), dWx = x.T dz, dWh = h0.T dz, dh0 = dz Wh.T"""
        rng = np.random.default_rng(0)
        X = rng.normal(size=(4, 1, 3))
        h0 = rng.normal(size=(4, 2))
        Wx, Wh, b = rng.normal(size=(3, 2)), rng.normal(size=(2, 2)), rng.normal(size=2)
        dH = rng.normal(size=(4, 1, 2))
        h = np.tanh(X[:, 0] @ Wx + h0 @ Wh + b)
        check_close(rnn_forward(X, h0, Wx, Wh, b), h[:, None, :], ATOL, RTOL, "states for T=1")
        dz = dH[:, 0] * (1 - h ** 2)
        g = rnn_backward(X, h0, Wx, Wh, b, dH)
        check_close(g["Wx"], X[:, 0].T @ dz, ATOL, RTOL, "grad Wx")
        check_close(g["Wh"], h0.T @ dz, ATOL, RTOL, "grad Wh")
        check_close(g["b"], dz.sum(axis=0), ATOL, RTOL, "grad b")
        check_close(g["h0"], dz @ Wh.T, ATOL, RTOL, "grad h0")

    def test_gradient_check_random_sequence(self):
        """All four gradients match central finite differences on a random batch of length-5 sequences"""
        rng = np.random.default_rng(1)
        X = rng.normal(size=(2, 5, 3))
        params = {"Wx": rng.normal(size=(3, 4)) * 0.5, "Wh": rng.normal(size=(4, 4)) * 0.5,
                  "b": rng.normal(size=4) * 0.1, "h0": rng.normal(size=(2, 4)) * 0.5}
        dH = rng.normal(size=(2, 5, 4))
        g = rnn_backward(X, params["h0"], params["Wx"], params["Wh"], params["b"], dH)
        num = _numeric_grads(X, dH, params)
        for name in NAMES:
            check_shape(g[name], params[name].shape, "grad " + name)
            check_close(g[name], num[name], FD_ATOL, FD_RTOL, "grad " + name + " vs finite differences")


if __name__ == "__main__":
    unittest.main()
