import numpy as np


def clip_grad_norm(grads, max_norm):
    arrays = [np.asarray(g, dtype=np.float64) for g in grads]
    total_norm = float(np.sqrt(sum(float(np.sum(a * a)) for a in arrays)))
    if total_norm > max_norm:
        scale = max_norm / total_norm
        return [a * scale for a in arrays], total_norm
    return [a.copy() for a in arrays], total_norm
