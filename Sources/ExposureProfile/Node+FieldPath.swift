import Yams

extension Node {
    /// The node at a path, or nil when the path leaves the document.
    func node(at path: FieldPath) -> Node? {
        var node = self
        for component in path.components {
            switch (component, node) {
            case (.key(let key), .mapping(let mapping)):
                guard let child = mapping[key] else { return nil }
                node = child
            case (.index(let index), .sequence(let sequence)):
                guard sequence.indices.contains(index) else { return nil }
                node = sequence[index]
            default:
                return nil
            }
        }
        return node
    }

    /// The line of the deepest node on the path that exists: the value itself, or the mapping
    /// a missing key should have been in.
    func line(at path: FieldPath) -> Int? {
        var path = path
        while true {
            if let line = node(at: path)?.mark?.line { return line }
            guard !path.components.isEmpty else { return nil }
            path.components.removeLast()
        }
    }

    /// The mapping keys of this document that `known` lacks, with their paths and lines.
    ///
    /// `known` is the same document as the model understood it (decoded and encoded again), so
    /// a key only here is one the model ignored: a typo, or a field that does not exist.
    /// Null values are skipped, as they set nothing either way.
    func keys(unknownTo known: Node, at path: FieldPath = FieldPath()) -> [(path: FieldPath, line: Int?)] {
        switch (self, known) {
        case (.mapping(let mapping), .mapping(let knownMapping)):
            return mapping.flatMap { key, value -> [(path: FieldPath, line: Int?)] in
                guard let name = key.string else { return [] }
                guard let knownValue = knownMapping[name] else {
                    return value.null == nil ? [(path.appending(name), key.mark?.line)] : []
                }
                return value.keys(unknownTo: knownValue, at: path.appending(name))
            }
        case (.sequence(let sequence), .sequence(let knownSequence)):
            return zip(sequence, knownSequence).enumerated().flatMap { index, pair in
                pair.0.keys(unknownTo: pair.1, at: path.appending(index))
            }
        default:
            return []
        }
    }
}
