import numpy as np


def fit_bernoulli_nb(X, y, alpha=1.0):
    """Fit on binary X (n, d): returns (classes, class_log_prior, feature_prob).

    feature_prob[c, j] = (count of x_j = 1 in class c + alpha) / (n_c + 2 * alpha).
    """
    raise NotImplementedError("fit_bernoulli_nb is not implemented yet")


def predict_log_proba_bnb(model, X):
    """Normalised log posteriors, shape (m, k), for binary X (m, d)."""
    raise NotImplementedError("predict_log_proba_bnb is not implemented yet")


def predict_bnb(model, X):
    """Most probable class label per row; ties go to the first class in model[0]."""
    raise NotImplementedError("predict_bnb is not implemented yet")
