import math

import numpy as np


def kaplan_meier(times, events):
    """Kaplan-Meier estimate at each distinct event time.

    Returns (event_times, at_risk, n_events, survival, se); se from Greenwood's
    formula, NaN from the step where survival reaches 0.
    """
    raise NotImplementedError("kaplan_meier is not implemented yet")


def median_survival(times, events):
    """The first event time with survival <= 0.5, or None."""
    raise NotImplementedError("median_survival is not implemented yet")
