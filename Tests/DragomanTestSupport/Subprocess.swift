public import Foundation

/// The outcome of a finished process.
public struct ProcessOutput: Sendable {
    /// The exit status (or the signal number when the process was killed by one).
    public var status: Int32
    /// Standard output, decoded as UTF-8 (invalid bytes replaced).
    public var stdout: String
    /// Standard error, decoded as UTF-8 (invalid bytes replaced).
    public var stderr: String

    /// Standard output and standard error, for failure messages.
    public var combined: String { stdout + stderr }
}

/// Runs programs for tests, reading both pipes while the process runs so that large outputs cannot block it.
public enum Subprocess {
    /// Runs `executable` (a path, or a name looked up on `PATH`) with `arguments` and waits for it.
    public static func run(
        _ executable: String, _ arguments: [String], input: Data? = nil, in directory: URL? = nil,
        environment: [String: String] = [:]
    ) throws -> ProcessOutput {
        let process = Process()
        process.executableURL = URL(
            fileURLWithPath: executable.contains("/") ? executable : ExternalTool.path(executable) ?? executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe()
        let err = Pipe()
        let inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        if let input {
            DispatchQueue.global().async {
                inp.fileHandleForWriting.write(input)
                try? inp.fileHandleForWriting.close()
            }
        } else {
            try inp.fileHandleForWriting.close()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return ProcessOutput(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
