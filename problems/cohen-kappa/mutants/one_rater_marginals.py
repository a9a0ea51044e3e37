# Wrong: squares rater A's label frequencies for chance agreement, ignoring rater B's.
from collections import Counter


def cohen_kappa(rater_a, rater_b):
    a = list(rater_a)
    b = list(rater_b)
    if len(a) != len(b):
        raise ValueError("the raters labelled %d and %d items" % (len(a), len(b)))
    n = len(a)
    if n == 0:
        raise ValueError("no items")
    p_o = sum(1 for x, y in zip(a, b) if x == y) / n
    count_a = Counter(a)
    count_b = Counter(b)
    p_e = sum(count_a[c] * count_a[c] for c in count_a) / (n * n)
    if p_e == 1.0:
        return float("nan")
    return float((p_o - p_e) / (1.0 - p_e))
