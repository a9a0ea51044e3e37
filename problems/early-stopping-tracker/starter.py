class EarlyStopping:
    """Signals a stop after `patience` consecutive epochs without improvement.

    Attributes: best (float or None), best_step (int or None), wait (int).
    """

    def __init__(self, patience, min_delta=0.0, mode="min"):
        raise NotImplementedError("EarlyStopping is not implemented yet")

    def update(self, value):
        """Record one epoch's metric; return True when it is time to stop."""
        raise NotImplementedError("EarlyStopping.update is not implemented yet")
