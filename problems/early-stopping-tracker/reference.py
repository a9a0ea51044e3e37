import math
import numbers


class EarlyStopping:
    def __init__(self, patience, min_delta=0.0, mode="min"):
        if isinstance(patience, bool) or not isinstance(patience, numbers.Integral) or patience < 1:
            raise ValueError("patience must be a positive integer")
        if not isinstance(min_delta, numbers.Real) or not min_delta >= 0:
            raise ValueError("min_delta must be a number >= 0")
        if mode not in ("min", "max"):
            raise ValueError("mode must be 'min' or 'max'")
        self.patience = int(patience)
        self.min_delta = float(min_delta)
        self.mode = mode
        self.best = None
        self.best_step = None
        self.wait = 0
        self.steps = 0

    def _improves(self, value):
        if math.isnan(value):
            return False
        if self.best is None:
            return True
        if self.mode == "min":
            return value < self.best - self.min_delta
        return value > self.best + self.min_delta

    def update(self, value):
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise TypeError("value must be a real number, got %s" % type(value).__name__)
        value = float(value)
        if self._improves(value):
            self.best = value
            self.best_step = self.steps
            self.wait = 0
        else:
            self.wait += 1
        self.steps += 1
        return self.wait >= self.patience
