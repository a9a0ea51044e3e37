import numpy as np


def viterbi(start_prob, trans_prob, emit_prob, obs):
    """Most probable hidden-state path of a discrete HMM, computed in log space.

    start_prob: (S,) P(z_1 = i); trans_prob: (S, S) with [i, j] = P(z_{t+1} = j | z_t = i);
    emit_prob: (S, V) with [i, k] = P(x_t = k | z_t = i); obs: sequence of T >= 1 ints in 0..V-1.
    Probabilities may be 0 (log 0 = -inf). Inputs are not modified.

    Returns (path, log_prob): path is a list of T ints, log_prob the natural log of
    the joint probability P(path, obs) (a float, -inf if every path has probability 0).
    Ties: the last state is the lowest index with the best final score, and each
    earlier state is the lowest-index predecessor attaining the maximum.
    """
    raise NotImplementedError("viterbi is not implemented yet")


def forward_log_likelihood(start_prob, trans_prob, emit_prob, obs):
    """log P(obs) summed over all state paths (forward algorithm with log-sum-exp).

    Same arguments as viterbi. Returns a float; -inf if obs is impossible.
    """
    raise NotImplementedError("forward_log_likelihood is not implemented yet")
