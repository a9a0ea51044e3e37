# Wrong: uses the unpooled standard error sqrt(p_a(1-p_a)/n_a + p_b(1-p_b)/n_b) instead of the pooled one.
import math


def two_proportion_ztest(successes_a, n_a, successes_b, n_b):
    if n_a <= 0 or n_b <= 0:
        raise ValueError("sample sizes must be positive")
    if not (0 <= successes_a <= n_a and 0 <= successes_b <= n_b):
        raise ValueError("successes must lie between 0 and the sample size")
    p_a = successes_a / n_a
    p_b = successes_b / n_b
    var = p_a * (1 - p_a) / n_a + p_b * (1 - p_b) / n_b
    if var == 0.0:
        return 0.0, 1.0
    z = (p_b - p_a) / math.sqrt(var)
    return z, math.erfc(abs(z) / math.sqrt(2.0))
