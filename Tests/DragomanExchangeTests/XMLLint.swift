import Foundation

/// Runs `xmllint --relaxng` (libxml2-utils, installed by CI) on a document.
enum XMLLint {
    struct Result {
        var status: Int32
        var output: String
    }

    static func validate(_ document: String, schema: URL) throws -> Result {
        let path = try TemporaryFile.write(document, name: "export.tbx")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xmllint", "--nonet", "--noout", "--relaxng", schema.path, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
