# Wrong: uses the global `random` module instead of the rng argument, so results are not reproducible.
import random


def reservoir_sample(iterable, k, rng):
    if k < 0:
        raise ValueError("k must be non-negative")
    reservoir = []
    if k == 0:
        return reservoir
    for i, item in enumerate(iterable):
        if i < k:
            reservoir.append(item)
        else:
            j = random.randrange(i + 1)
            if j < k:
                reservoir[j] = item
    return reservoir
