# Wrong: updates the caller's w and m arrays in place.
import numbers

import numpy as np


def lion_step(w, g, m, lr, beta1=0.9, beta2=0.99, weight_decay=0.0):
    w = np.asarray(w, dtype=np.float64)
    g = np.asarray(g, dtype=np.float64)
    if g.shape != w.shape:
        raise ValueError("g has shape %s but w has shape %s" % (g.shape, w.shape))
    if m is None:
        m = np.zeros_like(w)
    else:
        m = np.asarray(m, dtype=np.float64)
        if m.shape != w.shape:
            raise ValueError("m has shape %s but w has shape %s" % (m.shape, w.shape))
    for name, value in (("lr", lr), ("beta1", beta1), ("beta2", beta2), ("weight_decay", weight_decay)):
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise ValueError("%s must be a real number, got %r" % (name, value))
    if not lr > 0:
        raise ValueError("lr must be > 0, got %r" % (lr,))
    if not (0 <= beta1 < 1 and 0 <= beta2 < 1):
        raise ValueError("beta1 and beta2 must lie in [0, 1), got %r and %r" % (beta1, beta2))
    if not weight_decay >= 0:
        raise ValueError("weight_decay must be >= 0, got %r" % (weight_decay,))
    c = beta1 * m + (1.0 - beta1) * g
    w -= lr * (np.sign(c) + weight_decay * w)
    m *= beta2
    m += (1.0 - beta2) * g
    return w, m
