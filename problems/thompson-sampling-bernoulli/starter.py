import numpy as np


def thompson_select(alpha, beta, rng):
    """Draw theta[i] ~ Beta(alpha[i], beta[i]) from rng in arm order; return argmax (lowest index on ties) as int."""
    raise NotImplementedError("thompson_select is not implemented yet")


def update_posterior(alpha, beta, arm, reward):
    """Return new float64 arrays (alpha, beta): a reward of 1 adds 1 to alpha[arm], a reward of 0 adds 1 to beta[arm]."""
    raise NotImplementedError("update_posterior is not implemented yet")


def simulate(probs, n_rounds, seed, prior=(1.0, 1.0)):
    """Run Thompson sampling for n_rounds on Bernoulli arms.

    rng = np.random.default_rng(seed); each round: thompson_select (K beta draws),
    then one rng.random() for the reward. Returns (arms int64, rewards float64).
    """
    raise NotImplementedError("simulate is not implemented yet")
