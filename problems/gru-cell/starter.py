import numpy as np


def gru_cell(x, h_prev, Wx, Wh, bx, bh):
    """One GRU step (blocks r, z, n; reset gate applied to h @ Wh_n + bh_n). Returns (N, H) float64."""
    raise NotImplementedError("gru_cell is not implemented yet")


def gru_sequence(X, h0, Wx, Wh, bx, bh):
    """Run gru_cell over X of shape (T, N, D) from h0; return all states, shape (T, N, H)."""
    raise NotImplementedError("gru_sequence is not implemented yet")
