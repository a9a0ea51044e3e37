import numpy as np


def sessionize(user_ids, timestamps, gap=1800):
    """Session number of every event, aligned with the input order (int64 array).

    A user's event starts a new session when the time since that user's previous event
    is strictly greater than gap. Sessions are numbered from 0 by (user id, start time).
    """
    raise NotImplementedError("sessionize is not implemented yet")
