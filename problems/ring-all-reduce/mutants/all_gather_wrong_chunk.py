# Wrong: all-gather starts from chunk (i - s) like reduce-scatter, forwarding chunks that are not complete yet.
import numpy as np


def ring_all_reduce(arrays):
    if not isinstance(arrays, (list, tuple)) or len(arrays) == 0:
        raise ValueError("arrays must be a non-empty list, one array per worker")
    bufs = [np.array(a, dtype=np.float64) for a in arrays]
    n = bufs[0].shape
    if any(b.ndim != 1 or b.shape != n for b in bufs):
        raise ValueError("every worker must hold a 1-D array of the same length")
    P = len(bufs)
    bounds = np.cumsum([0] + [len(c) for c in np.array_split(np.arange(n[0]), P)])
    chunk = lambda c: slice(bounds[c], bounds[c + 1])
    log = []
    for s in range(P - 1):
        sent = [bufs[i][chunk((i - s) % P)].copy() for i in range(P)]
        for i in range(P):
            c, dst = (i - s) % P, (i + 1) % P
            bufs[dst][chunk(c)] += sent[i]
            log.append(("reduce-scatter", s, i, dst, c))
    for s in range(P - 1):
        sent = [bufs[i][chunk((i - s) % P)].copy() for i in range(P)]
        for i in range(P):
            c, dst = (i - s) % P, (i + 1) % P
            bufs[dst][chunk(c)] = sent[i]
            log.append(("all-gather", s, i, dst, c))
    return bufs, log
