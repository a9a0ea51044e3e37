# Wrong: precision and recall are swapped (divides TP by actual positives for precision).
def precision_recall_f1(y_true, y_pred):
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    if any(v not in (0, 1) for v in list(y_true) + list(y_pred)):
        raise ValueError("labels must be 0 or 1")
    tp = sum(1 for t, p in zip(y_true, y_pred) if t == 1 and p == 1)
    fp = sum(1 for t, p in zip(y_true, y_pred) if t == 0 and p == 1)
    fn = sum(1 for t, p in zip(y_true, y_pred) if t == 1 and p == 0)
    precision = tp / (tp + fn) if tp + fn else 0.0
    recall = tp / (tp + fp) if tp + fp else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return float(precision), float(recall), float(f1)
