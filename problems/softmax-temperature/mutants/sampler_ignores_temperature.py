# Wrong: the sampler draws from the plain softmax (T = 1), forgetting to pass the temperature on.
import numbers

import numpy as np


def softmax_temperature(logits, temperature, axis=-1):
    z = np.asarray(logits, dtype=np.float64)
    if z.ndim == 0 or z.size == 0:
        raise ValueError("logits must have at least one dimension and one entry")
    if not np.all(np.isfinite(z)):
        raise ValueError("logits must be finite")
    if isinstance(temperature, bool) or not isinstance(temperature, numbers.Real) or not (0 < temperature < np.inf):
        raise ValueError("temperature must be a finite number > 0")
    shifted = (z - z.max(axis=axis, keepdims=True)) / float(temperature)
    e = np.exp(shifted)
    return e / e.sum(axis=axis, keepdims=True)


def sample_with_temperature(logits, temperature, rng):
    z = np.asarray(logits, dtype=np.float64)
    if z.ndim != 2:
        raise ValueError("logits must be 2-D (rows of class scores)")
    if not isinstance(rng, np.random.Generator):
        raise TypeError("rng must be a numpy Generator")
    p = softmax_temperature(z, 1.0, axis=1)
    u = rng.random(z.shape[0])
    cdf = np.cumsum(p, axis=1)
    idx = (cdf <= u[:, None]).sum(axis=1)
    return np.minimum(idx, z.shape[1] - 1)
