import numpy as np


def speculative_accept(draft_tokens, draft_probs, target_probs, rng):
    """One round of speculative decoding's accept/reject rule.

    draft_tokens: gamma ints; draft_probs: (gamma, V); target_probs: (gamma + 1, V).
    Uses only rng.random(), in the order the README gives. Returns a list of Python ints
    (the accepted draft tokens, then one resampled or extra token).
    """
    raise NotImplementedError("speculative_accept is not implemented yet")
