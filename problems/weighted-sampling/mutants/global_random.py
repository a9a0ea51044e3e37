# Wrong: draws from the global random module instead of the rng argument, so a seed does not reproduce the sample.
import math
import random


def weighted_sample_without_replacement(weights, k, rng):
    weights = [float(w) for w in weights]
    if any(not math.isfinite(w) or w < 0 for w in weights):
        raise ValueError("weights must be finite and non-negative")
    positive = [i for i, w in enumerate(weights) if w > 0]
    if k < 0 or k > len(positive):
        raise ValueError("bad k")
    keys = sorted(((math.log(1.0 - random.random()) / weights[i], i) for i in positive), reverse=True)
    return [i for _, i in keys[:k]]
