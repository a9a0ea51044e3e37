# Wrong: backward sends the gradient to every entry equal to the window maximum, not just the first.
import numpy as np


def maxpool2d_forward(x, kernel_size, stride=None):
    x = np.asarray(x, dtype=np.float64)
    k = kernel_size
    s = k if stride is None else stride
    n, c, h, w = x.shape
    ho, wo = (h - k) // s + 1, (w - k) // s + 1
    out = np.full((n, c, ho, wo), -np.inf)
    for a in range(k):
        for e in range(k):
            out = np.maximum(out, x[:, :, a:a + s * (ho - 1) + 1:s, e:e + s * (wo - 1) + 1:s])
    return out


def maxpool2d_backward(dout, x, kernel_size, stride=None):
    x = np.asarray(x, dtype=np.float64)
    k = kernel_size
    s = k if stride is None else stride
    out = maxpool2d_forward(x, k, s)
    ho, wo = out.shape[2:]
    dx = np.zeros_like(x)
    for a in range(k):
        for e in range(k):
            sl = (slice(None), slice(None), slice(a, a + s * (ho - 1) + 1, s), slice(e, e + s * (wo - 1) + 1, s))
            dx[sl] += dout * (x[sl] == out)
    return dx
