import numpy as np


def als(R, mask, U0, V0, lam, n_sweeps):
    """Alternating least squares for R ~ U @ V.T on the observed entries only.

    R: (m, n) ratings; mask: (m, n) bool, True where R is observed (other entries
    of R are arbitrary and must be ignored); U0: (m, k), V0: (n, k) initial
    factors; lam > 0; n_sweeps >= 0. Inputs are not modified.

    Objective: J = sum over observed (R_ij - u_i . v_j)^2 + lam * (||U||_F^2 + ||V||_F^2).
    One sweep: every user row u_i = solve(V_i.T V_i + lam I, V_i.T r_i) using the
    current V (V_i = rows of V for the items user i rated), then every item row
    v_j the same way using the new U.

    Returns (U, V, rmse_trace, loss_trace): float64 factors after the last sweep and
    two lists of n_sweeps + 1 floats (initial factors first): the RMSE over the
    observed entries and the objective J.
    """
    raise NotImplementedError("als is not implemented yet")
