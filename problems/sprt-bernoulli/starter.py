import math

import numpy as np


def sprt_bernoulli(observations, p0, p1, alpha=0.05, beta=0.2):
    """Wald's SPRT of H0: p = p0 against H1: p = p1 on a stream of 0/1 observations.

    Reads the iterable one item at a time and stops right after a boundary is
    crossed. Returns (decision, n, llr) with decision "H1", "H0" or "continue".
    """
    raise NotImplementedError("sprt_bernoulli is not implemented yet")


def simulate_sprt(p_true, p0, p1, alpha=0.05, beta=0.2, n_sims=1000, seed=0):
    """Run n_sims SPRTs on Bernoulli(p_true) streams drawn from np.random.default_rng(seed).

    Returns (share of runs choosing H1, mean number of observations used).
    """
    raise NotImplementedError("simulate_sprt is not implemented yet")
