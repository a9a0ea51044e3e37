# Wrong: no zero-division handling, so inputs without predicted or actual positives crash.
def precision_recall_f1(y_true, y_pred):
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    if any(v not in (0, 1) for v in list(y_true) + list(y_pred)):
        raise ValueError("labels must be 0 or 1")
    tp = sum(1 for t, p in zip(y_true, y_pred) if t == 1 and p == 1)
    fp = sum(1 for t, p in zip(y_true, y_pred) if t == 0 and p == 1)
    fn = sum(1 for t, p in zip(y_true, y_pred) if t == 1 and p == 0)
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    return float(precision), float(recall), float(2 * precision * recall / (precision + recall))
