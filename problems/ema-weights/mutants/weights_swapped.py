# Wrong: puts the decay on the new weights: (1 - d) * ema + d * params.
import numbers

import numpy as np


def _check_dict(d, what):
    if not isinstance(d, dict):
        raise TypeError("%s must be a dict of arrays, got %s" % (what, type(d).__name__))


def _check_decay(decay):
    if isinstance(decay, bool) or not isinstance(decay, numbers.Real) or not 0.0 <= float(decay) <= 1.0:
        raise ValueError("decay must be a real number in [0, 1], got %r" % (decay,))
    return float(decay)


def _effective_decay(decay, step):
    if step is None:
        return decay
    if isinstance(step, bool) or not isinstance(step, numbers.Integral):
        raise ValueError("step must be None or an integer >= 0, got %r" % (step,))
    if step < 0:
        raise ValueError("step must be >= 0, got %d" % step)
    t = int(step)
    return min(decay, (1.0 + t) / (10.0 + t))


def _combine(ema, params, d, ema_name, params_name):
    _check_dict(ema, ema_name)
    _check_dict(params, params_name)
    if set(ema) != set(params):
        missing = sorted(map(str, set(ema) - set(params)))
        extra = sorted(map(str, set(params) - set(ema)))
        raise ValueError("%s and %s must have the same keys; only in %s: %s; only in %s: %s"
                         % (ema_name, params_name, ema_name, missing, params_name, extra))
    out = {}
    for k in ema:
        a = np.asarray(ema[k], dtype=np.float64)
        p = np.asarray(params[k], dtype=np.float64)
        if a.shape != p.shape:
            raise ValueError("shape mismatch for %r: %s vs %s" % (k, a.shape, p.shape))
        out[k] = np.asarray((1.0 - d) * a + d * p)
    return out


def ema_update(ema, params, decay, step=None):
    d = _effective_decay(_check_decay(decay), step)
    return _combine(ema, params, d, "ema", "params")


def ema_of_sequence(snapshots, decay, warmup=True):
    decay = _check_decay(decay)
    avg = None
    t = 0
    for snap in snapshots:
        if avg is None:
            _check_dict(snap, "a snapshot")
            avg = {k: np.array(v, dtype=np.float64) for k, v in snap.items()}
            continue
        d = min(decay, (1.0 + t) / (10.0 + t)) if warmup else decay
        avg = _combine(avg, snap, d, "the average", "snapshot %d" % (t + 1))
        t += 1
    if avg is None:
        raise ValueError("snapshots must contain at least one weight dict")
    return avg
