# Wrong: assumes the feature log is already sorted by entity and time.
import bisect

import numpy as np


def point_in_time_join(event_entity, event_time, feat_entity, feat_time, feat_value, max_age=None):
    ee, et = np.asarray(event_entity), np.asarray(event_time, dtype=np.float64)
    fe, ft = np.asarray(feat_entity), np.asarray(feat_time, dtype=np.float64)
    fv = np.asarray(feat_value, dtype=np.float64)
    if ee.ndim != 1 or et.shape != ee.shape:
        raise ValueError("event_entity and event_time must be 1-D of one length")
    if fe.ndim != 1 or ft.shape != fe.shape or fv.shape != fe.shape:
        raise ValueError("feat_entity, feat_time and feat_value must be 1-D of one length")
    if max_age is not None and not max_age >= 0:
        raise ValueError("max_age must be >= 0 or None")
    out = np.full(ee.shape, np.nan)
    if fe.size == 0 or ee.size == 0:
        return out
    order = np.arange(fe.size)       # by entity, then time, then row
    fe_s, ft_s, fv_s = fe[order], ft[order], fv[order]
    lo = np.searchsorted(fe_s, ee, side="left")
    hi = np.searchsorted(fe_s, ee, side="right")
    times = ft_s.tolist()
    for k in range(ee.size):
        if lo[k] == hi[k]:
            continue
        j = bisect.bisect_right(times, et[k], lo[k], hi[k]) - 1
        if j < lo[k]:
            continue
        if max_age is not None and et[k] - ft_s[j] > max_age:
            continue
        out[k] = fv_s[j]
    return out
