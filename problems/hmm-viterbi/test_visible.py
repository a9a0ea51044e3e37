import itertools
import math
import unittest

import numpy as np

from mlreps_check import check_close, check_equal
from solution import forward_log_likelihood, viterbi

ATOL, RTOL = 1e-9, 1e-9


def _lg(p):
    return math.log(p) if p > 0 else -math.inf


def _path_logp(start, trans, emit, obs, path):
    s = _lg(start[path[0]]) + _lg(emit[path[0]][obs[0]])
    for t in range(1, len(obs)):
        s += _lg(trans[path[t - 1]][path[t]]) + _lg(emit[path[t]][obs[t]])
    return s


def _brute_force(start, trans, emit, obs):
    # Enumerate every path: best path (ties -> smallest when read backwards), its log prob, log P(obs).
    scored = [(p, _path_logp(start, trans, emit, obs, p)) for p in itertools.product(range(len(start)), repeat=len(obs))]
    best = max(v for _, v in scored)
    path = min((p for p, v in scored if v == best), key=lambda p: p[::-1])
    total = math.fsum(math.exp(v) for _, v in scored)
    return list(path), best, _lg(total)


def _random_hmm(rng, S, V):
    return rng.dirichlet(np.ones(S)), rng.dirichlet(np.ones(S), size=S), rng.dirichlet(np.ones(V), size=S)


class VisibleTests(unittest.TestCase):
    def test_worked_example(self):
        """The README example: best path [0, 1, 1, 1] and the forward log-likelihood"""
        start = np.array([0.5, 0.5])
        trans = np.array([[0.8, 0.2], [0.3, 0.7]])
        emit = np.array([[0.6, 0.3, 0.1], [0.1, 0.4, 0.5]])
        path, lp = viterbi(start, trans, emit, [0, 2, 2, 1])
        check_equal([int(s) for s in path], [0, 1, 1, 1], "Viterbi path")
        check_close(lp, math.log(0.5 * 0.6 * 0.2 * 0.5 * 0.7 * 0.5 * 0.7 * 0.4), ATOL, RTOL, "Viterbi log probability")
        check_close(forward_log_likelihood(start, trans, emit, [0, 2, 2, 1]), math.log(0.00820355), ATOL, RTOL,
                    "forward log-likelihood")

    def test_matches_brute_force_enumeration(self):
        """Random 3-state HMMs and length-6 sequences agree with enumerating all 729 paths"""
        rng = np.random.default_rng(0)
        for trial in range(5):
            start, trans, emit = _random_hmm(rng, 3, 4)
            obs = [int(o) for o in rng.integers(0, 4, size=6)]
            exp_path, exp_lp, exp_ll = _brute_force(start, trans, emit, obs)
            path, lp = viterbi(start, trans, emit, obs)
            check_equal([int(s) for s in path], exp_path, "Viterbi path (trial %d)" % trial)
            check_close(lp, exp_lp, ATOL, RTOL, "Viterbi log probability (trial %d)" % trial)
            check_close(forward_log_likelihood(start, trans, emit, obs), exp_ll, ATOL, RTOL,
                        "forward log-likelihood (trial %d)" % trial)

    def test_single_observation(self):
        """T=1: the best state maximizes start * emit, and the likelihood is their sum"""
        start = np.array([0.2, 0.5, 0.3])
        trans = np.full((3, 3), 1.0 / 3.0)
        emit = np.array([[0.9, 0.1], [0.2, 0.8], [0.5, 0.5]])
        path, lp = viterbi(start, trans, emit, [0])
        # start * emit[:, 0] = [0.18, 0.10, 0.15]
        check_equal([int(s) for s in path], [0], "Viterbi path for a single observation")
        check_close(lp, math.log(0.18), ATOL, RTOL, "Viterbi log probability")
        check_close(forward_log_likelihood(start, trans, emit, [0]), math.log(0.43), ATOL, RTOL,
                    "forward log-likelihood")


if __name__ == "__main__":
    unittest.main()
