# Wrong: picks the k nearest with np.argpartition, which breaks ties at the k-th distance in no particular order instead of by lower index.
import numpy as np


def knn_regress(X_train, y_train, X_test, k, weights="uniform"):
    if weights not in ("uniform", "distance"):
        raise ValueError("weights must be 'uniform' or 'distance', got %r" % (weights,))
    X_train = np.asarray(X_train, dtype=np.float64)
    X_test = np.asarray(X_test, dtype=np.float64)
    y_train = np.asarray(y_train, dtype=np.float64)
    out = np.empty(X_test.shape[0], dtype=np.float64)
    for i, q in enumerate(X_test):
        d = np.sqrt(((X_train - q) ** 2).sum(axis=1))
        nearest = np.argpartition(d, k - 1)[:k]
        dn, yn = d[nearest], y_train[nearest]
        if weights == "uniform":
            out[i] = yn.mean()
        elif np.any(dn == 0.0):
            # Exact matches get all the weight, shared equally.
            out[i] = yn[dn == 0.0].mean()
        else:
            w = 1.0 / dn
            out[i] = np.dot(w, yn) / w.sum()
    return out
