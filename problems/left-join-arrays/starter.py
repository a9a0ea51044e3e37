import numpy as np


def left_join(left_keys, right_keys, right_values, validate=None):
    """Left join: (left_index, values), one output row per match (or one NaN row if none), in left then right order."""
    raise NotImplementedError("left_join is not implemented yet")
