# Wrong: breaks ties toward the highest index (argmax over the reversed scores).
import math
import numbers

import numpy as np


def _check_c(c):
    if isinstance(c, bool) or not isinstance(c, numbers.Real) or not math.isfinite(c) or c < 0:
        raise ValueError("c must be a finite number >= 0, got %r" % (c,))
    return float(c)


def ucb1_select(counts, reward_sums, c=math.sqrt(2)):
    n = np.asarray(counts, dtype=np.float64)
    s = np.asarray(reward_sums, dtype=np.float64)
    if n.ndim != 1 or s.ndim != 1 or n.size == 0:
        raise ValueError("counts and reward_sums must be non-empty 1-D arrays")
    if n.shape != s.shape:
        raise ValueError("counts has %d arms but reward_sums has %d" % (n.size, s.size))
    if not np.all(np.isfinite(n)) or np.any(n < 0) or np.any(n != np.floor(n)):
        raise ValueError("counts must be non-negative whole numbers")
    if not np.all(np.isfinite(s)):
        raise ValueError("reward_sums must be finite")
    c = _check_c(c)
    unplayed = np.flatnonzero(n == 0)
    if unplayed.size:
        return int(unplayed[0])
    t = n.sum()
    score = s / n + c * np.sqrt(np.log(t) / n)
    return int(n.size - 1 - np.argmax(score[::-1]))


def simulate(probs, n_rounds, seed, c=math.sqrt(2)):
    p = np.asarray(probs, dtype=np.float64)
    if p.ndim != 1 or p.size == 0:
        raise ValueError("probs must be a non-empty 1-D array")
    if not np.all((p >= 0) & (p <= 1)):
        raise ValueError("probabilities must lie in [0, 1]")
    if isinstance(n_rounds, bool) or not isinstance(n_rounds, numbers.Integral) or n_rounds < 0:
        raise ValueError("n_rounds must be an integer >= 0, got %r" % (n_rounds,))
    c = _check_c(c)
    rng = np.random.default_rng(seed)
    counts = np.zeros(p.size)
    sums = np.zeros(p.size)
    arms = np.empty(int(n_rounds), dtype=np.int64)
    rewards = np.empty(int(n_rounds), dtype=np.float64)
    for r in range(int(n_rounds)):
        arm = ucb1_select(counts, sums, c)
        reward = 1.0 if rng.random() < p[arm] else 0.0
        counts[arm] += 1
        sums[arm] += reward
        arms[r] = arm
        rewards[r] = reward
    return arms, rewards
