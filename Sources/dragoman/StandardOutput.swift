import DragomanText
// `stdout` is a C global that Swift 6 cannot prove safe to share; only the command's own task uses it here.
@preconcurrency import Glibc

/// Writes bytes to standard output without going through a `String`, and checks what `print` wrote.
///
/// `print` needs a `String`, which for a large result means decoding it and copying it once more; the commands that
/// stream bytes write them here instead, and a failed write (a full disk, a closed pipe) ends the command with an
/// error rather than being ignored. `print` itself ignores a failed write (it goes through the C library's
/// buffer), so `dragoman` checks that buffer once the command is done (`checkPrinted`).
enum StandardOutput {
    /// A write to standard output failed.
    struct WriteFailure: Error, CustomStringConvertible {
        /// The system's reason, from `errno`.
        let reason: String

        var description: String { "cannot write to standard output: \(reason)" }
    }

    /// Writes all of `bytes` (`Descriptor.writeAll`), after anything `print` left in the C library's buffer.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(WriteFailure) {
        if fflush(stdout) != 0 { throw WriteFailure(reason: String(cString: strerror(errno))) }
        let failure = Descriptor.writeAll(UnsafeRawBufferPointer(bytes), to: STDOUT_FILENO)
        if failure != 0 { throw WriteFailure(reason: String(cString: strerror(failure))) }
    }

    /// Writes `text`'s UTF-8 bytes.
    static func write(_ text: String) throws(WriteFailure) {
        var text = text
        let failure: WriteFailure? = text.withUTF8 { bytes in
            do throws(WriteFailure) {
                try write(bytes)
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
    }

    /// Flushes what `print` wrote and throws if any of it could not be written (`Foundation.FileHandle.write`
    /// traps instead, and `print` says nothing): a result cut short on a full disk must not end with status 0.
    static func checkPrinted() throws(WriteFailure) {
        if fflush(stdout) != 0 { throw WriteFailure(reason: String(cString: strerror(errno))) }
        if ferror(stdout) != 0 { throw WriteFailure(reason: "part of the output was not written") }
    }

    /// Writes one byte (a closing line feed).
    static func write(byte: UInt8) throws(WriteFailure) {
        try withUnsafePointer(to: byte) { pointer throws(WriteFailure) in
            try write(UnsafeBufferPointer(start: pointer, count: 1))
        }
    }
}
