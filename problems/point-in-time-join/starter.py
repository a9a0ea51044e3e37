import numpy as np


def point_in_time_join(event_entity, event_time, feat_entity, feat_time, feat_value, max_age=None):
    """For each event, the latest feature value of its entity written at or before the event time (NaN if none)."""
    raise NotImplementedError("point_in_time_join is not implemented yet")
