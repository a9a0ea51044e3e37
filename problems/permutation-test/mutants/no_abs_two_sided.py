# Wrong: the two-sided test compares signed differences (diff <= observed), so it is really one-sided.
from itertools import combinations


def permutation_test(x, y, alternative="two-sided"):
    if alternative not in ("two-sided", "greater", "less"):
        raise ValueError("unknown alternative")
    x = [float(v) for v in x]
    y = [float(v) for v in y]
    m, n = len(x), len(y)
    if m == 0 or n == 0:
        raise ValueError("both samples must be non-empty")
    pooled = x + y
    total = sum(pooled)
    observed = sum(x) / m - sum(y) / n
    count = splits = 0
    for chosen in combinations(range(m + n), m):
        s = sum(pooled[i] for i in chosen)
        diff = s / m - (total - s) / n
        splits += 1
        if alternative == "greater":
            count += diff >= observed - 1e-9
        else:
            count += diff <= observed + 1e-9
    return observed, count / splits
