import numpy as np


def target_encode_oof(categories, y, fold_ids, smoothing=10.0):
    """Out-of-fold smoothed target encoding: each fold encoded from the other folds only."""
    raise NotImplementedError("target_encode_oof is not implemented yet")


def target_encode_apply(train_categories, train_y, new_categories, smoothing=10.0):
    """Smoothed target encoding of new categories from all training rows; unseen -> training prior."""
    raise NotImplementedError("target_encode_apply is not implemented yet")
