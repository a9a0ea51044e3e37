import numpy as np


def isotonic_fit(x, y, weights=None, increasing=True):
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if x.ndim != 1 or y.ndim != 1 or x.shape != y.shape or x.size == 0:
        raise ValueError("x and y must be non-empty 1-D arrays of the same length")
    if weights is None:
        w = np.ones(x.size)
    else:
        w = np.asarray(weights, dtype=np.float64)
        if w.shape != x.shape:
            raise ValueError("weights must have one entry per point")
        if np.any(~np.isfinite(w)) or np.any(w <= 0):
            raise ValueError("weights must be positive and finite")
    if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
        raise ValueError("x and y must be finite")
    sign = 1.0 if increasing else -1.0
    order = np.argsort(x, kind="mergesort")
    xs, ys, ws = x[order], sign * y[order], w[order]
    # merge equal x into one point: weighted mean of y, summed weight
    starts = np.flatnonzero(np.r_[True, xs[1:] != xs[:-1]])
    wsum = np.add.reduceat(ws, starts)
    ymean = np.add.reduceat(ws * ys, starts) / wsum
    # pool adjacent violators with a stack of blocks (mean, weight, count)
    means, weights_, counts = [], [], []
    for m, wt in zip(ymean, wsum):
        means.append(m)
        weights_.append(wt)
        counts.append(1)
        while len(means) > 1 and means[-2] > means[-1]:
            m2, w2, c2 = means.pop(), weights_.pop(), counts.pop()
            tot = weights_[-1] + w2
            means[-1] = (means[-1] * weights_[-1] + m2 * w2) / tot
            weights_[-1] = tot
            counts[-1] += c2
    fitted_unique = np.repeat(means, counts)
    group_sizes = np.diff(np.r_[starts, xs.size])
    fitted_sorted = np.repeat(fitted_unique, group_sizes)
    out = np.empty(x.size)
    out[order] = sign * fitted_sorted
    return out
