import numpy as np


def beta_posterior(successes, trials, prior=(1.0, 1.0)):
    """Posterior Beta parameters (a, b) after `successes` conversions in `trials` trials."""
    raise NotImplementedError("beta_posterior is not implemented yet")


def bayesian_ab(successes_a, trials_a, successes_b, trials_b, prior=(1.0, 1.0), n_samples=200_000, seed=0):
    """Monte Carlo P(pb > pa) and E[max(pa - pb, 0)] under independent Beta posteriors.

    All draws come from np.random.default_rng(seed). Returns two floats.
    """
    raise NotImplementedError("bayesian_ab is not implemented yet")
