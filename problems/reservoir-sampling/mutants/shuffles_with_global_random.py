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
            j = rng.randrange(i + 1)
            if j < k:
                reservoir[j] = item
    random.shuffle(reservoir)  # "so the order carries no information"
    return reservoir
