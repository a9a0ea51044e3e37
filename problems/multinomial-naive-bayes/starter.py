import numpy as np


class MultinomialNB:
    """Multinomial naive Bayes for count features with additive (Laplace) smoothing.

    After fit: classes_ (K,) sorted labels, class_log_prior_ (K,) log class
    frequencies, feature_log_prob_ (K, d) with
    feature_log_prob_[c, j] = log((N_cj + alpha) / (N_c + alpha * d)),
    N_cj = total count of feature j over the samples of class c, N_c = sum_j N_cj.
    """

    def __init__(self, alpha=1.0):
        self.alpha = alpha

    def fit(self, X, y):
        """Estimate the parameters from counts X (n, d) and labels y (n,); return self."""
        raise NotImplementedError("fit is not implemented yet")

    def predict_log_proba(self, X):
        """(m, K) normalized log posteriors (classes_ order), computed with log-sum-exp."""
        raise NotImplementedError("predict_log_proba is not implemented yet")

    def predict(self, X):
        """(m,) most probable labels (ties -> first class in classes_)."""
        raise NotImplementedError("predict is not implemented yet")
