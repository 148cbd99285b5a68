import Foundation

/// How values that SQLite has no type for are stored: JSON text with sorted keys (stable
/// bytes for equal values), enums by raw value. A value this build cannot read is a
/// ``StoreError`` rather than a crash.
enum ColumnCoding {
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw StoreError(.database, "Could not encode \(type(of: value)) for the history", cause: error)
        }
    }

    static func decodeJSON<Value: Decodable>(_ text: String) throws -> Value {
        do {
            return try JSONDecoder().decode(Value.self, from: Data(text.utf8))
        } catch {
            throw StoreError(.database, "The history holds an unreadable \(Value.self)", cause: error)
        }
    }

    static func decodeEnum<Value: RawRepresentable>(_ rawValue: String, column: String) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: rawValue) else {
            throw StoreError(.database, "The history holds \(column) '\(rawValue)', unknown to this exposure-audit")
        }
        return value
    }
}
