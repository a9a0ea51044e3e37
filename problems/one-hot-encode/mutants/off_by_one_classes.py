# Wrong: infers num_classes as max(labels) instead of max(labels) + 1.
import numpy as np


def one_hot(labels, num_classes=None):
    labels = np.asarray(labels)
    if labels.ndim != 1:
        raise ValueError("labels must be 1-D")
    if num_classes is None:
        if labels.size == 0:
            raise ValueError("empty")
        num_classes = int(labels.max())
    if num_classes < 1:
        raise ValueError("num_classes must be at least 1")
    if labels.size and (labels.min() < 0 or labels.max() >= num_classes):
        raise ValueError("label out of range")
    out = np.zeros((labels.size, num_classes))
    out[np.arange(labels.size), labels.astype(np.int64)] = 1.0
    return out
