def precision_recall_f1(y_true, y_pred):
    """Precision, recall and F1 of the positive class (label 1).

    y_true and y_pred are equal-length sequences of 0/1 labels.
    Returns a tuple of three floats (precision, recall, f1). Any ratio whose
    denominator is 0 is defined as 0.0. Raises ValueError for mismatched
    lengths or labels other than 0 and 1.
    """
    raise NotImplementedError("precision_recall_f1 is not implemented yet")
