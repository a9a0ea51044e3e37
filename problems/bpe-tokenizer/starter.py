def train_bpe(corpus, num_merges):
    """Learn up to num_merges BPE merges from a list of strings; return them as (left, right) tuples in order."""
    raise NotImplementedError("train_bpe is not implemented yet")


def encode(text, merges):
    """Split text into words, apply the merges in order to each word, return the list of token strings."""
    raise NotImplementedError("encode is not implemented yet")
