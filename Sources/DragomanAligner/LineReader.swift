import DragomanText
import Foundation

/// Reads a UTF-8 text file line by line in fixed-size chunks, so a large file is never held whole.
///
/// A leading BOM is skipped and a CR before the line feed dropped. A line that is not valid UTF-8 or holds a NUL
/// byte is an error naming the file, the line and the byte offset.
final class LineReader {
    let path: String
    private let descriptor: Int32
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEnd = false
    /// The number of the line last returned (1-based).
    private(set) var lineNumber = 0
    /// The file offset of `buffer[0]`.
    private var bufferOffset = 0

    init(path: String, chunkSize: Int = 1 << 20) throws(AlignerError) {
        self.path = path
        var status = stat()
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw .unreadable(file: path, reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno)))
        }
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw .unreadable(file: path, reason: "it is a folder, not a file")
        }
        buffer = [UInt8](repeating: 0, count: chunkSize)
    }

    deinit { close(descriptor) }

    /// The next line, or nil at the end of the file.
    func next() throws(AlignerError) -> String? {
        while true {
            if let newline = buffer[start..<end].firstIndex(of: 0x0A) {
                let line = try decode(start, newline)
                start = newline + 1
                return line
            }
            if atEnd {
                guard start < end else { return nil }
                let line = try decode(start, end)
                start = end
                return line
            }
            try fill()
        }
    }

    /// Moves the unread bytes to the front (growing the buffer for a line longer than it) and reads more.
    private func fill() throws(AlignerError) {
        if start > 0 {
            let count = end - start
            if count > 0 {
                buffer.withUnsafeMutableBufferPointer {
                    $0.baseAddress!.update(from: $0.baseAddress! + start, count: count)
                }
            }
            bufferOffset += start
            end = count
            start = 0
        }
        if end == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
        let capacity = buffer.count - end
        let got = buffer.withUnsafeMutableBufferPointer { pointer in
            var got = -1
            repeat { got = read(descriptor, pointer.baseAddress! + end, capacity) } while got < 0 && errno == EINTR
            return got
        }
        if got < 0 { throw .unreadable(file: path, reason: String(cString: strerror(errno))) }
        if got == 0 { atEnd = true }
        end += got
    }

    private func decode(_ lower: Int, _ upper: Int) throws(AlignerError) -> String {
        lineNumber += 1
        var from = lower
        var to = upper
        if lineNumber == 1, to - from >= 3, buffer[from] == 0xEF, buffer[from + 1] == 0xBB, buffer[from + 2] == 0xBF {
            from += 3
        }
        if to > from, buffer[to - 1] == 0x0D { to -= 1 }
        return try buffer.withUnsafeBufferPointer { pointer throws(AlignerError) in
            let bytes = UnsafeBufferPointer(rebasing: pointer[from..<to])
            if bytes.contains(0) { throw .binary(file: path, line: lineNumber) }
            if let text = String(validatingUTF8: bytes) { return text }
            throw .invalidUTF8(
                file: path, line: lineNumber, offset: bufferOffset + from + (firstInvalidUTF8Offset(bytes) ?? 0))
        }
    }
}
