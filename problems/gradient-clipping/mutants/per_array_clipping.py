# Wrong: clips each array by its own norm instead of the global norm.
import numpy as np


def clip_grad_norm(grads, max_norm):
    arrays = [np.asarray(g, dtype=np.float64) for g in grads]
    total = float(np.sqrt(sum(float(np.sum(a * a)) for a in arrays)))
    out = []
    for a in arrays:
        n = float(np.linalg.norm(a))
        out.append(a * (max_norm / n) if n > max_norm else a.copy())
    return out, total
