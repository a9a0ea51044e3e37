# Wrong: checks for exact matches over the whole training set, not just the k neighbours.
import numpy as np


def knn_regress(X_train, y_train, X_test, k, weights="uniform"):
    if weights not in ("uniform", "distance"):
        raise ValueError(weights)
    X_train = np.asarray(X_train, dtype=np.float64)
    y_train = np.asarray(y_train, dtype=np.float64)
    out = []
    for q in np.asarray(X_test, dtype=np.float64):
        d = np.sqrt(((X_train - q) ** 2).sum(axis=1))
        if weights == "distance" and np.any(d == 0):
            out.append(y_train[d == 0].mean())
            continue
        nn = np.argsort(d, kind="stable")[:k]
        dn, yn = d[nn], y_train[nn]
        if weights == "uniform":
            out.append(yn.mean())
        else:
            w = 1.0 / dn
            out.append(np.dot(w, yn) / w.sum())
    return np.array(out)
