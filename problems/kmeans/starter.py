import numpy as np


def kmeans(X, init_centroids, max_iter=100):
    """Lloyd's k-means from the given initial centroids.

    X: (n, d) floats; init_centroids: (k, d) floats (not modified); max_iter >= 1.
    Assign each point to the nearest centroid (ties -> lowest centroid index),
    then repeat: move every centroid to the mean of its points (an empty
    cluster keeps its previous centroid), reassign, and stop as soon as the
    assignment did not change or max_iter updates have been done.
    Returns (centroids (k, d) float64, labels (n,) int, n_iter int), where
    labels is the assignment to the returned centroids and n_iter counts the
    centroid updates performed.
    """
    raise NotImplementedError("kmeans is not implemented yet")
