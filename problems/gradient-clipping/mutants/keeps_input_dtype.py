import numpy as np


def clip_grad_norm(grads, max_norm):
    total_norm = float(np.sqrt(sum(float(np.sum(np.square(g))) for g in grads)))
    if total_norm > max_norm:
        scale = max_norm / total_norm
        return [np.asarray(g) * scale for g in grads], total_norm
    return [np.array(g) for g in grads], total_norm
