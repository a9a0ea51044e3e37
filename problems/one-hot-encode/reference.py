import numpy as np


def one_hot(labels, num_classes=None):
    labels = np.asarray(labels)
    if labels.ndim != 1:
        raise ValueError("labels must be 1-D")
    if labels.size and not np.issubdtype(labels.dtype, np.integer):
        raise ValueError("labels must be integers")
    labels = labels.astype(np.int64)
    if num_classes is None:
        if labels.size == 0:
            raise ValueError("cannot infer num_classes from empty labels")
        num_classes = int(labels.max()) + 1
    if num_classes < 1:
        raise ValueError("num_classes must be at least 1")
    if labels.size and (labels.min() < 0 or labels.max() >= num_classes):
        raise ValueError("labels must lie in [0, num_classes)")
    out = np.zeros((labels.size, num_classes), dtype=np.float64)
    out[np.arange(labels.size), labels] = 1.0
    return out
