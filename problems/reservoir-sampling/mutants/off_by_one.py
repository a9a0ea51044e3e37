# Wrong: draws j from randrange(i) instead of randrange(i + 1), so item i replaces with probability k/i and early items are under-sampled.
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
            j = rng.randrange(i)
            if j < k:
                reservoir[j] = item
    return reservoir
