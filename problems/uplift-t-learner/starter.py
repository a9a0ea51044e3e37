import numpy as np


def t_learner_uplift(X, y, treatment, X_new, l2=1.0):
    """T-learner uplift: ridge (unpenalised intercept) on treated rows minus ridge on control rows.

    Returns a float64 array of shape (m,) for the rows of X_new.
    """
    raise NotImplementedError("t_learner_uplift is not implemented yet")
