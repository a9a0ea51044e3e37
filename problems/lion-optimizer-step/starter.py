import numpy as np


def lion_step(w, g, m, lr, beta1=0.9, beta2=0.99, weight_decay=0.0):
    """One Lion step: returns (w_new, m_new), two new float64 arrays of w's shape.

    m is None before the first step (zeros). sign(0) is 0. The inputs are not modified.
    """
    raise NotImplementedError("lion_step is not implemented yet")
