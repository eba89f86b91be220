import DragomanText
import Foundation

/// A temporary file of records, each a run of `UInt32`, written once and then read back in order as often as
/// needed.
///
/// The aligner keeps the corpus (word ids) and the alignments here instead of in memory, so its memory grows with
/// the vocabulary, not with the number of sentence pairs. Records are read in 4 MB chunks; the file is removed when
/// the object goes away.
final class RecordFile {
    let path: String
    private var descriptor: Int32
    private var pending: [UInt32] = []
    /// Records written.
    private(set) var count = 0

    /// Creates an empty file in the temporary folder.
    init(prefix: String) throws(AlignerError) {
        let failure: Int32
        (descriptor, path, failure) = Descriptor.makeTemporaryFile(prefix: prefix)
        guard descriptor >= 0 else { throw .workingFile(path: path, reason: String(cString: strerror(failure))) }
        pending.reserveCapacity(1 << 20)
    }

    deinit {
        close(descriptor)
        unlink(path)
    }

    /// Appends one record: its length, then its values.
    func append(_ values: UnsafeBufferPointer<UInt32>) throws(AlignerError) {
        pending.append(UInt32(values.count))
        pending.append(contentsOf: values)
        count += 1
        if pending.count >= 1 << 20 { try flush() }
    }

    /// Appends one record from an array.
    func append(_ values: [UInt32]) throws(AlignerError) {
        try values.withUnsafeBufferPointer { buffer throws(AlignerError) in try append(buffer) }
    }

    /// Writes what is buffered to the file.
    func flush() throws(AlignerError) {
        guard !pending.isEmpty else { return }
        let failed = pending.withUnsafeBytes { Descriptor.writeAll($0, to: descriptor) }
        if failed != 0 { throw .workingFile(path: path, reason: String(cString: strerror(failed))) }
        pending.removeAll(keepingCapacity: true)
    }

    /// Calls `body` with the index and values of every record, in order. Flushes first.
    func forEach(_ body: (Int, UnsafeBufferPointer<UInt32>) throws(AlignerError) -> Void) throws(AlignerError) {
        try flush()
        guard lseek(descriptor, 0, SEEK_SET) == 0 else {
            throw .workingFile(path: path, reason: String(cString: strerror(errno)))
        }
        var buffer = [UInt32](repeating: 0, count: 1 << 20)
        var filled = 0
        var index = 0
        var exhausted = false
        while true {
            // Parse the complete records in buffer[0..<filled].
            var position = 0
            try buffer.withUnsafeBufferPointer { values throws(AlignerError) in
                while position < filled {
                    let length = Int(values[position])
                    guard position + 1 + length <= filled else { break }
                    try body(index, UnsafeBufferPointer(rebasing: values[(position + 1)..<(position + 1 + length)]))
                    index += 1
                    position += 1 + length
                }
            }
            if exhausted {
                guard position == filled, index == count else {
                    throw .workingFile(path: path, reason: "the file ends inside a record")
                }
                return
            }
            // Keep the incomplete record, growing the buffer when one record is larger than it.
            let rest = filled - position
            if rest > 0 {
                buffer.withUnsafeMutableBufferPointer {
                    $0.baseAddress!.update(from: $0.baseAddress! + position, count: rest)
                }
            }
            filled = rest
            if filled == buffer.count || (filled > 0 && Int(buffer[0]) + 1 > buffer.count) {
                buffer += [UInt32](repeating: 0, count: max(buffer.count, Int(buffer[0]) + 1))
            }
            let got = buffer.withUnsafeMutableBytes { bytes -> Int in
                let start = filled * 4
                var total = 0
                while start + total < bytes.count {
                    let read = Foundation.read(
                        descriptor, bytes.baseAddress! + start + total, bytes.count - start - total)
                    if read < 0 && errno == EINTR { continue }
                    if read < 0 { return -1 }
                    if read == 0 { break }
                    total += read
                    if total % 4 == 0 { break }
                }
                return total
            }
            if got < 0 { throw .workingFile(path: path, reason: String(cString: strerror(errno))) }
            if got == 0 { exhausted = true }
            filled += got / 4
        }
    }
}
