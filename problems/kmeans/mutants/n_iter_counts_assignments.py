# Wrong: off-by-one, n_iter counts assignment passes (updates + 1) instead of updates.
import numpy as np


def kmeans(X, init_centroids, max_iter=100):
    X = np.asarray(X, dtype=np.float64)
    centroids = np.array(init_centroids, dtype=np.float64)

    def assign(c):
        return np.argmin(((X[:, None, :] - c[None]) ** 2).sum(axis=2), axis=1)

    labels = assign(centroids)
    n_iter = 1
    for _ in range(max_iter):
        new_c = centroids.copy()
        for j in range(len(centroids)):
            if np.any(labels == j):
                new_c[j] = X[labels == j].mean(axis=0)
        centroids = new_c
        n_iter += 1
        new = assign(centroids)
        done = np.array_equal(new, labels)
        labels = new
        if done:
            break
    return centroids, labels, n_iter
