def permutation_test(x, y, alternative="two-sided"):
    """Exact permutation test for a difference in means, by full enumeration.

    x, y: non-empty sequences of numbers, len(x) + len(y) <= 20.
    alternative: "two-sided", "greater" (mean(x) > mean(y)) or "less".

    Returns (observed, p_value): observed = mean(x) - mean(y), and p_value is the
    fraction of all C(len(x) + len(y), len(x)) relabellings (the observed one
    included) whose difference is at least as extreme, compared with slack 1e-9.
    Raises ValueError for an empty sample or an unknown alternative.
    """
    raise NotImplementedError("permutation_test is not implemented yet")
