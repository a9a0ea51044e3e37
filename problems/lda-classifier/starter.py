import numpy as np


def lda_fit(X, y):
    """Classes, priors, class means and the pooled covariance (divided by n - K)."""
    raise NotImplementedError("lda_fit is not implemented yet")


def lda_predict_proba(model, X):
    """Posterior probabilities (m, K) under the shared-covariance Gaussian model."""
    raise NotImplementedError("lda_predict_proba is not implemented yet")


def lda_predict(model, X):
    """Most probable class label for each row."""
    raise NotImplementedError("lda_predict is not implemented yet")
