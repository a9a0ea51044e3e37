# Wrong: Nesterov-style parameter update (w + mu * v_new - lr * g) instead of classical momentum.
import numpy as np


def sgd_momentum_step(w, g, v, lr, mu=0.9, weight_decay=0.0):
    w, g, v = (np.asarray(a, dtype=np.float64) for a in (w, g, v))
    g_eff = g + weight_decay * w
    v_new = mu * v - lr * g_eff
    return w + mu * v_new - lr * g_eff, v_new
