# Wrong: Counter.most_common breaks a tied vote by the first-seen (nearest) label, not the smallest label.
from collections import Counter

import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    X_train = np.asarray(X_train, dtype=np.float64)
    X_test = np.asarray(X_test, dtype=np.float64)
    y_train = np.asarray(y_train)
    out = []
    for q in X_test:
        d = np.sqrt(((X_train - q) ** 2).sum(axis=1))
        nearest = np.argsort(d, kind="stable")[:k]
        out.append(Counter(y_train[nearest].tolist()).most_common(1)[0][0])
    return np.array(out, dtype=np.int64)
