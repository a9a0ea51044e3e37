# Wrong: moves the weights with the previous velocity instead of the updated one.
import numpy as np


def sgd_momentum_step(w, g, v, lr, mu=0.9, weight_decay=0.0):
    w, g, v = (np.asarray(a, dtype=np.float64) for a in (w, g, v))
    v_new = mu * v - lr * (g + weight_decay * w)
    return w + v, v_new
