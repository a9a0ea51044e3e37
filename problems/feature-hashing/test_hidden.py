import unittest

import numpy as np

from mlreps_check import check_close, check_equal
from solution import hash_features


def _fnv(text):
    h = 2166136261
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 16777619) % 4294967296
    return h


def _expected(rows, n):
    out = np.zeros((len(rows), n))
    for r, row in enumerate(rows):
        for name, v in row.items():
            key, x = (name + "=" + v, 1.0) if isinstance(v, str) else (name, float(v))
            h = _fnv(key)
            out[r, h % n] += (-1.0 if h >= 2 ** 31 else 1.0) * x
    return out


class HiddenTests(unittest.TestCase):
    def test_many_random_features(self):
        """300 rows of mixed categorical and numeric features, 64 columns"""
        rng = np.random.default_rng(0)
        rows = []
        for _ in range(300):
            row = {"user": "u%d" % rng.integers(0, 1000), "country": ["fr", "de", "jp", "br"][int(rng.integers(0, 4))],
                   "price": float(rng.normal()), "count": int(rng.integers(0, 5))}
            if rng.random() < 0.3:
                row["promo"] = "yes"
            rows.append(row)
        check_close(hash_features(rows, 64), _expected(rows, 64), 1e-12, 1e-12, "hashed matrix")

    def test_unicode_keys(self):
        """Non-ASCII names and values hash their UTF-8 bytes"""
        rows = [{"ville": "Zürich", "名前": "東京", "Größe": 1.25}]
        check_close(hash_features(rows, 16), _expected(rows, 16), 1e-12, 1e-12, "hashed unicode features")

    def test_sign_comes_from_the_top_bit(self):
        """With 2 columns the sign is independent of the column: features with top bit 1 are negative"""
        names = ["f%d" % i for i in range(40)]
        rows = [{n: 1.0} for n in names]
        check_close(hash_features(rows, 2), _expected(rows, 2), 1e-12, 1e-12, "one feature per row, 2 columns")

    def test_numeric_key_is_the_name(self):
        """A numeric value is hashed by name only: {'x': 2} and {'x': 5} use the same column"""
        got = np.asarray(hash_features([{"x": 2}, {"x": 5}], 1000))
        check_equal(int(np.flatnonzero(got[0])[0]), int(np.flatnonzero(got[1])[0]), "column of x in both rows")
        check_close(got, _expected([{"x": 2}, {"x": 5}], 1000), 1e-12, 1e-12, "values")

    def test_one_column(self):
        """n_features = 1 sums every signed contribution"""
        rows = [{"a": 1.0, "b": "c", "d": -2.0}]
        check_close(hash_features(rows, 1), _expected(rows, 1), 1e-12, 1e-12, "single column")

    def test_invalid_inputs(self):
        """Bad n_features raises ValueError; a bool value, None, a non-dict row or a non-string name raise TypeError"""
        with self.assertRaises(ValueError, msg="n_features = 0"):
            hash_features([{"a": 1.0}], 0)
        for rows, why in [([{"a": True}], "a bool value"), ([{"a": None}], "a None value"), (["a=1"], "a row given as a string"),
                          ([{3: 1.0}], "an int feature name")]:
            with self.assertRaises(TypeError, msg=why):
                hash_features(rows, 4)

    def test_rows_not_modified(self):
        """The row dicts are left unchanged"""
        rows = [{"a": 1.0, "b": "x"}]
        hash_features(rows, 4)
        check_equal(rows, [{"a": 1.0, "b": "x"}], "rows after the call")


if __name__ == "__main__":
    unittest.main()
