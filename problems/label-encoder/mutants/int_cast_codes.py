import operator


class LabelEncoder:
    def fit(self, labels):
        self.classes_ = sorted(set(labels))
        self._index = {label: code for code, label in enumerate(self.classes_)}
        return self

    def transform(self, labels):
        codes = []
        for label in labels:
            if label not in self._index:
                raise ValueError("unseen label %r; known labels: %r" % (label, self.classes_))
            codes.append(self._index[label])
        return codes

    def fit_transform(self, labels):
        labels = list(labels)  # a generator can only be read once
        return self.fit(labels).transform(labels)

    def inverse_transform(self, codes):
        out = []
        for code in codes:
            try:
                i = int(code)
            except (TypeError, ValueError):
                raise ValueError("code %r is not an integer" % (code,)) from None
            if not 0 <= i < len(self.classes_):
                raise ValueError("code %d is out of range 0..%d" % (i, len(self.classes_) - 1))
            out.append(self.classes_[i])
        return out
