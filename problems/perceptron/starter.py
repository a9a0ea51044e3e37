import numpy as np


def perceptron(X, y, epochs=10):
    """Train the classic perceptron with labels in {-1, +1}.

    X: (n, d) array; y: (n,) array of -1/+1 labels.
    Start from w = 0, b = 0. Each epoch visits i = 0, 1, ..., n-1 in order and,
    whenever y[i] * (X[i] @ w + b) <= 0, updates w += y[i] * X[i] and b += y[i].

    Returns (w, b): w a float64 array of shape (d,), b a float.
    """
    raise NotImplementedError("perceptron is not implemented yet")
