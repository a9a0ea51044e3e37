import numpy as np


def fit_elastic_net(X, y, alpha, l1_ratio, max_iter=10000, tol=1e-10):
    """Elastic net by cyclic coordinate descent.

    Minimises (1/(2n))||y - Xw - b||^2 + alpha*l1_ratio*||w||_1
    + (alpha*(1 - l1_ratio)/2)*||w||^2 with an unpenalised intercept b.
    Returns (w, b): w a float64 array of shape (d,), b a float.
    Raises ValueError for bad shapes, alpha < 0 or l1_ratio outside [0, 1].
    """
    raise NotImplementedError("fit_elastic_net is not implemented yet")
