extension TextReader {
    /// Reads a file, or standard input when `path` is "-", as UTF-8 bytes, refusing what `read(path:)` refuses.
    ///
    /// Input that is valid UTF-8 (the usual case) is validated in place and kept as read; anything else (a byte-order
    /// mark for UTF-16, another encoding, invalid bytes read lossily) goes through `decode`, so the errors and the
    /// text are exactly `read(path:)`'s.
    package func readUTF8(path: String) throws(TextError) -> UTF8Source {
        let bytes = try readBytes(path: path)
        if encoding == nil || encoding == .utf8 {
            let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let utf16BOM = encoding == nil && (bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]))
            let valid = bytes.withUnsafeBufferPointer { buffer in
                ByteScan.firstZero(buffer) == nil
                    && (try? UTF8Span(validating: buffer.span.extracting(bom...))) != nil
            }
            if valid && !utf16BOM { return UTF8Source(name: path, storage: bytes, start: bom) }
        }
        let source = try decode(bytes, name: path)
        return UTF8Source(name: path, storage: Array(source.text.utf8), start: 0)
    }
}
