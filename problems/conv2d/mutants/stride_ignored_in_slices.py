# Wrong: output size uses the stride, but the windows advance by 1 pixel (stride not applied when slicing).
import numpy as np


def conv2d_forward(x, w, b, stride=1, padding=0):
    x = np.asarray(x, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    n, c, h, wd = x.shape
    f, _, kh, kw = w.shape
    s, p = stride, padding
    ho, wo = (h + 2 * p - kh) // s + 1, (wd + 2 * p - kw) // s + 1
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    out = np.zeros((n, f, ho, wo))
    for i in range(kh):
        for j in range(kw):
            out += np.einsum("nchw,fc->nfhw", xp[:, :, i:i + ho, j:j + wo], w[:, :, i, j])
    return out + np.asarray(b)[None, :, None, None]
