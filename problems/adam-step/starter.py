import numpy as np


def adam_step(w, g, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    """One Adam step (t >= 1 is the step number). Returns (w_new, m_new, v_new).

    m_new, v_new are the raw moment estimates; the update uses the bias-corrected
    m_hat = m_new / (1 - beta1**t), v_hat = v_new / (1 - beta2**t) and
    w_new = w - lr * m_hat / (sqrt(v_hat) + eps).
    """
    raise NotImplementedError("adam_step is not implemented yet")
