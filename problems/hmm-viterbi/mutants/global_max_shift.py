import numpy as np


def _log(p):
    with np.errstate(divide="ignore"):
        return np.log(np.asarray(p, dtype=np.float64))


def viterbi(start_prob, trans_prob, emit_prob, obs):
    log_start, log_trans, log_emit = _log(start_prob), _log(trans_prob), _log(emit_prob)
    obs = [int(o) for o in obs]
    n_states = log_start.shape[0]
    delta = log_start + log_emit[:, obs[0]]
    backptrs = []
    for o in obs[1:]:
        scores = delta[:, None] + log_trans          # scores[i, j]: best path ending i -> j
        best_prev = np.argmax(scores, axis=0)        # argmax returns the first (lowest) index on ties
        delta = scores[best_prev, np.arange(n_states)] + log_emit[:, o]
        backptrs.append(best_prev)
    state = int(np.argmax(delta))
    best = float(delta[state])
    path = [state]
    for bp in reversed(backptrs):
        state = int(bp[state])
        path.append(state)
    path.reverse()
    return path, best


def _logsumexp(a, axis):
    m = np.full(np.max(a, axis=axis, keepdims=True).shape, np.max(a))
    m_safe = np.where(np.isfinite(m), m, 0.0)       # all -inf stays -inf, never nan
    with np.errstate(divide="ignore"):
        out = np.log(np.sum(np.exp(a - m_safe), axis=axis, keepdims=True)) + m_safe
    return np.squeeze(out, axis=axis)


def forward_log_likelihood(start_prob, trans_prob, emit_prob, obs):
    log_start, log_trans, log_emit = _log(start_prob), _log(trans_prob), _log(emit_prob)
    obs = [int(o) for o in obs]
    alpha = log_start + log_emit[:, obs[0]]
    for o in obs[1:]:
        alpha = _logsumexp(alpha[:, None] + log_trans, axis=0) + log_emit[:, o]
    return float(_logsumexp(alpha, axis=0))
