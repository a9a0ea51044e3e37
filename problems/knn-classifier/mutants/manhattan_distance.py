# Wrong: uses Manhattan (L1) distance instead of Euclidean distance.
import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    X_train = np.asarray(X_train, dtype=np.float64)
    X_test = np.asarray(X_test, dtype=np.float64)
    y_train = np.asarray(y_train)
    out = np.empty(X_test.shape[0], dtype=np.int64)
    for i, q in enumerate(X_test):
        d = np.abs(X_train - q).sum(axis=1)
        nearest = np.argsort(d, kind="stable")[:k]
        labels, counts = np.unique(y_train[nearest], return_counts=True)
        out[i] = labels[np.argmax(counts)]
    return out
