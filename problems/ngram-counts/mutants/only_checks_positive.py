def ngram_counts(tokens, n):
    if n < 1:
        raise ValueError("n must be a positive integer, got %r" % (n,))
    counts = {}
    for i in range(len(tokens) - n + 1):
        gram = tuple(tokens[i:i + n])
        counts[gram] = counts.get(gram, 0) + 1
    return counts
