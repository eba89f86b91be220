import DragomanText
import Foundation

/// An append-only file of numbered records (an article's rows of a batch file, its part of the report), written
/// while the articles are worked on and read back in article order when the batch files are made.
///
/// Batch files such as `report.html` hold something of every article; kept in memory they would grow with the
/// text. Each task (or shard) writes its articles' records in ascending order to its own spool, and `merged`
/// reads several spools at once, always taking the lowest number next, so the batch file is written in batch order
/// with one record per spool in memory. A record is its number and length (8 bytes each, little-endian) and its
/// bytes.
final class RecordSpool {
    private let file: BufferedFile
    private var header: [UInt8] = []

    /// A new, empty spool at `path`.
    init(path: String) throws(TextError) {
        file = try BufferedFile(path: path)
    }

    /// Where the spool is.
    var path: String { file.path }

    /// Appends the record of article `number`.
    func append(_ number: Int, _ text: String) throws(TextError) {
        try writeHeader(number, length: text.utf8.count)
        try file.write(text)
    }

    /// Appends the record of article `number`, bytes.
    func append(_ number: Int, bytes: [UInt8]) throws(TextError) {
        try writeHeader(number, length: bytes.count)
        try file.write(bytes)
    }

    private func writeHeader(_ number: Int, length: Int) throws(TextError) {
        header.removeAll(keepingCapacity: true)
        Self.put(UInt64(number), into: &header)
        Self.put(UInt64(length), into: &header)
        try file.write(header)
    }

    /// Writes what is buffered and closes the file.
    func close() throws(TextError) { try file.close() }

    private static func put(_ value: UInt64, into buffer: inout [UInt8]) {
        for shift in stride(from: 0, to: 64, by: 8) { buffer.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    /// The records of the spools at `paths`, in ascending article number, one at a time to `body`.
    static func merged(_ paths: [String], _ body: (Int, [UInt8]) throws(TextError) -> Void)
        throws(TextError)
    {
        var records = try Merge(paths)
        while let (number, bytes) = try records.next() { try body(number, bytes) }
    }

    /// The records of several spools in ascending article number, read one at a time.
    struct Merge {
        private var readers: [Reader] = []
        private var heads: [(number: Int, bytes: [UInt8])?] = []

        /// A merge of the spools at `paths`.
        init(_ paths: [String]) throws(TextError) {
            for path in paths {
                let reader = try Reader(path: path)
                readers.append(reader)
                heads.append(try reader.next())
            }
        }

        /// The record with the lowest number not given yet, or nil when every spool is read.
        mutating func next() throws(TextError) -> (number: Int, bytes: [UInt8])? {
            var best = -1
            for (index, head) in heads.enumerated() {
                guard let head else { continue }
                if best < 0 || head.number < heads[best]!.number { best = index }
            }
            guard best >= 0, let head = heads[best] else { return nil }
            heads[best] = try readers[best].next()
            return head
        }
    }

    /// Reads a spool's records in order.
    final class Reader {
        let path: String
        private let handle: UnsafeMutablePointer<FILE>

        init(path: String) throws(TextError) {
            self.path = path
            guard let handle = fopen(path, "rb") else {
                throw .unreadable(file: path, reason: String(cString: strerror(errno)))
            }
            self.handle = handle
        }

        deinit { fclose(handle) }

        /// The next record, or nil at the end.
        func next() throws(TextError) -> (number: Int, bytes: [UInt8])? {
            var header = [UInt8](repeating: 0, count: 16)
            let got = fread(&header, 1, 16, handle)
            if got == 0, feof(handle) != 0 { return nil }
            guard got == 16 else { throw .unreadable(file: path, reason: "the spool ends inside a record header") }
            func value(_ at: Int) -> UInt64 {
                (0..<8).reduce(UInt64(0)) { $0 | UInt64(header[at + $1]) << UInt64(8 * $1) }
            }
            let number = value(0)
            let length = value(8)
            guard number < UInt64(Int.max), length < 1 << 40 else {
                throw .unreadable(file: path, reason: "not a spool of records")
            }
            var bytes = [UInt8](repeating: 0, count: Int(length))
            if length > 0, fread(&bytes, 1, Int(length), handle) != Int(length) {
                throw .unreadable(file: path, reason: "the spool ends inside a record")
            }
            return (Int(number), bytes)
        }
    }
}
