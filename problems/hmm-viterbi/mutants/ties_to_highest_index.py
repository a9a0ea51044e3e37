# Wrong: compares with >= while scanning states, so ties go to the highest index instead of the lowest.
import math

import numpy as np


def _lg(p):
    return math.log(p) if p > 0 else -math.inf


def viterbi(start_prob, trans_prob, emit_prob, obs):
    obs = [int(o) for o in obs]
    S = len(start_prob)
    delta = [_lg(start_prob[i]) + _lg(emit_prob[i][obs[0]]) for i in range(S)]
    back = []
    for o in obs[1:]:
        new, bp = [], []
        for j in range(S):
            best, arg = -math.inf, 0
            for i in range(S):
                v = delta[i] + _lg(trans_prob[i][j])
                if v >= best:
                    best, arg = v, i
            new.append(best + _lg(emit_prob[j][o]))
            bp.append(arg)
        delta = new
        back.append(bp)
    state = 0
    for j in range(S):
        if delta[j] >= delta[state]:
            state = j
    best = delta[state]
    path = [state]
    for bp in reversed(back):
        state = bp[state]
        path.append(state)
    return path[::-1], best


def forward_log_likelihood(start_prob, trans_prob, emit_prob, obs):
    obs = [int(o) for o in obs]
    S = len(start_prob)

    def lse(vals):
        m = max(vals)
        if m == -math.inf:
            return -math.inf
        return m + math.log(sum(math.exp(v - m) for v in vals))

    alpha = [_lg(start_prob[i]) + _lg(emit_prob[i][obs[0]]) for i in range(S)]
    for o in obs[1:]:
        alpha = [lse([alpha[i] + _lg(trans_prob[i][j]) for i in range(S)]) + _lg(emit_prob[j][o]) for j in range(S)]
    return lse(alpha)
