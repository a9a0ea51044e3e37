def weighted_sample_without_replacement(weights, k, rng):
    """Draw k distinct indices, each next draw proportional to weight among those not yet drawn.

    weights: sequence of finite, non-negative numbers (ValueError otherwise).
    k: 0 <= k <= number of positive weights (ValueError otherwise).
    rng: a random.Random instance; the only source of randomness.

    Returns a list of k distinct int indices; zero-weight indices are never returned.
    The order of the list does not matter.
    """
    raise NotImplementedError("weighted_sample_without_replacement is not implemented yet")
