# Wrong: computes KL(student || teacher) instead of KL(teacher || student).
import numpy as np


def _log_softmax(z):
    m = z.max(axis=1, keepdims=True)
    return z - m - np.log(np.exp(z - m).sum(axis=1, keepdims=True))


def distillation_loss(student_logits, teacher_logits, labels, T=2.0, alpha=0.5):
    s = np.asarray(student_logits, dtype=np.float64)
    t = np.asarray(teacher_logits, dtype=np.float64)
    y = np.asarray(labels)
    if s.ndim != 2 or t.shape != s.shape or s.shape[0] < 1:
        raise ValueError("student and teacher logits must both be (N, K), got %s and %s" % (s.shape, t.shape))
    N, K = s.shape
    if y.shape != (N,) or y.dtype.kind not in "iu" or np.any((y < 0) | (y >= K)):
        raise ValueError("labels must be %d integers in 0..%d" % (N, K - 1))
    if not T > 0 or not 0 <= alpha <= 1:
        raise ValueError("need T > 0 and 0 <= alpha <= 1")
    log_ps_T = _log_softmax(s / T)
    log_pt_T = _log_softmax(t / T)
    pt_T = np.exp(log_pt_T)
    kl = float(np.sum(np.exp(log_ps_T) * (log_ps_T - log_pt_T)) / N)
    log_ps = _log_softmax(s)
    rows = np.arange(N)
    ce = float(-log_ps[rows, y].mean())
    loss = alpha * T * T * kl + (1.0 - alpha) * ce
    onehot = np.zeros((N, K))
    onehot[rows, y] = 1.0
    grad = alpha * T * (np.exp(log_ps_T) - pt_T) / N + (1.0 - alpha) * (np.exp(log_ps) - onehot) / N
    return loss, grad
