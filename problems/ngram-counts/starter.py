def ngram_counts(tokens, n):
    """Count the contiguous n-grams of a token list.

    tokens: a list of strings; n: a positive int (otherwise raise ValueError).
    Returns a dict mapping each n-gram, as a tuple of n tokens, to the number
    of positions where it occurs (overlapping occurrences count). A list
    shorter than n gives {}.
    """
    raise NotImplementedError("ngram_counts is not implemented yet")
