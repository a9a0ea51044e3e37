def reservoir_sample(iterable, k, rng):
    """A uniform random sample of min(k, n) items from a stream of unknown length n.

    iterable: any iterable (possibly a generator); read it once, front to back.
    k: sample size, k >= 0 (ValueError if negative).
    rng: a random.Random instance; the only source of randomness.

    Returns a list; every subset of min(k, n) stream positions is equally likely.
    The order of the returned list does not matter. Memory must be O(k).
    """
    raise NotImplementedError("reservoir_sample is not implemented yet")
