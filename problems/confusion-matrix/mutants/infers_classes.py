# Wrong: ignores num_classes and sizes the matrix from the largest label seen.
import numpy as np


def confusion_matrix(y_true, y_pred, num_classes):
    y_true = np.asarray(y_true, dtype=np.int64)
    y_pred = np.asarray(y_pred, dtype=np.int64)
    if y_true.shape != y_pred.shape:
        raise ValueError("length mismatch")
    if y_true.size and (min(y_true.min(), y_pred.min()) < 0):
        raise ValueError("negative label")
    k = int(max(y_true.max(), y_pred.max())) + 1 if y_true.size else 0
    C = np.zeros((k, k), dtype=np.int64)
    np.add.at(C, (y_true, y_pred), 1)
    return C
