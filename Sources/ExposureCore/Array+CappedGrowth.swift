extension Array {
    /// Appends `element` to an array that never holds more than `limit` elements, growing its
    /// storage no further than that.
    ///
    /// A finding keeps its first 20 occurrences; doubling from 16 would reserve room for 32,
    /// and a large site has thousands of findings that fill up.
    public mutating func append(_ element: Element, neverMoreThan limit: Int) {
        if count == capacity, count < limit { reserveCapacity(Swift.min(Swift.max(count * 2, 1), limit)) }
        append(element)
    }
}
