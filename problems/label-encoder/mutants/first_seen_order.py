# Wrong: codes follow the order of first appearance instead of sorted order.
class LabelEncoder:
    def fit(self, labels):
        self.classes_ = list(dict.fromkeys(labels))
        self._index = {lab: i for i, lab in enumerate(self.classes_)}
        return self

    def transform(self, labels):
        out = []
        for lab in labels:
            if lab not in self._index:
                raise ValueError("unseen label %r" % (lab,))
            out.append(self._index[lab])
        return out

    def fit_transform(self, labels):
        labels = list(labels)
        return self.fit(labels).transform(labels)

    def inverse_transform(self, codes):
        out = []
        for c in codes:
            if not 0 <= c < len(self.classes_):
                raise ValueError("bad code %r" % (c,))
            out.append(self.classes_[c])
        return out
