# Wrong: uses space-joined strings as keys instead of tuples.
from collections import Counter


def ngram_counts(tokens, n):
    if n < 1:
        raise ValueError(n)
    return Counter(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
