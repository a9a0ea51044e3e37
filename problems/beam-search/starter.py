import numpy as np


def beam_search(step_fn, bos, eos, beam_width, max_len, alpha=0.0):
    """Beam search over step_fn(prefix_tuple) -> 1-D log-probabilities.

    Returns up to beam_width (sequence_tuple, raw_score) pairs, best first by
    score / (len(sequence) - 1) ** alpha, as the README specifies.
    """
    raise NotImplementedError("beam_search is not implemented yet")
