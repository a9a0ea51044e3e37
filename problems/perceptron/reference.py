import numpy as np


def perceptron(X, y, epochs=10):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    for _ in range(epochs):
        for i in range(n):
            if y[i] * (X[i] @ w + b) <= 0.0:
                w = w + y[i] * X[i]
                b = b + y[i]
    return w, float(b)
