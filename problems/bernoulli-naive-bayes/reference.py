import numpy as np


def _binary_matrix(X, name="X"):
    X = np.asarray(X)
    if X.ndim != 2:
        raise ValueError("%s must be 2-D, got %d dimensions" % (name, X.ndim))
    if X.size and not np.all((X == 0) | (X == 1)):
        raise ValueError("%s must contain only 0 and 1" % name)
    return X.astype(np.float64)


def fit_bernoulli_nb(X, y, alpha=1.0):
    X = _binary_matrix(X)
    y = np.asarray(y)
    if y.ndim != 1 or y.shape[0] != X.shape[0]:
        raise ValueError("y must be 1-D with one label per row of X")
    if X.shape[0] == 0:
        raise ValueError("cannot fit on zero rows")
    if not alpha > 0:
        raise ValueError("alpha must be > 0")
    classes, idx = np.unique(y, return_inverse=True)
    k = len(classes)
    counts = np.bincount(idx, minlength=k).astype(np.float64)
    ones = np.zeros((k, X.shape[1]))
    np.add.at(ones, idx, X)
    feature_prob = (ones + alpha) / (counts[:, None] + 2.0 * alpha)
    class_log_prior = np.log(counts / counts.sum())
    return classes, class_log_prior, feature_prob


def predict_log_proba_bnb(model, X):
    classes, class_log_prior, feature_prob = model
    X = _binary_matrix(X)
    feature_prob = np.asarray(feature_prob, dtype=np.float64)
    if X.shape[1] != feature_prob.shape[1]:
        raise ValueError("X has %d features but the model has %d" % (X.shape[1], feature_prob.shape[1]))
    log_p = np.log(feature_prob)
    log_q = np.log1p(-feature_prob)
    joint = X @ log_p.T + (1.0 - X) @ log_q.T + np.asarray(class_log_prior)
    m = joint.max(axis=1, keepdims=True)
    return joint - (m + np.log(np.exp(joint - m).sum(axis=1, keepdims=True)))


def predict_bnb(model, X):
    return np.asarray(model[0])[np.argmax(predict_log_proba_bnb(model, X), axis=1)]
