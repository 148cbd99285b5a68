/// Values stored once each and numbered in the order first seen, for tables that would
/// otherwise hold the same few values once per page.
public struct InternTable<Value: Hashable> {
    private var values: [Value] = []
    private var numbers: [Value: Int32] = [:]

    public init() {}

    /// How many distinct values are stored.
    public var count: Int { values.count }

    /// The number of `value`, storing it first if it is new.
    public mutating func number(of value: Value) -> Int32 {
        if let number = numbers[value] { return number }
        let number = Int32(values.count)
        values.append(value)
        numbers[value] = number
        return number
    }

    public subscript(number: Int32) -> Value { values[Int(number)] }
}

extension InternTable: Sendable where Value: Sendable {}
