import numpy as np


def filtered_probs(logits, temperature=1.0, top_k=None, top_p=None):
    """softmax(logits / temperature), then the top-k cut, then the top-p cut; float64, sums to 1."""
    raise NotImplementedError("filtered_probs is not implemented yet")


def sample_token(logits, rng, temperature=1.0, top_k=None, top_p=None):
    """Draw one token index from filtered_probs(...) using exactly one rng.random() call."""
    raise NotImplementedError("sample_token is not implemented yet")
