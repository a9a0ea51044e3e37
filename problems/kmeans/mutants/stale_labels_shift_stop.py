# Wrong: assigns before updating and stops on centroid shift, so it returns labels of the previous centroids and miscounts n_iter.
import numpy as np


def kmeans(X, init_centroids, max_iter=100):
    X = np.asarray(X, dtype=np.float64)
    centroids = np.array(init_centroids, dtype=np.float64)
    for it in range(max_iter):
        labels = np.argmin(((X[:, None, :] - centroids[None]) ** 2).sum(axis=2), axis=1)
        new_c = centroids.copy()
        for j in range(len(centroids)):
            if np.any(labels == j):
                new_c[j] = X[labels == j].mean(axis=0)
        if np.allclose(new_c, centroids):
            break
        centroids = new_c
    return centroids, labels, it + 1
