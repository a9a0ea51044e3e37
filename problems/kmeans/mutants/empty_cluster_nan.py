# Wrong: takes the mean of an empty cluster (nan) instead of keeping the previous centroid.
import warnings

import numpy as np


def kmeans(X, init_centroids, max_iter=100):
    X = np.asarray(X, dtype=np.float64)
    centroids = np.array(init_centroids, dtype=np.float64)
    k = len(centroids)

    def assign(c):
        return np.argmin(((X[:, None, :] - c[None]) ** 2).sum(axis=2), axis=1)

    labels = assign(centroids)
    n_iter = 0
    for _ in range(max_iter):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Mean of empty slice"
            centroids = np.array([X[labels == j].mean(axis=0) for j in range(k)])
        n_iter += 1
        new = assign(centroids)
        done = np.array_equal(new, labels)
        labels = new
        if done:
            break
    return centroids, labels, n_iter
