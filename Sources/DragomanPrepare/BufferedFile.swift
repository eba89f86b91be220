import DragomanText
import Foundation

/// A new file written in pieces through a buffer of a megabyte: batch files streamed from spools, and the spools.
final class BufferedFile {
    /// Where it is.
    let path: String
    /// The name errors give (the file's place in the output, not the stage).
    let label: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    /// Called with each piece as it is written (for a checksum).
    var onWrite: ((UnsafeRawBufferPointer) -> Void)?
    /// Bytes written so far.
    private(set) var count = 0

    /// Creates (or empties) the file at `path`.
    init(path: String, label: String? = nil) throws(TextError) {
        self.path = path
        self.label = label ?? path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw .unwritable(file: label ?? path, reason: "cannot create: \(String(cString: strerror(errno)))")
        }
        buffer.reserveCapacity(1 << 20)
    }

    deinit { if descriptor >= 0 { Glibc.close(descriptor) } }

    /// Appends bytes.
    func write(_ bytes: UnsafeRawBufferPointer) throws(TextError) {
        append(bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Appends bytes.
    func write(_ bytes: [UInt8]) throws(TextError) {
        bytes.withUnsafeBytes { append($0) }
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Appends text as UTF-8.
    func write(_ text: String) throws(TextError) {
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
        if buffer.count >= 1 << 20 { try flush() }
    }

    private func append(_ bytes: UnsafeRawBufferPointer) {
        onWrite?(bytes)
        count += bytes.count
        buffer.append(contentsOf: bytes)
    }

    /// Writes what is buffered and closes the file.
    func close() throws(TextError) {
        try flush()
        if descriptor >= 0, Glibc.close(descriptor) != 0 {
            descriptor = -1
            throw .unwritable(file: label, reason: "cannot write: \(String(cString: strerror(errno)))")
        }
        descriptor = -1
    }

    private func flush() throws(TextError) {
        let failure = buffer.withUnsafeBytes { Descriptor.writeAll($0, to: descriptor) }
        buffer.removeAll(keepingCapacity: true)
        if failure != 0 {
            throw .unwritable(file: label, reason: "cannot write: \(String(cString: strerror(failure)))")
        }
    }
}
