import unittest

import numpy as np

from mlreps_check import check, check_close, check_shape
from solution import perceptron

X_EX = np.array([[1.0, 0.0], [-3.0, -3.0], [3.0, 2.0], [2.0, 0.0]])
Y_EX = np.array([1, 1, -1, -1])


class VisibleTests(unittest.TestCase):
    def test_one_epoch(self):
        """Worked example, 1 epoch: updates on points 0 and 1 give w=[-2,-3], b=2"""
        w, b = perceptron(X_EX, Y_EX, epochs=1)
        check_shape(w, (2,), "w")
        check_close(w, [-2.0, -3.0], 0, 0, "w after 1 epoch")
        check_close(b, 2.0, 0, 0, "b after 1 epoch")

    def test_two_epochs_boundary_counts_as_mistake(self):
        """Worked example, 2 epochs: a score of exactly 0 triggers an update, giving w=[-3,-3], b=2"""
        w, b = perceptron(X_EX, Y_EX, epochs=2)
        check_close(w, [-3.0, -3.0], 0, 0, "w after 2 epochs")
        check_close(b, 2.0, 0, 0, "b after 2 epochs")

    def test_converges_on_example(self):
        """Worked example: from epoch 3 on nothing changes and every point is classified correctly"""
        for epochs in (3, 4, 10):
            w, b = perceptron(X_EX, Y_EX, epochs=epochs)
            check_close(w, [-2.0, -3.0], 0, 0, "w after %d epochs" % epochs)
            check_close(b, 3.0, 0, 0, "b after %d epochs" % epochs)
        margins = Y_EX * (X_EX @ np.asarray(w) + b)
        check(np.all(margins > 0), "every point must be strictly on the correct side", "all margins > 0", margins)


if __name__ == "__main__":
    unittest.main()
