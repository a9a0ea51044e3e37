# Wrong: accepts any target in [0, 1] (0.5 included) and thresholds it at 0.5, instead of refusing targets other than 0 and 1.
import numpy as np


def _log_sigmoid(v):
    return -np.logaddexp(0.0, -v)


def focal_loss(logits, targets, alpha=0.25, gamma=2.0):
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(targets)
    if y.shape != z.shape or z.size == 0:
        raise ValueError("targets must have the shape of logits %s, got %s" % (z.shape, y.shape))
    yf = y.astype(np.float64)
    if np.any(yf < 0) or np.any(yf > 1):
        raise ValueError("targets must be 0 or 1")
    if not 0 <= alpha <= 1 or not gamma >= 0:
        raise ValueError("need 0 <= alpha <= 1 and gamma >= 0")
    sign = np.where(yf >= 0.5, 1.0, -1.0)
    zt = sign * z
    log_pt = _log_sigmoid(zt)
    pt = np.exp(log_pt)
    one_minus = np.exp(_log_sigmoid(-zt))           # 1 - p_t without cancellation
    at = np.where(yf >= 0.5, alpha, 1.0 - alpha)
    mod = one_minus ** gamma
    loss = -at * mod * log_pt
    dzt = at * mod * (gamma * pt * log_pt - one_minus)
    n = z.size
    return float(loss.sum() / n), sign * dzt / n
