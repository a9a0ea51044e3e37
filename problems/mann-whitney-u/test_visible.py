import math
import unittest

from mlreps_check import check, check_close
from solution import mann_whitney_u


def _pairs(x, y):
    return sum(1.0 if a > b else 0.5 if a == b else 0.0 for a in x for b in y)


class VisibleTests(unittest.TestCase):
    def test_pair_count_with_a_tie(self):
        """[1.2, 3.4, 2.2, 5.0] vs [0.5, 1.2, 1.9]: 10 wins and one tie give U = 10.5"""
        u, z, p = mann_whitney_u([1.2, 3.4, 2.2, 5.0], [0.5, 1.2, 1.9])
        check_close(u, 10.5, 1e-9, 0, "u_x")
        var = 4 * 3 / 12 * (8 - (2 ** 3 - 2) / (7 * 6))
        check_close(z, (10.5 - 6) / math.sqrt(var), 1e-12, 1e-9, "z (with the tie correction)")
        check_close(p, math.erfc(abs(z) / math.sqrt(2)), 1e-12, 1e-9, "p-value")

    def test_direction(self):
        """Smaller x values give a negative z, and U_x + U_y = n_x n_y"""
        x, y = [3, 4, 2, 6, 2, 5], [9, 7, 5, 10, 6, 8]
        ux, zx, px = mann_whitney_u(x, y)
        uy, zy, py = mann_whitney_u(y, x)
        check_close(ux, _pairs(x, y), 1e-9, 0, "u_x")
        check(zx < 0, "x tends to be smaller: z must be negative", "< 0", zx)
        check_close([ux + uy, zy, py], [36.0, -zx, px], 1e-12, 1e-9, "U_x + U_y, z_y, p_y")

    def test_all_tied_raises(self):
        """Every value the same: ValueError"""
        with self.assertRaises(ValueError):
            mann_whitney_u([2.0, 2.0], [2.0, 2.0, 2.0])


if __name__ == "__main__":
    unittest.main()
