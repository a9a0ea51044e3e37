import numpy as np


def _sigmoid(z):
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    e = np.exp(z[~pos])
    out[~pos] = e / (1.0 + e)
    return out


def _prepare(x, h_prev, c_prev, Wx, Wh, b):
    x, h_prev, c_prev, Wx, Wh, b = (np.asarray(a, dtype=np.float64) for a in (x, h_prev, c_prev, Wx, Wh, b))
    if x.ndim != 2 or h_prev.ndim != 2:
        raise ValueError("x and h_prev must be 2-D (N, D) and (N, H)")
    N, D = x.shape
    H = h_prev.shape[1]
    if h_prev.shape[0] != N or c_prev.shape != (N, H):
        raise ValueError("h_prev and c_prev must have shape (%d, %d)" % (N, H))
    if Wx.shape != (D, 4 * H) or Wh.shape != (H, 4 * H) or b.shape != (4 * H,):
        raise ValueError("expected Wx %s, Wh %s, b %s; got %s, %s, %s" % ((D, 4 * H), (H, 4 * H), (4 * H,), Wx.shape, Wh.shape, b.shape))
    return x, h_prev, c_prev, Wx, Wh, b, H


def _gates(x, h_prev, Wx, Wh, b, H):
    z = x @ Wx + h_prev @ Wh + b
    i = _sigmoid(z[:, :H])
    f = _sigmoid(z[:, H:2 * H])
    g = np.tanh(z[:, 2 * H:3 * H])
    o = _sigmoid(z[:, 3 * H:])
    return i, f, g, o


def lstm_cell_forward(x, h_prev, c_prev, Wx, Wh, b):
    x, h_prev, c_prev, Wx, Wh, b, H = _prepare(x, h_prev, c_prev, Wx, Wh, b)
    i, f, g, o = _gates(x, h_prev, Wx, Wh, b, H)
    c = f * c_prev + i * g
    return o * np.tanh(c), c


def lstm_cell_backward(dh, dc, x, h_prev, c_prev, Wx, Wh, b):
    x, h_prev, c_prev, Wx, Wh, b, H = _prepare(x, h_prev, c_prev, Wx, Wh, b)
    dh = np.asarray(dh, dtype=np.float64)
    dc = np.asarray(dc, dtype=np.float64)
    if dh.shape != h_prev.shape or dc.shape != h_prev.shape:
        raise ValueError("dh and dc must have shape %s" % (h_prev.shape,))
    i, f, g, o = _gates(x, h_prev, Wx, Wh, b, H)
    c = f * c_prev + i * g
    tc = np.tanh(c)
    dc_total = dc + dh * o * (1.0 - tc * tc)
    dz = np.concatenate([
        dc_total * g * i * (1.0 - i),
        dc_total * c_prev * f * (1.0 - f),
        dc_total * i * (1.0 - g * g),
        dh * tc * o * (1.0 - o),
    ], axis=1)
    return {
        "dx": dz @ Wx.T,
        "dh_prev": dz @ Wh.T,
        "dc_prev": dc_total * f,
        "dWx": x.T @ dz,
        "dWh": h_prev.T @ dz,
        "db": dz.sum(axis=0),
    }
