# Wrong: divides by the size of the union even when both sets are empty.
def char_ngrams(text, n):
    if not isinstance(text, str):
        raise TypeError("text must be a str, got %s" % type(text).__name__)
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError("n must be a positive integer")
    if len(text) < n:
        return {text} if text else set()
    return {text[i:i + n] for i in range(len(text) - n + 1)}


def char_ngram_jaccard(a, b, n=3):
    A = char_ngrams(a, n)
    B = char_ngrams(b, n)
    union = A | B
    return len(A & B) / len(union)
