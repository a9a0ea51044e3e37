import unittest

from mlreps_check import check, check_equal
from solution import LabelEncoder


class VisibleTests(unittest.TestCase):
    def test_fit_sorts_classes(self):
        """classes_ is the sorted list of distinct labels and fit returns self"""
        enc = LabelEncoder()
        check(enc.fit(["dog", "cat", "dog", "bird"]) is enc, "fit must return self", "self", "another object")
        check_equal(list(enc.classes_), ["bird", "cat", "dog"], "classes_")

    def test_transform_and_inverse(self):
        """transform gives sorted-order codes and inverse_transform maps them back"""
        enc = LabelEncoder().fit(["dog", "cat", "dog", "bird"])
        check_equal(list(enc.transform(["cat", "dog", "cat"])), [1, 2, 1], "transform")
        check_equal(list(enc.inverse_transform([2, 0])), ["dog", "bird"], "inverse_transform")

    def test_unseen_label_raises_value_error(self):
        """transform of an unseen label raises ValueError that names the label"""
        enc = LabelEncoder().fit(["dog", "cat"])
        with self.assertRaises(ValueError) as ctx:
            enc.transform(["cat", "zebra"])
        check("zebra" in str(ctx.exception), "the error message should mention the unseen label",
              "a message containing 'zebra'", str(ctx.exception))


if __name__ == "__main__":
    unittest.main()
