# Wrong: momentum rises and falls with the learning rate instead of opposite to it.
import math
import numbers

import numpy as np


def _cos_interp(a, b, p):
    return b + (a - b) * (1.0 + np.cos(np.pi * p)) / 2.0


def one_cycle(step, total_steps, max_lr, pct_start=0.3, div_factor=25.0, final_div_factor=1e4,
              base_momentum=0.85, max_momentum=0.95):
    if isinstance(total_steps, bool) or not isinstance(total_steps, numbers.Integral):
        raise ValueError("total_steps must be an integer, got %r" % (total_steps,))
    if not max_lr > 0 or not div_factor > 0 or not final_div_factor > 0:
        raise ValueError("max_lr, div_factor and final_div_factor must be positive")
    up = math.floor(pct_start * total_steps)
    if up < 1 or up > total_steps - 2:
        raise ValueError("floor(pct_start * total_steps) = %d must lie in 1..total_steps-2" % up)
    s = np.asarray(step)
    if s.dtype.kind not in "iu" or s.ndim > 1:
        raise ValueError("step must be an integer or a 1-D array of integers")
    if np.any(s < 0) or np.any(s > total_steps - 1):
        raise ValueError("step must lie in 0..%d" % (total_steps - 1))
    s = s.astype(np.float64)
    initial_lr = max_lr / div_factor
    min_lr = initial_lr / final_div_factor
    p_up = np.clip(s / up, 0.0, 1.0)
    p_down = np.clip((s - up) / (total_steps - 1 - up), 0.0, 1.0)
    rising = s <= up
    lr = np.where(rising, _cos_interp(initial_lr, max_lr, p_up), _cos_interp(max_lr, min_lr, p_down))
    mom = np.where(rising, _cos_interp(base_momentum, max_momentum, p_up), _cos_interp(max_momentum, base_momentum, p_down))
    if lr.ndim == 0:
        return float(lr), float(mom)
    return lr, mom
