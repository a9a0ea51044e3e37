# Wrong: keeps candidates whose score is -inf, so impossible tokens fill a wide beam and get expanded.
import math

import numpy as np


def beam_search(step_fn, bos, eos, beam_width, max_len, alpha=0.0):
    if not isinstance(beam_width, (int, np.integer)) or beam_width < 1:
        raise ValueError("beam_width must be a positive integer, got %r" % (beam_width,))
    if not isinstance(max_len, (int, np.integer)) or max_len < 1:
        raise ValueError("max_len must be a positive integer, got %r" % (max_len,))
    alive = [(0.0, (bos,))]
    finished = []
    for _ in range(max_len):
        candidates = []
        for score, seq in alive:
            logp = np.asarray(step_fn(seq), dtype=np.float64)
            if logp.ndim != 1 or logp.size == 0:
                raise ValueError("step_fn must return a non-empty 1-D array, got shape %s" % (logp.shape,))
            for tok in range(logp.size):
                s = score + float(logp[tok])
                candidates.append((s, seq + (tok,)))
        candidates.sort(key=lambda c: (-c[0], c[1]))
        alive = []
        for s, seq in candidates[:beam_width]:
            (finished if seq[-1] == eos else alive).append((s, seq))
        if not alive:
            break
    finished.extend(alive)

    def rank(c):
        length = len(c[1]) - 1
        return (-c[0] / length ** alpha, c[1])

    finished.sort(key=rank)
    return [(seq, s) for s, seq in finished[:beam_width]]
