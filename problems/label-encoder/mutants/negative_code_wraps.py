# Wrong: inverse_transform indexes the list directly, so -1 silently wraps to the last class.
class LabelEncoder:
    def fit(self, labels):
        self.classes_ = sorted(set(labels))
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
        try:
            return [self.classes_[c] for c in codes]
        except IndexError as err:
            raise ValueError(str(err))
