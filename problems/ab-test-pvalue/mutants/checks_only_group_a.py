import math


def two_proportion_ztest(successes_a, n_a, successes_b, n_b):
    if n_a <= 0 or n_b <= 0:
        raise ValueError("sample sizes must be positive")
    if not (0 <= successes_a <= n_a):
        raise ValueError("successes must lie between 0 and the sample size")
    p_a = successes_a / n_a
    p_b = successes_b / n_b
    pooled = (successes_a + successes_b) / (n_a + n_b)
    var = pooled * (1.0 - pooled) * (1.0 / n_a + 1.0 / n_b)
    if var == 0.0:
        return 0.0, 1.0
    z = (p_b - p_a) / math.sqrt(var)
    p_value = math.erfc(abs(z) / math.sqrt(2.0))
    return z, p_value
