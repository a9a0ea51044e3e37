import numpy as np


def groupby_aggregate(keys, values):
    k = np.asarray(keys)
    v = np.asarray(values, dtype=np.float64)
    if k.ndim != 1 or v.ndim != 1 or k.shape != v.shape:
        raise ValueError("keys and values must be 1-D of the same length")
    if np.any(np.isinf(v)):
        raise ValueError("values must not be infinite")
    uniq, inv = np.unique(k, return_inverse=True)
    inv = inv.reshape(-1)
    g = uniq.size
    ok = ~np.isnan(v)
    count = np.bincount(inv[ok], minlength=g)
    total = np.bincount(inv[ok], weights=v[ok], minlength=g)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(count > 0, total / np.maximum(count, 1), np.nan)
    dev = np.bincount(inv[ok], weights=(v[ok] - mean[inv[ok]]) ** 2, minlength=g)
    with np.errstate(invalid="ignore", divide="ignore"):
        var = np.where(count > 1, dev / np.maximum(count - 1, 1), np.nan)
    mn = np.full(g, np.inf)
    mx = np.full(g, -np.inf)
    np.minimum.at(mn, inv[ok], v[ok])
    np.maximum.at(mx, inv[ok], v[ok])
    mn[count == 0] = np.nan
    mx[count == 0] = np.nan
    return {"keys": uniq, "count": count.astype(np.int64), "sum": total, "mean": mean, "var": var, "min": mn, "max": mx}
