def wordpiece_tokenize(text, vocab, unk_token="[UNK]", max_chars_per_word=100):
    """Split text on whitespace, then each word greedily into the longest vocabulary pieces.

    Continuation pieces carry a '##' prefix; a word with no full segmentation
    (or longer than max_chars_per_word) becomes unk_token. Returns a list of str.
    """
    raise NotImplementedError("wordpiece_tokenize is not implemented yet")


def wordpiece_detokenize(tokens):
    """Glue '##' pieces onto the previous word and join words with single spaces."""
    raise NotImplementedError("wordpiece_detokenize is not implemented yet")
