import numpy as np


class GaussianNB:
    def __init__(self, var_smoothing=1e-9):
        self.var_smoothing = var_smoothing

    def fit(self, X, y):
        X = np.asarray(X, dtype=np.float64)
        y = np.asarray(y)
        self.classes_, y_idx = np.unique(y, return_inverse=True)
        y_idx = y_idx.ravel()
        k = len(self.classes_)
        epsilon = self.var_smoothing * np.max(np.var(X, axis=0))
        self.theta_ = np.array([X[y_idx == c].mean(axis=0) for c in range(k)])
        self.var_ = np.array([(X[y_idx == c] ** 2).mean(axis=0) - X[y_idx == c].mean(axis=0) ** 2 for c in range(k)]) + epsilon
        self.class_prior_ = np.bincount(y_idx, minlength=k) / len(y_idx)
        return self

    def _joint_log_likelihood(self, X):
        X = np.asarray(X, dtype=np.float64)
        # (m, k): log prior + sum over features of the Gaussian log density.
        log_norm = -0.5 * np.sum(np.log(2.0 * np.pi * self.var_), axis=1)
        sq = ((X[:, None, :] - self.theta_[None, :, :]) ** 2 / self.var_[None, :, :]).sum(axis=2)
        return np.log(self.class_prior_)[None, :] + log_norm[None, :] - 0.5 * sq

    def predict_log_proba(self, X):
        jll = self._joint_log_likelihood(X)
        m = jll.max(axis=1, keepdims=True)
        return jll - (m + np.log(np.exp(jll - m).sum(axis=1, keepdims=True)))

    def predict(self, X):
        return self.classes_[np.argmax(self._joint_log_likelihood(X), axis=1)]
