# Wrong: updates only when y * score < 0, so points exactly on the boundary (including every point at w = 0, b = 0) never trigger an update.
import numpy as np


def perceptron(X, y, epochs=10):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        for i in range(X.shape[0]):
            if y[i] * (X[i] @ w + b) < 0.0:
                w = w + y[i] * X[i]
                b = b + y[i]
    return w, float(b)
