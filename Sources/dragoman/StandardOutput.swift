import DragomanText
import Glibc

/// Writes bytes to standard output without going through a `String`.
///
/// `print` needs a `String`, which for a large result means decoding it and copying it once more; the commands that
/// stream bytes write them here instead, and a failed write (a full disk, a closed pipe) ends the command with an
/// error rather than being ignored.
enum StandardOutput {
    /// A write to standard output failed.
    struct WriteFailure: Error, CustomStringConvertible {
        /// The system's reason, from `errno`.
        let reason: String

        var description: String { "cannot write to standard output: \(reason)" }
    }

    /// Writes all of `bytes` (`Descriptor.writeAll`).
    static func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(WriteFailure) {
        let failure = Descriptor.writeAll(UnsafeRawBufferPointer(bytes), to: STDOUT_FILENO)
        if failure != 0 { throw WriteFailure(reason: String(cString: strerror(failure))) }
    }

    /// Writes one byte (a closing line feed).
    static func write(byte: UInt8) throws(WriteFailure) {
        try withUnsafePointer(to: byte) { pointer throws(WriteFailure) in
            try write(UnsafeBufferPointer(start: pointer, count: 1))
        }
    }
}
