# Wrong: does not check that W is symmetric, so an asymmetric W with a solvable system is accepted.
import numbers

import numpy as np


def label_propagation(W, y, n_classes=None):
    W = np.asarray(W, dtype=np.float64)
    if W.ndim != 2 or W.shape[0] != W.shape[1] or W.shape[0] == 0:
        raise ValueError("W must be a non-empty square matrix")
    if not np.all(np.isfinite(W)) or np.any(W < 0):
        raise ValueError("W must be finite, non-negative and symmetric")
    n = W.shape[0]
    y = np.asarray(y)
    if y.shape != (n,) or y.dtype.kind not in "iu":
        raise ValueError("y must be an integer array of shape (%d,)" % n)
    if np.any(y < -1):
        raise ValueError("labels must be -1 (unlabelled) or a class index")
    labelled = y >= 0
    if not np.any(labelled):
        raise ValueError("at least one node must be labelled")
    k = int(y.max()) + 1 if n_classes is None else n_classes
    if isinstance(k, bool) or not isinstance(k, numbers.Integral) or k < int(y.max()) + 1:
        raise ValueError("n_classes must be an integer larger than every label")
    k = int(k)
    F = np.zeros((n, k))
    F[labelled, y[labelled]] = 1.0
    # Unlabelled nodes connected (through any path) to a labelled node.
    reach = labelled.copy()
    adj = W > 0
    frontier = labelled.copy()
    while frontier.any():
        new = adj[frontier].any(axis=0) & ~reach
        reach |= new
        frontier = new
    R = np.nonzero(reach & ~labelled)[0]
    L = np.nonzero(labelled)[0]
    if R.size:
        degree = W[R].sum(axis=1)
        A = np.diag(degree) - W[np.ix_(R, R)]
        F[R] = np.linalg.solve(A, W[np.ix_(R, L)] @ F[L])
    lost = ~reach
    F[lost] = 1.0 / k
    return F, np.argmax(F, axis=1)
