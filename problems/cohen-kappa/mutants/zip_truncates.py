# Wrong: relies on zip, which silently drops the extra items when the lengths differ.
from collections import Counter


def cohen_kappa(rater_a, rater_b):
    a = list(rater_a)
    b = list(rater_b)
    n = min(len(a), len(b))
    a, b = a[:n], b[:n]
    if n == 0:
        raise ValueError("no items")
    p_o = sum(1 for x, y in zip(a, b) if x == y) / n
    count_a = Counter(a)
    count_b = Counter(b)
    p_e = sum(count_a[c] * count_b[c] for c in count_a) / (n * n)
    if p_e == 1.0:
        return float("nan")
    return float((p_o - p_e) / (1.0 - p_e))
