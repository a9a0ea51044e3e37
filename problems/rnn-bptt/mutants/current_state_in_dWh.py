# Wrong: off-by-one in time, dWh pairs dz_t with the current state h_t instead of the previous state h_{t-1}.
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
        dz = (dH[:, t] + dh_next) * (1.0 - H[:, t] ** 2)
        dWx += X[:, t].T @ dz
        dWh += H[:, t].T @ dz
        db += dz.sum(axis=0)
        dh_next = dz @ Wh.T
    return {"Wx": dWx, "Wh": dWh, "b": db, "h0": dh_next}
