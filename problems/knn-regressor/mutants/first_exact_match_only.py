# Wrong: on an exact match returns the first matching neighbour's target instead of the mean of all matches.
import numpy as np


def knn_regress(X_train, y_train, X_test, k, weights="uniform"):
    if weights not in ("uniform", "distance"):
        raise ValueError(weights)
    X_train = np.asarray(X_train, dtype=np.float64)
    y_train = np.asarray(y_train, dtype=np.float64)
    out = []
    for q in np.asarray(X_test, dtype=np.float64):
        d = np.sqrt(((X_train - q) ** 2).sum(axis=1))
        nn = np.argsort(d, kind="stable")[:k]
        dn, yn = d[nn], y_train[nn]
        if weights == "uniform":
            out.append(yn.mean())
        elif dn[0] == 0:
            out.append(yn[0])
        else:
            w = 1.0 / dn
            out.append(np.dot(w, yn) / w.sum())
    return np.array(out)
