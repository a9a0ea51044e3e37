# Wrong: ignores num_classes and always uses max(labels) + 1 columns.
import numpy as np


def one_hot(labels, num_classes=None):
    labels = np.asarray(labels)
    if labels.ndim != 1:
        raise ValueError("labels must be 1-D")
    if labels.size == 0:
        raise ValueError("empty")
    if labels.min() < 0:
        raise ValueError("negative label")
    k = int(labels.max()) + 1
    out = np.zeros((labels.size, k))
    out[np.arange(labels.size), labels.astype(np.int64)] = 1.0
    return out
