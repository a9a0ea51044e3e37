from itertools import combinations

EPS = 1e-9


def permutation_test(x, y, alternative="two-sided"):
    if alternative not in ("two-sided", "greater", "less"):
        raise ValueError("unknown alternative: %r" % (alternative,))
    x = [float(v) for v in x]
    y = [float(v) for v in y]
    m, n = len(x), len(y)
    if m == 0 or n == 0:
        raise ValueError("both samples must be non-empty")
    pooled = x + y
    total = sum(pooled)
    observed = sum(x) / m - sum(y) / n

    count = 0
    splits = 0
    for chosen in combinations(range(m + n), m):
        s = sum(pooled[i] for i in chosen)
        diff = s / m - (total - s) / n
        splits += 1
        if alternative == "two-sided":
            extreme = abs(diff) >= abs(observed) - EPS
        elif alternative == "greater":
            extreme = diff >= observed - EPS
        else:
            extreme = diff <= observed + EPS
        count += extreme
    return observed, count / splits
