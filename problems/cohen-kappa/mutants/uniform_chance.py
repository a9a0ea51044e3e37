# Wrong: takes chance agreement as 1/k for k labels, ignoring how often each rater uses them.
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
    p_e = 1.0 / len(set(a) | set(b))
    if p_e == 1.0:
        return float("nan")
    return float((p_o - p_e) / (1.0 - p_e))
