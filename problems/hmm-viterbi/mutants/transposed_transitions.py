# Wrong axis: reads trans_prob[j, i] as the probability of moving from i to j (uses the transpose).
import numpy as np


def _log(p):
    with np.errstate(divide="ignore"):
        return np.log(np.asarray(p, dtype=np.float64))


def _lse(a, axis):
    m = np.max(a, axis=axis, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    with np.errstate(divide="ignore"):
        return np.squeeze(np.log(np.sum(np.exp(a - m), axis=axis, keepdims=True)) + m, axis=axis)


def viterbi(start_prob, trans_prob, emit_prob, obs):
    ls, lt, le = _log(start_prob), _log(trans_prob).T, _log(emit_prob)
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
    ls, lt, le = _log(start_prob), _log(trans_prob).T, _log(emit_prob)
    obs = [int(o) for o in obs]
    alpha = ls + le[:, obs[0]]
    for o in obs[1:]:
        alpha = _lse(alpha[:, None] + lt, axis=0) + le[:, o]
    return float(_lse(alpha, axis=0))
