import numpy as np


def _windows(x, k, s):
    # Returns (N, C, H_out, W_out, k*k): window entries in row-major order.
    n, c, h, w = x.shape
    ho, wo = (h - k) // s + 1, (w - k) // s + 1
    taps = [x[:, :, a:a + s * (ho - 1) + 1:s, e:e + s * (wo - 1) + 1:s] for a in range(k) for e in range(k)]
    return np.stack(taps, axis=-1), ho, wo


def maxpool2d_forward(x, kernel_size, stride=None):
    x = np.asarray(x)
    s = kernel_size if stride is None else stride
    win, _, _ = _windows(x, kernel_size, s)
    return win.max(axis=-1)


def maxpool2d_backward(dout, x, kernel_size, stride=None):
    x = np.asarray(x)
    dout = np.asarray(dout, dtype=np.float64)
    k = kernel_size
    s = k if stride is None else stride
    win, ho, wo = _windows(x, k, s)
    first = np.argmax(win, axis=-1)  # argmax returns the first maximum: row-major tie-break
    n, c = x.shape[:2]
    ni, ci, ii, jj = np.indices((n, c, ho, wo))
    rows = ii * s + first // k
    cols = jj * s + first % k
    dx = np.zeros_like(x)
    np.add.at(dx, (ni, ci, rows, cols), dout)  # overlapping windows accumulate
    return dx
