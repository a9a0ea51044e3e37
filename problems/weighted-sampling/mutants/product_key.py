# Wrong: uses the key u * w instead of u ** (1 / w), which over-selects heavy items.
import math


def weighted_sample_without_replacement(weights, k, rng):
    weights = [float(w) for w in weights]
    if any(not math.isfinite(w) or w < 0 for w in weights):
        raise ValueError("weights must be finite and non-negative")
    positive = [i for i, w in enumerate(weights) if w > 0]
    if k < 0 or k > len(positive):
        raise ValueError("bad k")
    keys = sorted(((rng.random() * weights[i], i) for i in positive), reverse=True)
    return [i for _, i in keys[:k]]
