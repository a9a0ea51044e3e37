import numpy as np


def cohort_retention(user_ids, signup_periods, active_periods, n_offsets):
    """Cohort x offset retention from (user, signup period, active period) rows.

    Returns (cohorts, sizes, counts, rates): every period from the first to the last signup,
    distinct users per cohort, distinct active users per (cohort, offset) for offsets
    0 .. n_offsets - 1, and counts / sizes (NaN rows for empty cohorts).
    """
    raise NotImplementedError("cohort_retention is not implemented yet")
