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
    /// The memory the buffer holds, in bytes (about `capacity`, whatever was written).
    var bufferMemory: Int { buffer.capacity }

    /// Creates (or empties) the file at `path`.
    init(path: String, label: String? = nil) throws(TextError) {
        self.path = path
        self.label = label ?? path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw .unwritable(file: label ?? path, reason: "cannot create: \(String(cString: strerror(errno)))")
        }
        buffer.reserveCapacity(Self.capacity)
    }

    deinit { if descriptor >= 0 { Glibc.close(descriptor) } }

    /// The buffer's size: it is written out before a piece would overflow it, so it never grows past this.
    static let capacity = 1 << 20

    /// Appends bytes.
    func write(_ bytes: UnsafeRawBufferPointer) throws(TextError) {
        onWrite?(bytes)
        count += bytes.count
        if buffer.count + bytes.count > Self.capacity { try flush() }
        if bytes.count >= Self.capacity {
            try writeOut(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Appends bytes.
    func write(_ bytes: [UInt8]) throws(TextError) {
        try bytes.withUnsafeBytes { bytes in Result { () throws(TextError) in try write(bytes) } }.get()
    }

    /// Appends text as UTF-8.
    func write(_ text: String) throws(TextError) {
        var text = text
        try text.withUTF8 { bytes in Result { () throws(TextError) in try write(UnsafeRawBufferPointer(bytes)) } }.get()
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
        defer { buffer.removeAll(keepingCapacity: true) }
        try buffer.withUnsafeBytes { bytes in Result { () throws(TextError) in try writeOut(bytes) } }.get()
    }

    private func writeOut(_ bytes: UnsafeRawBufferPointer) throws(TextError) {
        let failure = Descriptor.writeAll(bytes, to: descriptor)
        if failure != 0 {
            throw .unwritable(file: label, reason: "cannot write: \(String(cString: strerror(failure)))")
        }
    }
}
