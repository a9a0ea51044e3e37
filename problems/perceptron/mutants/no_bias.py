# Wrong: never learns a bias, so the decision boundary must pass through the origin.
import numpy as np


def perceptron(X, y, epochs=10):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    w = np.zeros(X.shape[1])
    for _ in range(epochs):
        for i in range(X.shape[0]):
            if y[i] * (X[i] @ w) <= 0.0:
                w = w + y[i] * X[i]
    return w, 0.0
