import numpy as np


def expanding_window_splits(n, initial, horizon, step=None, gap=0):
    """List of (train_idx, test_idx): train 0..end-1, test end+gap .. end+gap+horizon-1, end = initial + k*step."""
    raise NotImplementedError("expanding_window_splits is not implemented yet")


def backtest(y, forecaster, initial, horizon, step=None, gap=0):
    """MAE per fold of forecaster(history_copy, gap + horizon)[gap:] against y[test]; returns (fold_mae, mean)."""
    raise NotImplementedError("backtest is not implemented yet")
