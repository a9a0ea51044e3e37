import numpy as np


class GaussianNB:
    """Gaussian naive Bayes classifier.

    After fit: classes_ (K,) sorted labels, class_prior_ (K,), theta_ (K, d)
    per-class means, var_ (K, d) per-class population variances plus
    epsilon = var_smoothing * max over features of the population variance of X.
    """

    def __init__(self, var_smoothing=1e-9):
        self.var_smoothing = var_smoothing

    def fit(self, X, y):
        """Estimate priors, means and smoothed variances from X (n, d) and y (n,); return self."""
        raise NotImplementedError("fit is not implemented yet")

    def predict_log_proba(self, X):
        """(m, K) log posterior probabilities, columns in classes_ order; each row's exp sums to 1."""
        raise NotImplementedError("predict_log_proba is not implemented yet")

    def predict(self, X):
        """(m,) labels with the highest posterior (ties -> first class in classes_)."""
        raise NotImplementedError("predict is not implemented yet")
