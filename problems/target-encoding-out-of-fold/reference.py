import numpy as np


def _smoothing(s):
    s = float(s)
    if not (s >= 0 and np.isfinite(s)):
        raise ValueError("smoothing must be a finite number >= 0")
    return s


def _encode(train_cats, train_y, new_cats, smoothing):
    if train_y.size == 0:
        raise ValueError("no training rows to encode from")
    prior = train_y.mean()
    uniq, inv = np.unique(train_cats, return_inverse=True)
    inv = inv.reshape(-1)
    counts = np.bincount(inv, minlength=uniq.size).astype(np.float64)
    sums = np.bincount(inv, weights=train_y, minlength=uniq.size)
    with np.errstate(invalid="ignore", divide="ignore"):
        enc = (sums + smoothing * prior) / (counts + smoothing)
    pos = np.searchsorted(uniq, new_cats)
    pos = np.clip(pos, 0, max(uniq.size - 1, 0))
    seen = uniq[pos] == new_cats
    return np.where(seen, enc[pos], prior)


def target_encode_apply(train_categories, train_y, new_categories, smoothing=10.0):
    c = np.asarray(train_categories)
    y = np.asarray(train_y, dtype=np.float64)
    new = np.asarray(new_categories)
    if c.ndim != 1 or y.ndim != 1 or c.shape != y.shape or new.ndim != 1:
        raise ValueError("categories and targets must be 1-D, training ones of the same length")
    if not np.all(np.isfinite(y)):
        raise ValueError("targets must be finite")
    return _encode(c, y, new, _smoothing(smoothing))


def target_encode_oof(categories, y, fold_ids, smoothing=10.0):
    c = np.asarray(categories)
    y = np.asarray(y, dtype=np.float64)
    f = np.asarray(fold_ids)
    if c.ndim != 1 or y.shape != c.shape or f.shape != c.shape:
        raise ValueError("categories, y and fold_ids must be 1-D of the same length")
    if not np.all(np.isfinite(y)):
        raise ValueError("targets must be finite")
    if f.size and not np.issubdtype(f.dtype, np.integer):
        raise ValueError("fold_ids must be integers")
    s = _smoothing(smoothing)
    out = np.empty(c.size)
    folds = np.unique(f)
    if folds.size < 2:
        raise ValueError("need at least two folds")
    for fold in folds:
        held = f == fold
        out[held] = _encode(c[~held], y[~held], c[held], s)
    return out
