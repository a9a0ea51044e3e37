import numpy as np


def _masked_log_softmax(x, mask):
    z = np.where(mask, x, -np.inf)
    m = z.max(axis=1, keepdims=True)
    e = np.where(mask, np.exp(z - m), 0.0)
    return np.where(mask, z - m - np.log(e.sum(axis=1, keepdims=True)), 0.0)


def listnet_loss(scores, labels, mask=None):
    s = np.asarray(scores, dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    if s.ndim != 2 or y.shape != s.shape:
        raise ValueError("scores and labels must both be (Q, n), got %s and %s" % (s.shape, y.shape))
    if mask is None:
        mask = np.ones(s.shape, dtype=bool)
    else:
        mask = np.asarray(mask)
        if mask.dtype != bool or mask.shape != s.shape:
            raise ValueError("mask must be a boolean array of shape %s" % (s.shape,))
    if not np.all(mask.any(axis=1)):
        raise ValueError("every query needs at least one valid document")
    Q = s.shape[0]
    log_ps = _masked_log_softmax(s, mask)
    py = np.exp(_masked_log_softmax(y, mask)) * mask
    loss = float(-(py * log_ps).sum() / Q)
    grad = np.where(mask, np.exp(log_ps) - py, 0.0) / Q
    return loss, grad
