# Wrong: accepts a new item with the right probability but always overwrites the last slot, so the first k-1 items are never evicted.
def reservoir_sample(iterable, k, rng):
    if k < 0:
        raise ValueError("k must be non-negative")
    reservoir = []
    if k == 0:
        return reservoir
    for i, item in enumerate(iterable):
        if i < k:
            reservoir.append(item)
        elif rng.randrange(i + 1) < k:
            reservoir[-1] = item
    return reservoir
