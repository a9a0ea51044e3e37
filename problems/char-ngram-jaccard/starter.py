def char_ngrams(text, n):
    """Set of distinct length-n substrings of text; a shorter non-empty text is its own gram."""
    raise NotImplementedError("char_ngrams is not implemented yet")


def char_ngram_jaccard(a, b, n=3):
    """|A & B| / |A | B| of the n-gram sets; 1.0 when both are empty."""
    raise NotImplementedError("char_ngram_jaccard is not implemented yet")
