# Wrong: looks labels up in a dict directly, so an unseen label raises KeyError instead of ValueError.
class LabelEncoder:
    def fit(self, labels):
        self.classes_ = sorted(set(labels))
        self._index = {lab: i for i, lab in enumerate(self.classes_)}
        return self

    def transform(self, labels):
        return [self._index[lab] for lab in labels]

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
