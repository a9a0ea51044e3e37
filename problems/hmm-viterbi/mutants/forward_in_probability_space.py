# Wrong: runs the forward algorithm on raw probabilities and takes the log at the end, so long sequences underflow to -inf.
import numpy as np


def _log(p):
    with np.errstate(divide="ignore"):
        return np.log(np.asarray(p, dtype=np.float64))


def viterbi(start_prob, trans_prob, emit_prob, obs):
    ls, lt, le = _log(start_prob), _log(trans_prob), _log(emit_prob)
    obs = [int(o) for o in obs]
    delta = ls + le[:, obs[0]]
    back = []
    for o in obs[1:]:
        scores = delta[:, None] + lt
        bp = np.argmax(scores, axis=0)
        delta = scores.max(axis=0) + le[:, o]
        back.append(bp)
    state = int(np.argmax(delta))
    best = float(delta[state])
    path = [state]
    for bp in reversed(back):
        state = int(bp[state])
        path.append(state)
    return path[::-1], best


def forward_log_likelihood(start_prob, trans_prob, emit_prob, obs):
    start_prob, trans_prob, emit_prob = (np.asarray(a, dtype=np.float64) for a in (start_prob, trans_prob, emit_prob))
    obs = [int(o) for o in obs]
    alpha = start_prob * emit_prob[:, obs[0]]
    for o in obs[1:]:
        alpha = (alpha @ trans_prob) * emit_prob[:, o]
    with np.errstate(divide="ignore"):
        return float(np.log(alpha.sum()))
