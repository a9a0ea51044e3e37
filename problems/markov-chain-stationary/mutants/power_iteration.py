# Wrong: finds pi by iterating p <- p @ P from state 0, which never settles on periodic chains.
import numbers

import numpy as np


def _transition(P):
    P = np.asarray(P, dtype=np.float64)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or P.shape[0] == 0:
        raise ValueError("P must be a non-empty square matrix, got shape %s" % (P.shape,))
    if not np.all(np.isfinite(P)) or np.any(P < 0):
        raise ValueError("P must have finite, non-negative entries")
    if np.any(np.abs(P.sum(axis=1) - 1.0) > 1e-9):
        raise ValueError("every row of P must sum to 1")
    return P


def stationary_distribution(P):
    P = _transition(P)
    n = P.shape[0]
    # pi (P - I) = 0 and sum(pi) = 1, stacked as one (n + 1) x n system.
    A = np.vstack([P.T - np.eye(n), np.ones((1, n))])
    b = np.zeros(n + 1)
    b[-1] = 1.0
    if np.linalg.matrix_rank(A, tol=1e-10) < n:
        raise ValueError("the chain has more than one stationary distribution")
    pi = np.zeros(n)
    pi[0] = 1.0  # start in state 0
    for _ in range(1000):
        pi = pi @ P
    pi = np.maximum(pi, 0.0)
    return pi / pi.sum()


def distribution_after(p0, P, steps):
    P = _transition(P)
    p = np.asarray(p0, dtype=np.float64)
    n = P.shape[0]
    if p.shape != (n,):
        raise ValueError("p0 must have shape (%d,)" % n)
    if np.any(p < 0) or abs(p.sum() - 1.0) > 1e-9:
        raise ValueError("p0 must be a probability distribution")
    if isinstance(steps, bool) or not isinstance(steps, numbers.Integral) or steps < 0:
        raise ValueError("steps must be a non-negative integer")
    steps = int(steps)
    power = P.copy()
    while steps:
        if steps & 1:
            p = p @ power
        steps >>= 1
        if steps:
            power = power @ power
    return p
