# Wrong: accepts reg but never adds it to the covariances.
import numpy as np


def qda_fit(X, y, reg=0.0):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.size:
        raise ValueError("X must be (n, d) and y of length n")
    if not np.all(np.isfinite(X)):
        raise ValueError("X must be finite")
    reg = float(reg)
    if not reg >= 0:
        raise ValueError("reg must be >= 0")
    classes, inv = np.unique(y, return_inverse=True)
    inv = inv.reshape(-1)
    if classes.size < 2:
        raise ValueError("need at least two classes")
    n, d = X.shape
    means, covs, priors = [], [], []
    for k in range(classes.size):
        Xk = X[inv == k]
        if Xk.shape[0] < 2:
            raise ValueError("every class needs at least two samples")
        mk = Xk.mean(axis=0)
        C = (Xk - mk).T @ (Xk - mk) / (Xk.shape[0] - 1)
        sign, _ = np.linalg.slogdet(C)
        if sign <= 0 or np.linalg.cond(C) > 1e12:
            raise ValueError("the covariance of class %r is singular" % (classes[k],))
        means.append(mk)
        covs.append(C)
        priors.append(Xk.shape[0] / n)
    return {"classes": classes, "priors": np.array(priors), "means": np.array(means), "covs": np.array(covs)}


def _log_joint(model, X):
    X = np.asarray(X, dtype=np.float64)
    d = model["means"].shape[1]
    if X.ndim != 2 or X.shape[1] != d:
        raise ValueError("X must be (m, d) with the fitted d")
    cols = []
    for prior, mk, C in zip(model["priors"], model["means"], model["covs"]):
        diff = X - mk
        maha = np.sum(diff * np.linalg.solve(C, diff.T).T, axis=1)
        _, logdet = np.linalg.slogdet(C)
        cols.append(np.log(prior) - 0.5 * logdet - 0.5 * maha)
    return np.column_stack(cols)


def qda_predict_proba(model, X):
    s = _log_joint(model, X)
    s = s - s.max(axis=1, keepdims=True)
    e = np.exp(s)
    return e / e.sum(axis=1, keepdims=True)


def qda_predict(model, X):
    return model["classes"][np.argmax(_log_joint(model, X), axis=1)]
