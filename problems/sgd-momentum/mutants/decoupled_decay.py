# Wrong: applies weight decay directly to w (decoupled, AdamW-style) instead of adding it to the gradient.
import numpy as np


def sgd_momentum_step(w, g, v, lr, mu=0.9, weight_decay=0.0):
    w, g, v = (np.asarray(a, dtype=np.float64) for a in (w, g, v))
    v_new = mu * v - lr * g
    return w + v_new - lr * weight_decay * w, v_new
