import numpy as np


def sgd_momentum_step(w, g, v, lr, mu=0.9, weight_decay=0.0):
    """One classical-momentum step. Returns (w_new, v_new).

    g_eff = g + weight_decay * w
    v_new = mu * v - lr * g_eff
    w_new = w + v_new
    """
    raise NotImplementedError("sgd_momentum_step is not implemented yet")
