import Foundation

/// Prints a line (a warning, a summary of what was done) on standard error, keeping standard output for results.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
