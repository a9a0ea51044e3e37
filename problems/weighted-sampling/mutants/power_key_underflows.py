# Wrong: uses the key u ** (1 / w) directly; for small weights every key underflows to 0 and ties pick the largest index.
import heapq
import math


def weighted_sample_without_replacement(weights, k, rng):
    weights = [float(w) for w in weights]
    for w in weights:
        if not math.isfinite(w) or w < 0:
            raise ValueError("weights must be finite and non-negative")
    positive = [i for i, w in enumerate(weights) if w > 0]
    if k < 0 or k > len(positive):
        raise ValueError("k must be between 0 and the number of positive weights")
    # Efraimidis-Spirakis: key = u ** (1 / w), compared on the log scale
    # (log(u) / w) so that small weights do not underflow. u is in (0, 1].
    keys = [((1.0 - rng.random()) ** (1.0 / weights[i]), i) for i in positive]
    return [i for _, i in heapq.nlargest(k, keys)]
