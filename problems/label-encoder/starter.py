class LabelEncoder:
    """Map hashable, sortable labels to the integer codes 0..K-1 in sorted order."""

    def fit(self, labels):
        """Learn classes_ = sorted distinct labels (a list); return self."""
        raise NotImplementedError("fit is not implemented yet")

    def transform(self, labels):
        """List of codes (ints) for labels; raise ValueError naming any label not seen in fit."""
        raise NotImplementedError("transform is not implemented yet")

    def fit_transform(self, labels):
        """fit(labels), then transform(labels)."""
        raise NotImplementedError("fit_transform is not implemented yet")

    def inverse_transform(self, codes):
        """List of labels for integer codes; raise ValueError for a code outside 0..K-1."""
        raise NotImplementedError("inverse_transform is not implemented yet")
