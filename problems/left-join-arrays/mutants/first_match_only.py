# Wrong: keeps only the first match of each left row, hiding the one-to-many duplication.
import numpy as np


def left_join(left_keys, right_keys, right_values, validate=None):
    lk = np.asarray(left_keys)
    rk = np.asarray(right_keys)
    rv = np.asarray(right_values, dtype=np.float64)
    if lk.ndim != 1 or rk.ndim != 1 or rv.ndim != 1 or rk.shape != rv.shape:
        raise ValueError("keys must be 1-D and right_values must match right_keys")
    if validate not in (None, "many_to_one"):
        raise ValueError("validate must be None or 'many_to_one'")
    order = np.argsort(rk, kind="stable")
    rks = rk[order]
    if validate == "many_to_one" and rks.size > 1 and np.any(rks[1:] == rks[:-1]):
        raise ValueError("right_keys repeat, so the join is not many-to-one")
    if rk.size == 0:
        return np.arange(lk.size), np.full(lk.size, np.nan)
    lo = np.searchsorted(rks, lk, side="left")
    hi = np.searchsorted(rks, lk, side="right")
    matches = np.minimum(hi - lo, 1)
    reps = np.maximum(matches, 1)
    left_index = np.repeat(np.arange(lk.size), reps)
    # offset of each output row within its left row's block
    starts = np.repeat(np.cumsum(reps) - reps, reps)
    offset = np.arange(left_index.size) - starts
    matched = np.repeat(matches > 0, reps)
    src = np.repeat(lo, reps) + offset
    values = np.full(left_index.size, np.nan)
    values[matched] = rv[order[src[matched]]]
    return left_index, values
