import numpy as np


def seasonal_naive_forecast(y, m, horizon):
    """forecast[h-1] = y[n - m + (h - 1) % m] for h = 1..horizon, as float64."""
    raise NotImplementedError("seasonal_naive_forecast is not implemented yet")


def mase(y_train, y_test, y_pred, m):
    """MAE(y_test, y_pred) divided by the in-sample MAE of the seasonal naive method on y_train."""
    raise NotImplementedError("mase is not implemented yet")
