import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    y_true = np.asarray(y_true, dtype=np.int64).ravel()
    y_pred = np.asarray(y_pred, dtype=np.int64).ravel()
    if y_true.shape != y_pred.shape:
        raise ValueError("y_true and y_pred must have the same length")
    if num_classes < 1:
        raise ValueError("num_classes must be at least 1")
    for y in (y_true, y_pred):
        if y.size and (y.min() < 0 or y.max() >= num_classes):
            raise ValueError("labels must lie in [0, num_classes)")
    flat = y_true
    flat *= num_classes
    flat += y_pred
    counts = np.bincount(flat, minlength=num_classes * num_classes)
    return counts.reshape(num_classes, num_classes).astype(np.int64)
