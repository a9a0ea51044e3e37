# Wrong: exponentiates without subtracting the max, so large inputs overflow to nan.
import numpy as np


def softmax(z, axis=-1):
    e = np.exp(np.asarray(z, dtype=np.float64))
    return e / e.sum(axis=axis, keepdims=True)


def log_softmax(z, axis=-1):
    return np.log(softmax(z, axis))
