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

    /// A reader with the given options.
    public init(encoding: TextEncoding? = nil, lossy: Bool = false, sizeLimit: Int = 256 << 20) {
        self.encoding = encoding
        self.lossy = lossy
        self.sizeLimit = sizeLimit
    }

    /// Reads and decodes a file, or standard input when `path` is "-".
    public func read(path: String) throws(TextError) -> SourceText {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            if data.count > sizeLimit { throw .tooLarge(file: path, size: data.count, limit: sizeLimit) }
            return try decode([UInt8](data), name: path)
        }
        return try decode(readBytes(path), name: path)
    }

    /// The bytes of a file: one open, one fstat, reads straight into the array.
    private func readBytes(_ path: String) throws(TextError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw .unreadable(file: path, reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw .unreadable(file: path, reason: String(cString: strerror(errno)))
        }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(file: path, reason: "it is a folder, not a file") }
        let size = Int(status.st_size)
        if size > sizeLimit { throw .tooLarge(file: path, size: size, limit: sizeLimit) }
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
        if failure != 0 { throw .unreadable(file: path, reason: String(cString: strerror(failure))) }
        // A file that grew while being read (or a special file reporting size 0): read the rest.
        let tooLarge = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 65536) { chunk in
            while true {
                let got = Glibc.read(descriptor, chunk.baseAddress!, chunk.count)
                if got < 0 && errno == EINTR { continue }
                if got <= 0 { return false }
                bytes += chunk[..<got]
                if bytes.count > sizeLimit { return true }
            }
        }
        if tooLarge { throw .tooLarge(file: path, size: bytes.count, limit: sizeLimit) }
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
            if let text = String(validating: body, as: UTF8.self) {
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
        if let text = String(validating: body, as: UTF8.self) {
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
    /// sorted order, and "-" for standard input.
    public static func documentPaths(_ paths: [String]) throws(TextError) -> [String] {
        var result: [String] = []
        for path in paths {
            if path == "-" {
                result.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .unreadable(file: path, reason: "no such file or folder")
            }
            guard isDirectory.boolValue else {
                result.append(path)
                continue
            }
            guard let enumerator = FileManager.default.enumerator(atPath: path) else {
                throw .unreadable(file: path, reason: "cannot list the folder")
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                guard relative.hasSuffix(".txt") else { continue }
                let full = (path as NSString).appendingPathComponent(relative)
                var sub: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue {
                    found.append(full)
                }
            }
            if found.isEmpty { throw .noTextFiles(folder: path) }
            result += found.sorted()
        }
        return result
    }
}
