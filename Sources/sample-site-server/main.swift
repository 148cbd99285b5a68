import Foundation
import LoopbackServer

// Serves the bundled sample agency site (its files and the media made in code) on 127.0.0.1 for `make demo`.
// Usage: sample-site-server DIRECTORY [PORT]; prints the base URL, then serves until killed.
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: sample-site-server DIRECTORY [PORT]\n".utf8))
    exit(2)
}
let port = arguments.count >= 3 ? Int(arguments[2]) ?? 0 : 0
do {
    let server = try SampleSite.serve(root: URL(fileURLWithPath: arguments[1]), port: port)
    FileHandle.standardOutput.write(Data("\(server.baseURL)\n".utf8))
    while true { sleep(3600) }
} catch {
    FileHandle.standardError.write(Data("sample-site-server: cannot listen: \(error)\n".utf8))
    exit(1)
}
