import math


def two_proportion_ztest(successes_a, n_a, successes_b, n_b):
    """Two-sided two-proportion z-test with a pooled standard error.

    successes_a, n_a: conversions and visitors in group A (ints, 0 <= successes_a <= n_a, n_a >= 1).
    successes_b, n_b: the same for group B.

    Returns (z, p_value) as floats, where z = (p_b - p_a) / se_pooled and
    p_value = P(|Z| >= |z|) for a standard normal Z. Returns (0.0, 1.0) when the
    pooled proportion is 0 or 1. Raises ValueError for invalid counts.
    """
    raise NotImplementedError("two_proportion_ztest is not implemented yet")
