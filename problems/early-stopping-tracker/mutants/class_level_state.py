# Wrong: keeps the tracking state in class attributes, so every instance shares one best value.
import math
import numbers


class EarlyStopping:
    best = None
    best_step = None
    wait = 0
    steps = 0

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

    def update(self, value):
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise TypeError("value must be a real number")
        value = float(value)
        cls = type(self)
        if math.isnan(value):
            better = False
        elif cls.best is None:
            better = True
        elif self.mode == "min":
            better = value < cls.best - self.min_delta
        else:
            better = value > cls.best + self.min_delta
        if better:
            cls.best, cls.best_step, cls.wait = value, cls.steps, 0
        else:
            cls.wait += 1
        cls.steps += 1
        return cls.wait >= self.patience
