import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    # Squared Euclidean distances, shape (m, n); the ordering equals that of the distances.
    d2 = ((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=2)
    out = np.empty(X_test.shape[0], dtype=np.int64)
    for i in range(X_test.shape[0]):
        # A stable sort keeps equal distances in training-index order.
        nearest = np.argsort(d2[i], kind="stable")[:k]
        labels, counts = np.unique(y_train[nearest], return_counts=True)
        # np.unique sorts the labels and argmax returns the first maximum: the smallest tied label.
        out[i] = labels[np.argmax(counts)]
    return out
