# Wrong: copies the whole stream into a list and calls rng.sample: uniform, but O(n) memory where the README asks for O(k).
def reservoir_sample(iterable, k, rng):
    if k < 0:
        raise ValueError("k must be non-negative")
    items = list(iterable)
    if k >= len(items):
        return items
    return rng.sample(items, k)
