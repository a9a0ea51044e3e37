# Wrong: adds bh_n outside the reset gate, n = tanh(a_n + r * (h @ Wh_n) + bh_n).
import numpy as np


def _sigmoid(v):
    return 0.5 * (1.0 + np.tanh(0.5 * v))


def _check(x, h, Wx, Wh, bx, bh):
    if x.ndim != 2 or h.ndim != 2 or x.shape[0] != h.shape[0]:
        raise ValueError("x must be (N, D) and h_prev (N, H), got %s and %s" % (x.shape, h.shape))
    D, H = x.shape[1], h.shape[1]
    if Wx.shape != (D, 3 * H) or Wh.shape != (H, 3 * H) or bx.shape != (3 * H,) or bh.shape != (3 * H,):
        raise ValueError("expected Wx %s, Wh %s, bx and bh %s" % ((D, 3 * H), (H, 3 * H), (3 * H,)))
    return H


def _step(x, h, Wx, Wh, bx, bh, H):
    a = x @ Wx + bx
    c = h @ Wh + bh
    r = _sigmoid(a[:, :H] + c[:, :H])
    z = _sigmoid(a[:, H:2 * H] + c[:, H:2 * H])
    n = np.tanh(a[:, 2 * H:] + r * (h @ Wh[:, 2 * H:]) + bh[2 * H:])
    return (1.0 - z) * n + z * h


def gru_cell(x, h_prev, Wx, Wh, bx, bh):
    x, h, Wx, Wh, bx, bh = (np.asarray(v, dtype=np.float64) for v in (x, h_prev, Wx, Wh, bx, bh))
    H = _check(x, h, Wx, Wh, bx, bh)
    return _step(x, h, Wx, Wh, bx, bh, H)


def gru_sequence(X, h0, Wx, Wh, bx, bh):
    X, h, Wx, Wh, bx, bh = (np.asarray(v, dtype=np.float64) for v in (X, h0, Wx, Wh, bx, bh))
    if X.ndim != 3 or X.shape[0] < 1:
        raise ValueError("X must have shape (T, N, D) with T >= 1, got %s" % (X.shape,))
    H = _check(X[0], h, Wx, Wh, bx, bh)
    out = np.empty((X.shape[0], X.shape[1], H))
    for t in range(X.shape[0]):
        h = _step(X[t], h, Wx, Wh, bx, bh, H)
        out[t] = h
    return out
