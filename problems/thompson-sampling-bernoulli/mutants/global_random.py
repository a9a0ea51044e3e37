# Wrong: draws the rates from the global np.random instead of rng.
import numbers

import numpy as np


def _params(alpha, beta):
    a = np.asarray(alpha, dtype=np.float64)
    b = np.asarray(beta, dtype=np.float64)
    if a.ndim != 1 or b.ndim != 1 or a.size == 0:
        raise ValueError("alpha and beta must be non-empty 1-D arrays")
    if a.shape != b.shape:
        raise ValueError("alpha has %d arms but beta has %d" % (a.size, b.size))
    if not (np.all(np.isfinite(a)) and np.all(np.isfinite(b)) and np.all(a > 0) and np.all(b > 0)):
        raise ValueError("alpha and beta must be positive and finite")
    return a, b


def thompson_select(alpha, beta, rng):
    a, b = _params(alpha, beta)
    if not isinstance(rng, np.random.Generator):
        raise TypeError("rng must be a numpy Generator, got %s" % type(rng).__name__)
    theta = np.random.beta(a, b)
    return int(np.argmax(theta))


def update_posterior(alpha, beta, arm, reward):
    a, b = _params(alpha, beta)
    if isinstance(arm, bool) or not isinstance(arm, numbers.Integral) or not 0 <= arm < a.size:
        raise ValueError("arm must be an integer in [0, %d), got %r" % (a.size, arm))
    if isinstance(reward, bool):
        reward = int(reward)
    if not isinstance(reward, numbers.Real) or reward not in (0, 1):
        raise ValueError("reward must be 0 or 1, got %r" % (reward,))
    a = a.copy()
    b = b.copy()
    if reward == 1:
        a[arm] += 1.0
    else:
        b[arm] += 1.0
    return a, b


def simulate(probs, n_rounds, seed, prior=(1.0, 1.0)):
    p = np.asarray(probs, dtype=np.float64)
    if p.ndim != 1 or p.size == 0:
        raise ValueError("probs must be a non-empty 1-D array")
    if not np.all((p >= 0) & (p <= 1)):
        raise ValueError("probabilities must lie in [0, 1]")
    if isinstance(n_rounds, bool) or not isinstance(n_rounds, numbers.Integral) or n_rounds < 0:
        raise ValueError("n_rounds must be an integer >= 0, got %r" % (n_rounds,))
    if len(prior) != 2:
        raise ValueError("prior must be a pair (a0, b0)")
    alpha = np.full(p.size, float(prior[0]))
    beta = np.full(p.size, float(prior[1]))
    _params(alpha, beta)
    rng = np.random.default_rng(seed)
    arms = np.empty(int(n_rounds), dtype=np.int64)
    rewards = np.empty(int(n_rounds), dtype=np.float64)
    for r in range(int(n_rounds)):
        arm = thompson_select(alpha, beta, rng)
        reward = 1 if rng.random() < p[arm] else 0
        alpha, beta = update_posterior(alpha, beta, arm, reward)
        arms[r] = arm
        rewards[r] = reward
    return arms, rewards
