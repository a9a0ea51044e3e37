import numpy as np


def _assign(X, centroids):
    d2 = ((X[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    return np.argmin(d2, axis=1)  # first minimum: lowest centroid index on ties


def kmeans(X, init_centroids, max_iter=100):
    X = np.asarray(X, dtype=np.float64)
    centroids = np.array(init_centroids)  # a copy
    k = centroids.shape[0]
    labels = _assign(X, centroids)
    n_iter = 0
    for _ in range(max_iter):
        new_centroids = centroids.copy()
        for j in range(k):
            members = X[labels == j]
            if len(members) > 0:
                new_centroids[j] = members.mean(axis=0)
        centroids = new_centroids
        n_iter += 1
        new_labels = _assign(X, centroids)
        converged = np.array_equal(new_labels, labels)
        labels = new_labels
        if converged:
            break
    return centroids, labels.astype(np.int64), n_iter
