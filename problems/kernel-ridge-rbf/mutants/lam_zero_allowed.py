# Wrong: refuses only a negative lam, so lam = 0 is accepted (the README asks for lam > 0).
import numpy as np


def _as_matrix(M, name):
    M = np.asarray(M, dtype=np.float64)
    if M.ndim != 2:
        raise ValueError("%s must be 2-D, got %d dimensions" % (name, M.ndim))
    return M


def _sq_distances(A, B):
    # Shift both sets by one common vector: distances are unchanged, the expansion stays accurate.
    centre = A.mean(axis=0) if A.shape[0] else np.zeros(A.shape[1])
    A = A - centre
    B = B - centre
    d2 = (A ** 2).sum(axis=1)[:, None] + (B ** 2).sum(axis=1)[None, :] - 2.0 * (A @ B.T)
    return np.maximum(d2, 0.0)


def rbf_kernel(A, B, gamma):
    A = _as_matrix(A, "A")
    B = _as_matrix(B, "B")
    if A.shape[1] != B.shape[1]:
        raise ValueError("A has %d columns but B has %d" % (A.shape[1], B.shape[1]))
    if not gamma > 0:
        raise ValueError("gamma must be > 0")
    return np.exp(-gamma * _sq_distances(A, B))


def kernel_ridge(X_train, y_train, X_test, lam, gamma):
    X_train = _as_matrix(X_train, "X_train")
    X_test = _as_matrix(X_test, "X_test")
    y = np.asarray(y_train, dtype=np.float64)
    n = X_train.shape[0]
    if y.ndim != 1 or y.shape[0] != n:
        raise ValueError("y_train must be 1-D with %d entries, got shape %s" % (n, y.shape))
    if lam < 0:
        raise ValueError("lam must be > 0")
    K = rbf_kernel(X_train, X_train, gamma)
    dual_coef = np.linalg.solve(K + lam * np.eye(n), y)
    y_pred = rbf_kernel(X_test, X_train, gamma) @ dual_coef
    return dual_coef, y_pred
