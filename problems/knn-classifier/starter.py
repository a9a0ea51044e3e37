import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    """Predict a label for every row of X_test by a k-nearest-neighbour vote.

    X_train: (n, d) floats; y_train: (n,) integer labels; X_test: (m, d) floats;
    1 <= k <= n. Distances are Euclidean. Equal distances are ordered by the
    lower training index; a tied vote goes to the smallest label.
    Returns an integer numpy array of shape (m,).
    """
    raise NotImplementedError("knn_predict is not implemented yet")
