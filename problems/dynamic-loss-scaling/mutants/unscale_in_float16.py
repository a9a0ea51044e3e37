# Wrong: divides in the gradient's own dtype (float16), so small gradients lose their digits.
import math
import numbers

import numpy as np


def scaler_step(scaled_grads, scale, good_steps, growth_factor=2.0, backoff_factor=0.5, growth_interval=2000):
    if not isinstance(scaled_grads, dict):
        raise TypeError("scaled_grads must be a dict of arrays")
    if not isinstance(scale, numbers.Real) or not math.isfinite(scale) or scale <= 0:
        raise ValueError("scale must be a finite positive number, got %r" % (scale,))
    if not growth_factor > 1 or not 0 < backoff_factor < 1:
        raise ValueError("need growth_factor > 1 and 0 < backoff_factor < 1")
    if isinstance(growth_interval, bool) or not isinstance(growth_interval, numbers.Integral) or growth_interval < 1:
        raise ValueError("growth_interval must be a positive integer, got %r" % (growth_interval,))
    arrays = {k: np.asarray(g) for k, g in scaled_grads.items()}
    finite = all(bool(np.all(np.isfinite(g))) for g in arrays.values())
    if not finite:
        return None, float(scale) * backoff_factor, 0
    inv = 1.0 / float(scale)
    grads = {k: (g / g.dtype.type(scale)).astype(np.float32) for k, g in arrays.items()}
    good_steps = int(good_steps) + 1
    if good_steps >= growth_interval:
        return grads, float(scale) * growth_factor, 0
    return grads, float(scale), good_steps
