# Wrong: off-by-one range, misses the last n-gram.
def ngram_counts(tokens, n):
    if n < 1:
        raise ValueError(n)
    counts = {}
    for i in range(len(tokens) - n):
        gram = tuple(tokens[i:i + n])
        counts[gram] = counts.get(gram, 0) + 1
    return counts
