import numpy as np


def gradient_descent_backtracking(f, grad, x0, t0=1.0, beta=0.5, c=1e-4, tol=1e-8, max_iter=1000):
    """Gradient descent where each step size comes from an Armijo backtracking search.

    Returns (x, f_values): the final point (float64, shape (d,)) and the list of
    f at every iterate, starting with f(x0). Raises ValueError for bad t0, beta, c.
    """
    raise NotImplementedError("gradient_descent_backtracking is not implemented yet")
