# Wrong: always rescales to max_norm, so small gradients are scaled up.
import numpy as np


def clip_grad_norm(grads, max_norm):
    arrays = [np.asarray(g, dtype=np.float64) for g in grads]
    total = float(np.sqrt(sum(float(np.sum(a * a)) for a in arrays)))
    if total == 0:
        return [a.copy() for a in arrays], total
    return [a * (max_norm / total) for a in arrays], total
