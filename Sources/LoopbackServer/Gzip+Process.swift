import Foundation

/// `bytes` compressed by the system's `gzip`, as a server or a `.gz` file would hold them;
/// for tests, which must not check the decompressor with itself.
public func systemGzip(_ bytes: [UInt8], level: Int = 6) throws -> [UInt8] {
    let input = FileManager.default.temporaryDirectory.appendingPathComponent("exposure-gzip-\(UUID()).bin")
    try Data(bytes).write(to: input)
    defer { try? FileManager.default.removeItem(at: input) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["gzip", "-c", "-n", "-\(level)", input.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let compressed = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return [UInt8](compressed)
}
