# Wrong: seeds and draws from the global np.random instead of a private generator.
import numbers

import numpy as np


def _count(name, v):
    if isinstance(v, bool) or not isinstance(v, numbers.Integral) or v < 0:
        raise ValueError("%s must be a non-negative integer, got %r" % (name, v))
    return int(v)


def beta_posterior(successes, trials, prior=(1.0, 1.0)):
    s, n = _count("successes", successes), _count("trials", trials)
    if s > n:
        raise ValueError("successes cannot exceed trials")
    if len(prior) != 2:
        raise ValueError("prior must be a pair (a, b)")
    a0, b0 = float(prior[0]), float(prior[1])
    if not (a0 > 0 and b0 > 0 and np.isfinite(a0) and np.isfinite(b0)):
        raise ValueError("prior parameters must be positive and finite")
    return a0 + s, b0 + (n - s)


def bayesian_ab(successes_a, trials_a, successes_b, trials_b, prior=(1.0, 1.0), n_samples=200_000, seed=0):
    a_a, b_a = beta_posterior(successes_a, trials_a, prior)
    a_b, b_b = beta_posterior(successes_b, trials_b, prior)
    if isinstance(n_samples, bool) or not isinstance(n_samples, numbers.Integral) or n_samples < 1:
        raise ValueError("n_samples must be a positive integer")
    np.random.seed(seed)
    pa = np.random.beta(a_a, b_a, size=n_samples)
    pb = np.random.beta(a_b, b_b, size=n_samples)
    prob_b_better = float(np.mean(pb > pa))
    expected_loss_b = float(np.mean(np.maximum(pa - pb, 0.0)))
    return prob_b_better, expected_loss_b
