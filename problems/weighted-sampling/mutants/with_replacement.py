# Wrong: draws k times independently proportional to weight (with replacement), so indices can repeat.
import math


def weighted_sample_without_replacement(weights, k, rng):
    weights = [float(w) for w in weights]
    if any(not math.isfinite(w) or w < 0 for w in weights):
        raise ValueError("weights must be finite and non-negative")
    if k < 0 or k > sum(1 for w in weights if w > 0):
        raise ValueError("bad k")
    return rng.choices(range(len(weights)), weights=weights, k=k)
