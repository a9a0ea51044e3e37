# Wrong: reads the stream in chunks of 256 to vectorise the running sum, so it requests items past the decision.
import itertools
import math

import numpy as np


def _setup(p0, p1, alpha, beta):
    if not (0.0 < p0 < 1.0 and 0.0 < p1 < 1.0) or p0 == p1:
        raise ValueError("bad rates")
    if not (0.0 < alpha < 1.0 and 0.0 < beta < 1.0) or alpha + beta >= 1.0:
        raise ValueError("bad error rates")
    return (math.log((1.0 - beta) / alpha), math.log(beta / (1.0 - alpha)),
            math.log(p1 / p0), math.log((1.0 - p1) / (1.0 - p0)))


def sprt_bernoulli(observations, p0, p1, alpha=0.05, beta=0.2):
    upper, lower, step1, step0 = _setup(p0, p1, alpha, beta)
    it = iter(observations)
    llr, n = 0.0, 0
    while True:
        chunk = [int(v) for v in itertools.islice(it, 256)]
        if not chunk:
            return "continue", n, llr
        x = np.array(chunk)
        if np.any((x != 0) & (x != 1)):
            raise ValueError("observations must be 0 or 1")
        path = llr + np.cumsum(np.where(x == 1, step1, step0))
        hit = np.flatnonzero((path >= upper) | (path <= lower))
        if hit.size:
            i = int(hit[0])
            return ("H1" if path[i] >= upper else "H0"), n + i + 1, float(path[i])
        llr, n = float(path[-1]), n + x.size


def simulate_sprt(p_true, p0, p1, alpha=0.05, beta=0.2, n_sims=1000, seed=0):
    _setup(p0, p1, alpha, beta)
    if not 0.0 <= p_true <= 1.0 or isinstance(n_sims, bool) or int(n_sims) != n_sims or n_sims < 1:
        raise ValueError("bad arguments")
    rng = np.random.default_rng(seed)

    def stream():
        while True:
            yield 1 if rng.random() < p_true else 0

    runs = [sprt_bernoulli(stream(), p0, p1, alpha, beta) for _ in range(int(n_sims))]
    return sum(r[0] == "H1" for r in runs) / n_sims, sum(r[1] for r in runs) / n_sims
