import numpy as np

_GELU_C = np.sqrt(2.0 / np.pi)
_GELU_A = 0.044715


def relu(x):
    x = np.asarray(x)
    return np.maximum(x, 0)


def relu_grad(x):
    x = np.asarray(x, dtype=np.float64)
    return (x > 0).astype(np.float64)


def leaky_relu(x, alpha=0.01):
    x = np.asarray(x, dtype=np.float64)
    return np.where(x > 0, x, alpha * x)


def leaky_relu_grad(x, alpha=0.01):
    x = np.asarray(x, dtype=np.float64)
    return np.where(x > 0, 1.0, alpha)


def sigmoid(x):
    x = np.asarray(x, dtype=np.float64)
    # exp(-|x|) never overflows; pick the algebraically equal form per sign.
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid_grad(x):
    s = sigmoid(x)
    return s * (1.0 - s)


def tanh(x):
    return np.tanh(np.asarray(x, dtype=np.float64))


def tanh_grad(x):
    t = np.tanh(np.asarray(x, dtype=np.float64))
    return 1.0 - t * t


def gelu(x):
    x = np.asarray(x, dtype=np.float64)
    u = _GELU_C * (x + _GELU_A * x ** 3)
    return 0.5 * x * (1.0 + np.tanh(u))


def gelu_grad(x):
    x = np.asarray(x, dtype=np.float64)
    u = _GELU_C * (x + _GELU_A * x ** 3)
    t = np.tanh(u)
    du = _GELU_C * (1.0 + 3.0 * _GELU_A * x ** 2)
    return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * du
