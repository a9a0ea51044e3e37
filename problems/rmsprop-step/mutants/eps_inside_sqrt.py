# Wrong: adds eps inside the square root.
import numpy as np


def rmsprop_step(w, g, state, lr=0.01, alpha=0.99, eps=1e-8, momentum=0.0, centered=False):
    w = np.asarray(w, dtype=np.float64)
    g = np.asarray(g, dtype=np.float64)
    if g.shape != w.shape:
        raise ValueError("g must have the shape of w %s, got %s" % (w.shape, g.shape))
    if not lr > 0 or not 0 <= alpha < 1 or not eps > 0 or not momentum >= 0:
        raise ValueError("need lr > 0, 0 <= alpha < 1, eps > 0, momentum >= 0")
    if state is None:
        sq, avg, buf = np.zeros_like(w), np.zeros_like(w), np.zeros_like(w)
    else:
        sq = np.asarray(state["sq"], dtype=np.float64)
        avg = np.asarray(state["avg"], dtype=np.float64)
        buf = np.asarray(state["buf"], dtype=np.float64)
    sq = alpha * sq + (1.0 - alpha) * g * g
    if centered:
        avg = alpha * avg + (1.0 - alpha) * g
        denom = np.sqrt(sq - avg * avg + eps)
    else:
        denom = np.sqrt(sq + eps)
    if momentum > 0:
        buf = momentum * buf + g / denom
        w_new = w - lr * buf
    else:
        w_new = w - lr * g / denom
    return w_new, {"sq": sq, "avg": avg, "buf": buf}
