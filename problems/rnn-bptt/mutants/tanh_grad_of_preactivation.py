# Wrong: applies 1 - a^2 to the pre-activation a instead of to h = tanh(a).
import numpy as np


def rnn_forward(X, h0, Wx, Wh, b):
    X = np.asarray(X, dtype=np.float64)
    h = np.asarray(h0, dtype=np.float64)
    N, T, _ = X.shape
    H = np.zeros((N, T, Wh.shape[0]))
    for t in range(T):
        h = np.tanh(X[:, t] @ Wx + h @ Wh + b)
        H[:, t] = h
    return H


def rnn_backward(X, h0, Wx, Wh, b, dH):
    X = np.asarray(X, dtype=np.float64)
    h0 = np.asarray(h0, dtype=np.float64)
    H = rnn_forward(X, h0, Wx, Wh, b)
    dWx, dWh, db = np.zeros(Wx.shape), np.zeros(Wh.shape), np.zeros(b.shape)
    dh_next = np.zeros(h0.shape)
    for t in range(X.shape[1] - 1, -1, -1):
        h_prev = H[:, t - 1] if t > 0 else h0
        a = X[:, t] @ Wx + h_prev @ Wh + b
        dz = (dH[:, t] + dh_next) * (1.0 - a ** 2)
        dWx += X[:, t].T @ dz
        dWh += h_prev.T @ dz
        db += dz.sum(axis=0)
        dh_next = dz @ Wh.T
    return {"Wx": dWx, "Wh": dWh, "b": db, "h0": dh_next}
