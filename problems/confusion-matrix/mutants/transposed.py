# Wrong: rows are predictions and columns true labels (transposed).
import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    y_true = np.asarray(y_true, dtype=np.int64)
    y_pred = np.asarray(y_pred, dtype=np.int64)
    if y_true.shape != y_pred.shape:
        raise ValueError("length mismatch")
    for y in (y_true, y_pred):
        if y.size and (y.min() < 0 or y.max() >= num_classes):
            raise ValueError("label out of range")
    C = np.zeros((num_classes, num_classes), dtype=np.int64)
    np.add.at(C, (y_pred, y_true), 1)
    return C
