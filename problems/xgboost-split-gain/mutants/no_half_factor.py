# Wrong: drops the factor 1/2 in front of the gain.
import numpy as np


def best_split(X, g, h, reg_lambda=1.0, gamma=0.0, min_child_weight=1.0):
    X = np.asarray(X, dtype=np.float64)
    g = np.asarray(g, dtype=np.float64)
    h = np.asarray(h, dtype=np.float64)
    if X.ndim != 2:
        raise ValueError("X must be 2-D, got %d dimensions" % X.ndim)
    n, d = X.shape
    if g.shape != (n,) or h.shape != (n,):
        raise ValueError("g and h must have shape (%d,)" % n)
    if not (np.all(np.isfinite(g)) and np.all(np.isfinite(h))) or np.any(h < 0):
        raise ValueError("g must be finite and h finite and non-negative")
    if np.any(np.isinf(X)):
        raise ValueError("X must be finite or nan")
    if not reg_lambda > 0 or not gamma >= 0 or not min_child_weight >= 0:
        raise ValueError("need reg_lambda > 0, gamma >= 0 and min_child_weight >= 0")
    G, H = g.sum(), h.sum()
    parent = G * G / (H + reg_lambda)
    best = None
    for j in range(d):
        col = X[:, j]
        miss = np.isnan(col)
        g_miss, h_miss = g[miss].sum(), h[miss].sum()
        order = np.argsort(col[~miss], kind="stable")
        v = col[~miss][order]
        if v.size < 2:
            continue
        cg = np.cumsum(g[~miss][order])
        ch = np.cumsum(h[~miss][order])
        cut = np.nonzero(v[:-1] < v[1:])[0]  # left side holds v[0..i]
        if cut.size == 0:
            continue
        GL, HL = cg[cut], ch[cut]
        GR, HR = cg[-1] - GL, ch[-1] - HL
        # Column 0: missing values go right; column 1: missing values go left.
        GLd = np.stack([GL, GL + g_miss], axis=1)
        HLd = np.stack([HL, HL + h_miss], axis=1)
        GRd = np.stack([GR + g_miss, GR], axis=1)
        HRd = np.stack([HR + h_miss, HR], axis=1)
        gain = 1.0 * (GLd ** 2 / (HLd + reg_lambda) + GRd ** 2 / (HRd + reg_lambda) - parent) - gamma
        valid = (HLd >= min_child_weight) & (HRd >= min_child_weight)
        gain = np.where(valid, gain, -np.inf).ravel()
        k = int(np.argmax(gain))
        if gain[k] > 0 and (best is None or gain[k] > best["gain"]):
            c, side = divmod(k, 2)
            i = cut[c]
            best = {
                "feature": j,
                "threshold": float((v[i] + v[i + 1]) / 2.0),
                "gain": float(gain[k]),
                "default_left": bool(side == 1),
                "left_weight": float(-GLd[c, side] / (HLd[c, side] + reg_lambda)),
                "right_weight": float(-GRd[c, side] / (HRd[c, side] + reg_lambda)),
            }
    return best
