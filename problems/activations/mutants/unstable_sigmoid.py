# Wrong: sigmoid computed as exp(x) / (1 + exp(x)), which is inf/inf = nan for large x.
import numpy as np

_C = np.sqrt(2.0 / np.pi)


def relu(x):
    return np.maximum(np.asarray(x, dtype=np.float64), 0.0)


def relu_grad(x):
    return (np.asarray(x, dtype=np.float64) > 0).astype(np.float64)


def leaky_relu(x, alpha=0.01):
    x = np.asarray(x, dtype=np.float64)
    return np.where(x > 0, x, alpha * x)


def leaky_relu_grad(x, alpha=0.01):
    x = np.asarray(x, dtype=np.float64)
    return np.where(x > 0, 1.0, alpha)


def sigmoid(x):
    x = np.asarray(x, dtype=np.float64)
    e = np.exp(x)
    return e / (1.0 + e)


def sigmoid_grad(x):
    s = sigmoid(x)
    return s * (1.0 - s)


def tanh(x):
    return np.tanh(np.asarray(x, dtype=np.float64))


def tanh_grad(x):
    return 1.0 - np.tanh(np.asarray(x, dtype=np.float64)) ** 2


def gelu(x):
    x = np.asarray(x, dtype=np.float64)
    return 0.5 * x * (1.0 + np.tanh(_C * (x + 0.044715 * x ** 3)))


def gelu_grad(x):
    x = np.asarray(x, dtype=np.float64)
    t = np.tanh(_C * (x + 0.044715 * x ** 3))
    return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * _C * (1.0 + 3 * 0.044715 * x ** 2)
