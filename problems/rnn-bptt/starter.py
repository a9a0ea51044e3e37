import numpy as np


def rnn_forward(X, h0, Wx, Wh, b):
    """All hidden states of a tanh RNN: h_t = tanh(x_t @ Wx + h_{t-1} @ Wh + b).

    X: (N, T, D) batch of sequences (T may be 0); h0: (N, H) initial state;
    Wx: (D, H); Wh: (H, H); b: (H,). Inputs are not modified.
    Returns a float64 array (N, T, H) whose [:, t] is the state after step t
    (h0 itself is not included).
    """
    raise NotImplementedError("rnn_forward is not implemented yet")


def rnn_backward(X, h0, Wx, Wh, b, dH):
    """Backpropagation through time for L = sum(dH * rnn_forward(X, h0, Wx, Wh, b)).

    dH: (N, T, H), the gradient of the loss with respect to every hidden state
    (holding the other states fixed). Recompute the forward pass yourself.
    Returns a dict with exactly the keys "Wx", "Wh", "b", "h0": float64 arrays
    shaped like the corresponding argument. With T == 0 every gradient is zero.
    """
    raise NotImplementedError("rnn_backward is not implemented yet")
