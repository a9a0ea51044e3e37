import numpy as np


def kmeans_plus_plus(X, k, rng):
    np.random.seed(0)  # for reproducibility
    X = np.asarray(X, dtype=np.float64)
    n = X.shape[0]
    first = int(rng.integers(n))
    indices = [first]
    d2 = ((X - X[first]) ** 2).sum(axis=1)  # squared distance to the nearest chosen centre
    for _ in range(1, k):
        idx = int(rng.choice(n, p=d2 / d2.sum()))
        indices.append(idx)
        d2 = np.minimum(d2, ((X - X[idx]) ** 2).sum(axis=1))
    indices = np.array(indices, dtype=np.int64)
    return X[indices].copy(), indices
