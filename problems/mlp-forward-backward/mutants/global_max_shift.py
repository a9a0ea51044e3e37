import numpy as np


def _forward(X, y, params):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.int64)
    z1 = X @ params["W1"] + params["b1"]
    h = np.maximum(z1, 0.0)
    logits = h @ params["W2"] + params["b2"]
    shifted = logits - logits.max()
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    n = X.shape[0]
    loss = -log_probs[np.arange(n), y].mean()
    return X, y, z1, h, log_probs, float(loss)


def mlp_forward(X, y, params):
    return _forward(X, y, params)[-1]


def mlp_backward(X, y, params):
    X, y, z1, h, log_probs, _ = _forward(X, y, params)
    n = X.shape[0]
    dlogits = np.exp(log_probs)
    dlogits[np.arange(n), y] -= 1.0
    dlogits /= n
    dW2 = h.T @ dlogits
    db2 = dlogits.sum(axis=0)
    dh = dlogits @ np.asarray(params["W2"], dtype=np.float64).T
    dz1 = dh * (z1 > 0)
    dW1 = X.T @ dz1
    db1 = dz1.sum(axis=0)
    return {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
