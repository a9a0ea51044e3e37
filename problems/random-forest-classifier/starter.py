import numpy as np


class RandomForestClassifier:
    """Bagged CART trees with a random feature subset at every node; soft voting."""

    def __init__(self, n_estimators=50, max_features="sqrt", max_depth=None,
                 min_samples_split=2, bootstrap=True, seed=0):
        self.n_estimators = n_estimators
        self.max_features = max_features
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split
        self.bootstrap = bootstrap
        self.seed = seed

    def fit(self, X, y):
        """Grow n_estimators trees; set self.classes_ (sorted distinct labels); return self."""
        raise NotImplementedError("fit is not implemented yet")

    def predict_proba(self, X):
        """Average over trees of the leaf class fractions: float64 (m, len(classes_))."""
        raise NotImplementedError("predict_proba is not implemented yet")

    def predict(self, X):
        """classes_ of the largest averaged fraction; ties go to the smallest label."""
        raise NotImplementedError("predict is not implemented yet")
