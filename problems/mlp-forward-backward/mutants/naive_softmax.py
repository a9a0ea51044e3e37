# Wrong: softmax without subtracting the row max, so large logits overflow to inf/nan.
import numpy as np


def _forward(X, y, params):
    X = np.asarray(X, dtype=np.float64)
    z1 = X @ params["W1"] + params["b1"]
    h = np.maximum(z1, 0.0)
    logits = h @ params["W2"] + params["b2"]
    e = np.exp(logits)
    p = e / e.sum(axis=1, keepdims=True)
    return X, z1, h, p


def mlp_forward(X, y, params):
    X, z1, h, p = _forward(X, y, params)
    return float(-np.log(p[np.arange(len(y)), y]).mean())


def mlp_backward(X, y, params):
    X, z1, h, p = _forward(X, y, params)
    n = len(y)
    d = p.copy()
    d[np.arange(n), y] -= 1.0
    d /= n
    dz1 = (d @ params["W2"].T) * (z1 > 0)
    return {"W1": X.T @ dz1, "b1": dz1.sum(0), "W2": h.T @ d, "b2": d.sum(0)}
