import numpy as np


def lstm_cell_forward(x, h_prev, c_prev, Wx, Wh, b):
    """One LSTM step with gate order i, f, g, o. Returns (h, c), each (N, H) float64."""
    raise NotImplementedError("lstm_cell_forward is not implemented yet")


def lstm_cell_backward(dh, dc, x, h_prev, c_prev, Wx, Wh, b):
    """Gradients of sum(dh * h) + sum(dc * c) for one LSTM step.

    Returns {"dx", "dh_prev", "dc_prev", "dWx", "dWh", "db"} with the shapes of the matching inputs.
    """
    raise NotImplementedError("lstm_cell_backward is not implemented yet")
