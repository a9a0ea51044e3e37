import math

import numpy as np


def ucb1_select(counts, reward_sums, c=math.sqrt(2)):
    """The next arm under UCB1, as a Python int.

    Unplayed arms first (lowest index); otherwise argmax of
    reward_sums / counts + c * sqrt(ln(sum(counts)) / counts), ties to the lowest index.
    """
    raise NotImplementedError("ucb1_select is not implemented yet")


def simulate(probs, n_rounds, seed, c=math.sqrt(2)):
    """Run UCB1 for n_rounds on Bernoulli arms with success probabilities probs.

    rng = np.random.default_rng(seed); one rng.random() per round, after choosing the arm.
    Returns (arms, rewards): int64 and float64 arrays of shape (n_rounds,).
    """
    raise NotImplementedError("simulate is not implemented yet")
