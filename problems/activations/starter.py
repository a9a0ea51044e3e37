import numpy as np


def relu(x):
    """max(x, 0) elementwise; float64 array with the shape of `x`."""
    raise NotImplementedError("relu is not implemented yet")


def relu_grad(x):
    """Derivative of ReLU at `x`: 1 where x > 0, else 0 (0 at x == 0)."""
    raise NotImplementedError("relu_grad is not implemented yet")


def leaky_relu(x, alpha=0.01):
    """x where x > 0, else alpha * x."""
    raise NotImplementedError("leaky_relu is not implemented yet")


def leaky_relu_grad(x, alpha=0.01):
    """Derivative of leaky ReLU at `x`: 1 where x > 0, else alpha (alpha at x == 0)."""
    raise NotImplementedError("leaky_relu_grad is not implemented yet")


def sigmoid(x):
    """1 / (1 + exp(-x)), finite for every finite input (no overflow to nan)."""
    raise NotImplementedError("sigmoid is not implemented yet")


def sigmoid_grad(x):
    """Derivative of sigmoid at `x`: s * (1 - s) with s = sigmoid(x)."""
    raise NotImplementedError("sigmoid_grad is not implemented yet")


def tanh(x):
    """Hyperbolic tangent elementwise."""
    raise NotImplementedError("tanh is not implemented yet")


def tanh_grad(x):
    """Derivative of tanh at `x`: 1 - tanh(x)**2."""
    raise NotImplementedError("tanh_grad is not implemented yet")


def gelu(x):
    """GELU, tanh approximation: 0.5 * x * (1 + tanh(sqrt(2/pi) * (x + 0.044715 * x**3)))."""
    raise NotImplementedError("gelu is not implemented yet")


def gelu_grad(x):
    """Derivative of the tanh-approximation GELU at `x`."""
    raise NotImplementedError("gelu_grad is not implemented yet")
