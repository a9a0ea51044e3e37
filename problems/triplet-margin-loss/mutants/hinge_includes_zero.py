# Wrong: treats a hinge of exactly 0 as active and passes its gradient.
import numpy as np


def triplet_margin_loss(anchor, positive, negative, margin=1.0):
    a, p, n = (np.asarray(v, dtype=np.float64) for v in (anchor, positive, negative))
    if a.ndim != 2 or p.shape != a.shape or n.shape != a.shape or a.shape[0] < 1:
        raise ValueError("anchor, positive and negative must share one (N, d) shape")
    if not margin >= 0:
        raise ValueError("margin must be >= 0")
    N = a.shape[0]
    dap_vec, dan_vec = a - p, a - n
    dap = np.sqrt((dap_vec ** 2).sum(axis=1))
    dan = np.sqrt((dan_vec ** 2).sum(axis=1))
    hinge = dap - dan + margin
    active = hinge >= 0
    loss = float(np.where(active, hinge, 0.0).sum() / N)
    # unit vectors; a zero distance has subgradient 0
    u_ap = np.divide(dap_vec, dap[:, None], out=np.zeros_like(dap_vec), where=dap[:, None] > 0)
    u_an = np.divide(dan_vec, dan[:, None], out=np.zeros_like(dan_vec), where=dan[:, None] > 0)
    w = active[:, None] / N
    return loss, w * (u_ap - u_an), -w * u_ap, w * u_an
