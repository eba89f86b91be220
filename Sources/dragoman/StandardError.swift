import DragomanText
import Glibc

/// Prints a line (a warning, a summary of what was done) on standard error, keeping standard output for results.
func printError(_ message: String) {
    writeToStandardError(message + "\n")
}

/// Writes `text` to standard error as it is. A failure is ignored: there is nowhere left to report it, and
/// `FileHandle.write` would trap, ending a run that did its work with a crash (standard error closed, or full).
func writeToStandardError(_ text: String) {
    var text = text
    text.withUTF8 { _ = Descriptor.writeAll(UnsafeRawBufferPointer($0), to: STDERR_FILENO) }
}
