# Wrong: ranks by the signed value, so large negative weights are pruned first.
import math

import numpy as np


def _prune_order(mags):
    # Positions sorted by magnitude, ties by position (a stable sort keeps the flat order).
    return np.argsort(mags, kind="stable")


def magnitude_prune(weights, sparsity, scope="global"):
    if not isinstance(weights, dict) or not weights:
        raise TypeError("weights must be a non-empty dict of arrays")
    if not 0 <= sparsity <= 1:
        raise ValueError("sparsity must lie in [0, 1], got %r" % (sparsity,))
    if scope not in ("global", "layer"):
        raise ValueError("scope must be 'global' or 'layer', got %r" % (scope,))
    arrays = {k: np.asarray(v, dtype=np.float64) for k, v in weights.items()}
    masks = {k: np.ones(a.shape, dtype=bool) for k, a in arrays.items()}
    if scope == "layer":
        for k, a in arrays.items():
            n_prune = math.floor(sparsity * a.size)
            flat = masks[k].reshape(-1)
            flat[_prune_order(a.reshape(-1))[:n_prune]] = False
    else:
        names = list(arrays)
        mags = np.concatenate([arrays[k].reshape(-1) for k in names])
        n_prune = math.floor(sparsity * mags.size)
        keep = np.ones(mags.size, dtype=bool)
        keep[_prune_order(mags)[:n_prune]] = False
        start = 0
        for k in names:
            n = arrays[k].size
            masks[k] = keep[start:start + n].reshape(arrays[k].shape)
            start += n
    pruned = {k: np.where(masks[k], arrays[k], 0.0) for k in arrays}
    return pruned, masks
