# Wrong: collects the distinct n-grams in a set, so every count is 1.
def ngram_counts(tokens, n):
    if n < 1:
        raise ValueError(n)
    grams = {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}
    return {g: 1 for g in grams}
