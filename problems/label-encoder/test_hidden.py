import random
import unittest

from mlreps_check import check, check_equal, check_raises
from solution import LabelEncoder


class HiddenTests(unittest.TestCase):
    def test_integer_labels_sorted_numerically(self):
        """Integer labels are sorted numerically (10 after 9), not as strings"""
        enc = LabelEncoder()
        codes = enc.fit_transform([10, 9, -3, 10, 100])
        check_equal(list(enc.classes_), [-3, 9, 10, 100], "classes_")
        check_equal(list(codes), [2, 1, 0, 2, 3], "fit_transform")

    def test_round_trip_random(self):
        """inverse_transform(transform(x)) == x for random string labels"""
        rng = random.Random(0)
        pool = ["apple", "Banana", "cherry", "date", "elder", "fig", "Grape"]
        for trial in range(10):
            labels = [rng.choice(pool) for _ in range(rng.randint(1, 30))]
            enc = LabelEncoder().fit(labels)
            codes = enc.transform(labels)
            check(all(isinstance(c, int) for c in codes), "codes must be ints", "ints", codes)
            check_equal(list(enc.classes_), sorted(set(labels)), "classes_ (trial %d)" % trial)
            check_equal(list(enc.inverse_transform(codes)), labels, "round trip (trial %d)" % trial)

    def test_negative_code_raises(self):
        """inverse_transform([-1]) raises ValueError instead of wrapping to the last class"""
        enc = LabelEncoder().fit(["a", "b", "c"])
        check_raises(ValueError, enc.inverse_transform, [-1])

    def test_code_too_large_raises(self):
        """inverse_transform with code K raises ValueError"""
        enc = LabelEncoder().fit(["a", "b", "c"])
        check_raises(ValueError, enc.inverse_transform, [0, 3])

    def test_unseen_number_raises_value_error(self):
        """An unseen numeric label raises ValueError (not KeyError) naming it"""
        enc = LabelEncoder().fit([1, 2, 3])
        try:
            enc.transform([2, 42])
        except ValueError as err:
            check("42" in str(err), "the error message should mention the unseen label",
                  "a message containing 42", str(err))
        except Exception as err:  # noqa: BLE001 - report the wrong type
            check(False, "expected ValueError, got %s" % type(err).__name__, "ValueError", type(err).__name__)
        else:
            check(False, "expected ValueError for an unseen label", "ValueError", "no exception")

    def test_refit_replaces_mapping(self):
        """Fitting again replaces classes_ and the codes"""
        enc = LabelEncoder().fit(["x", "y"])
        enc.fit(["b", "a"])
        check_equal(list(enc.classes_), ["a", "b"], "classes_ after refit")
        check_equal(list(enc.transform(["b"])), [1], "transform after refit")
        check_raises(ValueError, enc.transform, ["x"])

    def test_empty_inputs(self):
        """Empty lists are fine: no classes, empty transforms"""
        enc = LabelEncoder().fit([])
        check_equal(list(enc.classes_), [], "classes_ of an empty fit")
        check_equal(list(enc.transform([])), [], "transform([])")
        enc.fit(["q"])
        check_equal(list(enc.inverse_transform([])), [], "inverse_transform([])")

    def test_tuple_labels_and_generator_input(self):
        """Tuple labels work, and fit_transform accepts a one-shot generator"""
        enc = LabelEncoder()
        codes = enc.fit_transform(lab for lab in [("b", 1), ("a", 2), ("b", 1)])
        check_equal(list(enc.classes_), [("a", 2), ("b", 1)], "classes_")
        check_equal(list(codes), [1, 0, 1], "fit_transform of a generator")

    def test_input_unchanged(self):
        """fit and transform do not modify the input list"""
        labels = ["c", "a", "b"]
        LabelEncoder().fit(labels).transform(labels)
        check_equal(labels, ["c", "a", "b"], "labels after the calls")


class GapTests(unittest.TestCase):
    def test_non_integer_codes_raise(self):
        """inverse_transform refuses the float code 1.0 and the string '1' with ValueError"""
        enc = LabelEncoder().fit(["a", "b", "c"])
        check_raises(ValueError, enc.inverse_transform, [1.0])
        check_raises(ValueError, enc.inverse_transform, ["1"])


if __name__ == "__main__":
    unittest.main()
