import numpy as np


def mlp_forward(X, y, params):
    """Mean softmax cross-entropy of the network Linear -> ReLU -> Linear.

    X: (N, D) floats; y: (N,) integer labels in 0..C-1;
    params: {"W1": (D, H), "b1": (H,), "W2": (H, C), "b2": (C,)}.
    Returns the loss as a float.
    """
    raise NotImplementedError("mlp_forward is not implemented yet")


def mlp_backward(X, y, params):
    """Gradients of mlp_forward's loss: {"W1", "b1", "W2", "b2"}, each shaped like its parameter."""
    raise NotImplementedError("mlp_backward is not implemented yet")
