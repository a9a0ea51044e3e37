# Wrong: compares gram lists with repeats (multisets) instead of sets.
def char_ngrams(text, n):
    if not isinstance(text, str):
        raise TypeError("text must be a str, got %s" % type(text).__name__)
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError("n must be a positive integer")
    if len(text) < n:
        return {text} if text else set()
    return {text[i:i + n] for i in range(len(text) - n + 1)}


def char_ngram_jaccard(a, b, n=3):
    from collections import Counter
    A = Counter(a[i:i + n] for i in range(len(a) - n + 1)) if len(a) >= n else Counter(char_ngrams(a, n))
    B = Counter(b[i:i + n] for i in range(len(b) - n + 1)) if len(b) >= n else Counter(char_ngrams(b, n))
    union = sum((A | B).values())
    if not union:
        return 1.0
    return sum((A & B).values()) / union
