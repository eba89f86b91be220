import DragomanICU
import Foundation

/// Reads documents from files, folders or standard input, and decodes them.
///
/// UTF-8 (with or without BOM) and UTF-16 (with BOM) are recognized by their bytes; anything that is not valid UTF-8
/// goes to ICU's charset detector, which recognizes Windows-1256 Arabic. Invalid bytes are an error naming the file
/// and byte offset unless `lossy` is set; a NUL byte marks a binary file, which is refused.
public struct TextReader: Sendable {
    /// The encoding to decode with; nil detects it.
    public var encoding: TextEncoding?
    /// Replace invalid bytes with U+FFFD instead of failing.
    public var lossy: Bool
    /// The largest document read in one piece, in bytes.
    public var sizeLimit: Int

    /// A reader with the given options; `sizeLimit` defaults to the document limit (256 MiB, `Limits`).
    public init(encoding: TextEncoding? = nil, lossy: Bool = false, sizeLimit: Int? = nil) {
        self.encoding = encoding
        self.lossy = lossy
        self.sizeLimit = sizeLimit ?? Limits.documentBytes
    }

    /// Reads and decodes a file, or standard input when `path` is "-".
    public func read(path: String) throws(TextError) -> SourceText {
        try decode(readBytes(path: path), name: path)
    }

    /// The bytes of a file, or of standard input when `path` is "-", undecoded (XML carries its own encoding), at
    /// most `sizeLimit` of them.
    package func readBytes(path: String) throws(TextError) -> [UInt8] {
        if path == "-" { return try readBytes(from: STDIN_FILENO, name: path) }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw .unreadable(file: path, reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        return try readBytes(from: descriptor, name: path)
    }

    /// Everything an open file, pipe or terminal gives, stopping as soon as more than `sizeLimit` bytes have come:
    /// a regular file's size is checked before reading, a stream's count as it is read, so neither is ever held
    /// whole past the limit.
    package func readBytes(from descriptor: Int32, name: String) throws(TextError) -> [UInt8] {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw .unreadable(file: name, reason: String(cString: strerror(errno)))
        }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(file: name, reason: "it is a folder, not a file") }
        let regular = (status.st_mode & S_IFMT) == S_IFREG
        let size = regular ? Int(status.st_size) : 0
        if size > sizeLimit { throw .tooLarge(file: name, size: size, limit: sizeLimit) }
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var total = 0
            while total < size {
                let got = Glibc.read(descriptor, buffer.baseAddress! + total, size - total)
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failure = errno }
                if got <= 0 { break }
                total += got
            }
            initialized = total
        }
        if failure != 0 { throw .unreadable(file: name, reason: String(cString: strerror(failure))) }
        // A stream (standard input, a pipe), a file that grew while being read, or a special file reporting size 0:
        // read the rest in chunks, checking the limit after each.
        let tooLarge = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 65536) { chunk in
            while true {
                let got = Glibc.read(descriptor, chunk.baseAddress!, chunk.count)
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failure = errno }
                if got <= 0 { return false }
                bytes += chunk[..<got]
                if bytes.count > sizeLimit { return true }
            }
        }
        if tooLarge { throw .tooLarge(file: name, size: nil, limit: sizeLimit) }
        if failure != 0 { throw .unreadable(file: name, reason: String(cString: strerror(failure))) }
        return bytes
    }

    /// Decodes bytes already in memory; `name` is used in errors and reports.
    public func decode(_ bytes: [UInt8], name: String) throws(TextError) -> SourceText {
        try bytes.withUnsafeBufferPointer { buffer throws(TextError) in try decode(buffer, name: name) }
    }

    func decode(_ bytes: UnsafeBufferPointer<UInt8>, name: String) throws(TextError) -> SourceText {
        // Byte-order marks decide first.
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF),
            encoding == nil || encoding == .utf16
        {
            return try decodeUTF16(bytes, name: name)
        }
        if encoding != .utf16, let offset = ByteScan.firstZero(bytes) {
            throw .binary(file: name, offset: offset)
        }
        var body = bytes
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            body = UnsafeBufferPointer(rebasing: bytes[3...])
        }
        switch encoding {
        case .utf16:
            return try decodeUTF16(bytes, name: name)
        case .windows1256:
            return try decodeWithICU(bytes, charset: "windows-1256", encoding: .windows1256, name: name)
        case .utf8:
            return try decodeUTF8(body, bomLength: bytes.count - body.count, name: name)
        case nil:
            if let text = String(validatingUTF8: body) {
                return SourceText(name: name, text: text, encoding: .utf8)
            }
            let bad = firstInvalidUTF8Offset(body) ?? 0
            if body.count == bytes.count, let detected = CharsetConverter.detect(bytes),
                ["windows-1256", "ISO-8859-6"].contains(detected.name), detected.confidence >= 10
            {
                return try decodeWithICU(bytes, charset: "windows-1256", encoding: .windows1256, name: name)
            }
            if lossy { return lossyUTF8(body, name: name) }
            throw invalidUTF8(body, at: bad, bomLength: bytes.count - body.count, name: name)
        }
    }

    private func decodeUTF8(_ body: UnsafeBufferPointer<UInt8>, bomLength: Int, name: String) throws(TextError)
        -> SourceText
    {
        if let text = String(validatingUTF8: body) {
            return SourceText(name: name, text: text, encoding: .utf8)
        }
        let bad = firstInvalidUTF8Offset(body) ?? 0
        if lossy { return lossyUTF8(body, name: name) }
        throw invalidUTF8(body, at: bad, bomLength: bomLength, name: name)
    }

    private func invalidUTF8(_ body: UnsafeBufferPointer<UInt8>, at offset: Int, bomLength: Int, name: String)
        -> TextError
    {
        let length = invalidSequenceLength(body, at: offset)
        return .invalidBytes(
            file: name, offset: offset + bomLength, encoding: "UTF-8", bytes: Array(body[offset..<offset + length]))
    }

    private func lossyUTF8(_ body: UnsafeBufferPointer<UInt8>, name: String) -> SourceText {
        var replacements = 0
        var rest = UnsafeBufferPointer(rebasing: body[...])
        var consumed = 0
        while let bad = firstInvalidUTF8Offset(rest) {
            replacements += 1
            let skip = invalidSequenceLength(rest, at: bad)
            consumed += bad + skip
            rest = UnsafeBufferPointer(rebasing: body[consumed...])
        }
        return SourceText(
            name: name, text: String(decoding: body, as: UTF8.self), encoding: .utf8, replacements: replacements)
    }

    private func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, name: String) throws(TextError) -> SourceText {
        var bigEndian = false
        var start = 0
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            bigEndian = true
            start = 2
        } else if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            start = 2
        }
        if (bytes.count - start) % 2 != 0 {
            if !lossy {
                throw .invalidBytes(
                    file: name, offset: bytes.count - 1, encoding: "UTF-16", bytes: [bytes[bytes.count - 1]])
            }
        }
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - start) / 2)
        var index = start
        while index + 1 < bytes.count {
            let a = UInt16(bytes[index])
            let b = UInt16(bytes[index + 1])
            units.append(bigEndian ? (a << 8 | b) : (b << 8 | a))
            index += 2
        }
        var replacements = 0
        var text = String()
        text.reserveCapacity(units.count)
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var position = start
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 { throw .binary(file: name, offset: position) }
                text.unicodeScalars.append(scalar)
                position += scalar.value > 0xFFFF ? 4 : 2
            case .emptyInput:
                break loop
            case .error:
                if !lossy {
                    throw .invalidBytes(
                        file: name, offset: position, encoding: "UTF-16",
                        bytes: Array(bytes[position..<min(position + 2, bytes.count)]))
                }
                replacements += 1
                text.unicodeScalars.append("\u{FFFD}")
                position += 2
            }
        }
        return SourceText(name: name, text: text, encoding: .utf16, replacements: replacements)
    }

    private func decodeWithICU(
        _ bytes: UnsafeBufferPointer<UInt8>, charset: String, encoding: TextEncoding, name: String
    ) throws(TextError) -> SourceText {
        switch CharsetConverter.utf16(from: bytes, charset: charset, stopOnInvalid: !lossy) {
        case .success(let units):
            return SourceText(name: name, text: String(decoding: units, as: UTF16.self), encoding: encoding)
        case .failure(.invalidBytes(let offset)):
            throw .invalidBytes(
                file: name, offset: offset, encoding: encoding.rawValue, bytes: [bytes[min(offset, bytes.count - 1)]])
        case .failure(.icu(let error)):
            throw .icu(error.description)
        }
    }
}

extension TextReader {
    /// Expands paths into the documents to read: files as given, folders recursively to their `.txt` files in
    /// sorted order, and "-" for standard input. Anything in a folder that cannot be read (see
    /// `documentPaths(_:skipped:)`) is an error.
    public static func documentPaths(_ paths: [String]) throws(TextError) -> [String] {
        var skipped: [TextError] = []
        let result = try documentPaths(paths, skipped: &skipped)
        if let first = skipped.first { throw first }
        return result
    }

    /// Expands paths like `documentPaths(_:)`, going on past what a folder holds but cannot be read: a `.txt` entry
    /// that is not a regular file (a FIFO would block the walk, a device never ends), a broken link, or a subfolder
    /// that cannot be listed (no permission). Each is added to `skipped`, by path, in walk order; links to files are
    /// followed, links to folders are not (no cycles). A path given by name is taken as is (a pipe such as `<(cmd)`
    /// is fine there). A folder that yields nothing throws `noTextFiles`, or its first skipped entry.
    public static func documentPaths(_ paths: [String], skipped: inout [TextError]) throws(TextError) -> [String] {
        var result: [String] = []
        for path in paths {
            if path == "-" {
                result.append(path)
                continue
            }
            var status = stat()
            guard stat(path, &status) == 0 else {
                throw .unreadable(file: path, reason: errno == ENOENT ? "no such file or folder" : systemReason())
            }
            guard status.st_mode & S_IFMT == S_IFDIR else {
                result.append(path)
                continue
            }
            let before = skipped.count
            var found: [String] = []
            try walk(path, found: &found, skipped: &skipped, top: true)
            if found.isEmpty {
                if skipped.count > before { throw skipped.remove(at: before) }
                throw .noTextFiles(folder: path)
            }
            result += found.sorted()
        }
        return result
    }

    /// Adds the regular `.txt` files under `folder` to `found` and what cannot be read to `skipped`; only the top
    /// folder's own listing failure throws.
    private static func walk(_ folder: String, found: inout [String], skipped: inout [TextError], top: Bool)
        throws(TextError)
    {
        guard let names = entries(of: folder) else {
            let failure = TextError.unreadable(file: folder, reason: "cannot list the folder: \(systemReason())")
            if top { throw failure }
            skipped.append(failure)
            return
        }
        for name in names.sorted() {
            let full = (folder as NSString).appendingPathComponent(name)
            var status = stat()
            guard lstat(full, &status) == 0 else { continue }
            var type = status.st_mode & S_IFMT
            if type == S_IFDIR {
                try walk(full, found: &found, skipped: &skipped, top: false)
                continue
            }
            guard name.hasSuffix(".txt") else { continue }
            if type == S_IFLNK {
                guard stat(full, &status) == 0 else {
                    skipped.append(.unreadable(file: full, reason: "a broken link (\(systemReason()))"))
                    continue
                }
                type = status.st_mode & S_IFMT
                if type == S_IFDIR { continue }
            }
            guard type == S_IFREG else {
                skipped.append(.notRegularFile(file: full, kind: fileKind(type)))
                continue
            }
            // A copy of exactly its size: the path grew by appending, to about twice its length, and a batch holds
            // every path for the whole run.
            found.append(String(decoding: full.utf8, as: UTF8.self))
        }
    }

    /// What a file type is, in words.
    private static func fileKind(_ type: mode_t) -> String {
        switch type {
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        default: return "not a regular file"
        }
    }

    private static func systemReason() -> String { String(cString: strerror(errno)) }

    /// The names in a folder (without "." and ".."), or nil with `errno` set when it cannot be listed.
    private static func entries(of folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }
}
