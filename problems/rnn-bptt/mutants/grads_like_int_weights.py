import numpy as np


def rnn_forward(X, h0, Wx, Wh, b):
    X = np.asarray(X, dtype=np.float64)
    h = np.asarray(h0, dtype=np.float64)
    Wx, Wh, b = (np.asarray(a, dtype=np.float64) for a in (Wx, Wh, b))
    N, T, _ = X.shape
    H = np.zeros((N, T, Wh.shape[0]))
    for t in range(T):
        h = np.tanh(X[:, t] @ Wx + h @ Wh + b)
        H[:, t] = h
    return H


def rnn_backward(X, h0, Wx, Wh, b, dH):
    X = np.asarray(X, dtype=np.float64)
    h0 = np.asarray(h0, dtype=np.float64)
    Wx, Wh, b = (np.asarray(a) for a in (Wx, Wh, b))
    dH = np.asarray(dH, dtype=np.float64)
    H = rnn_forward(X, h0, Wx, Wh, b)
    T = X.shape[1]
    dWx, dWh, db = np.zeros_like(Wx), np.zeros_like(Wh), np.zeros_like(b)
    dh_next = np.zeros_like(h0)          # gradient reaching h_t from step t+1
    for t in range(T - 1, -1, -1):
        h_prev = H[:, t - 1] if t > 0 else h0
        dz = (dH[:, t] + dh_next) * (1.0 - H[:, t] ** 2)
        dWx += X[:, t].T @ dz
        dWh += h_prev.T @ dz
        db += dz.sum(axis=0)
        dh_next = dz @ Wh.T
    return {"Wx": dWx, "Wh": dWh, "b": db, "h0": dh_next}
