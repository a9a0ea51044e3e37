# Wrong: compares the log-likelihood ratio with the ratio boundaries themselves, forgetting their logs.
import math

import numpy as np


def _setup(p0, p1, alpha, beta):
    p0, p1, alpha, beta = float(p0), float(p1), float(alpha), float(beta)
    if not (0.0 < p0 < 1.0 and 0.0 < p1 < 1.0) or p0 == p1:
        raise ValueError("p0 and p1 must be distinct and strictly between 0 and 1")
    if not (0.0 < alpha < 1.0 and 0.0 < beta < 1.0) or alpha + beta >= 1.0:
        raise ValueError("alpha and beta must be in (0, 1) with alpha + beta < 1")
    upper = (1.0 - beta) / alpha
    lower = beta / (1.0 - alpha)
    step1 = math.log(p1 / p0)
    step0 = math.log((1.0 - p1) / (1.0 - p0))
    return upper, lower, step1, step0


def sprt_bernoulli(observations, p0, p1, alpha=0.05, beta=0.2):
    upper, lower, step1, step0 = _setup(p0, p1, alpha, beta)
    llr, n = 0.0, 0
    for x in observations:
        if isinstance(x, (bool, np.bool_)):
            x = int(x)
        if x != 0 and x != 1:
            raise ValueError("observations must be 0 or 1, got %r" % (x,))
        n += 1
        llr += step1 if x == 1 else step0
        if llr >= upper:
            return "H1", n, llr
        if llr <= lower:
            return "H0", n, llr
    return "continue", n, llr


def simulate_sprt(p_true, p0, p1, alpha=0.05, beta=0.2, n_sims=1000, seed=0):
    _setup(p0, p1, alpha, beta)
    p_true = float(p_true)
    if not 0.0 <= p_true <= 1.0:
        raise ValueError("p_true must lie in [0, 1]")
    if isinstance(n_sims, bool) or int(n_sims) != n_sims or n_sims < 1:
        raise ValueError("n_sims must be a positive integer")
    rng = np.random.default_rng(seed)

    def stream():
        while True:
            for u in rng.random(64):
                yield 1 if u < p_true else 0

    h1, total_n = 0, 0
    for _ in range(int(n_sims)):
        decision, n, _ = sprt_bernoulli(stream(), p0, p1, alpha, beta)
        h1 += decision == "H1"
        total_n += n
    return h1 / n_sims, total_n / n_sims
