# Wrong: uses squared Euclidean distances.
import numpy as np


def triplet_margin_loss(anchor, positive, negative, margin=1.0):
    a, p, n = (np.asarray(v, dtype=np.float64) for v in (anchor, positive, negative))
    if a.ndim != 2 or p.shape != a.shape or n.shape != a.shape or a.shape[0] < 1:
        raise ValueError("anchor, positive and negative must share one (N, d) shape")
    if not margin >= 0:
        raise ValueError("margin must be >= 0")
    N = a.shape[0]
    dap_vec, dan_vec = a - p, a - n
    dap = (dap_vec ** 2).sum(axis=1)
    dan = (dan_vec ** 2).sum(axis=1)
    hinge = dap - dan + margin
    active = hinge > 0
    loss = float(np.where(active, hinge, 0.0).sum() / N)
    # unit vectors; a zero distance has subgradient 0
    u_ap = 2 * dap_vec
    u_an = 2 * dan_vec
    w = active[:, None] / N
    return loss, w * (u_ap - u_an), -w * u_ap, w * u_an
