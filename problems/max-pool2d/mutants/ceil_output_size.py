# Wrong: uses ceil for the output size, pooling partial windows at the bottom/right border.
import numpy as np


def maxpool2d_forward(x, kernel_size, stride=None):
    x = np.asarray(x, dtype=np.float64)
    k = kernel_size
    s = k if stride is None else stride
    n, c, h, w = x.shape
    ho, wo = -(-(h - k) // s) + 1, -(-(w - k) // s) + 1
    out = np.zeros((n, c, ho, wo))
    for i in range(ho):
        for j in range(wo):
            out[:, :, i, j] = x[:, :, i * s:i * s + k, j * s:j * s + k].max(axis=(2, 3))
    return out


def maxpool2d_backward(dout, x, kernel_size, stride=None):
    x = np.asarray(x, dtype=np.float64)
    k = kernel_size
    s = k if stride is None else stride
    n, c = x.shape[:2]
    ho, wo = dout.shape[2:]
    dx = np.zeros_like(x)
    for i in range(ho):
        for j in range(wo):
            win = x[:, :, i * s:i * s + k, j * s:j * s + k]
            ww = win.shape[3]
            flat = win.reshape(n, c, -1).argmax(axis=-1)
            for nn in range(n):
                for cc in range(c):
                    dx[nn, cc, i * s + flat[nn, cc] // ww, j * s + flat[nn, cc] % ww] += dout[nn, cc, i, j]
    return dx
