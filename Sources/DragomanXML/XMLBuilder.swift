/// Builds XML text with correct escaping: `&`, `<`, `>` in text; also `"` and tab/line breaks in attributes.
///
/// Dragoman's XML writers build documents by hand (no DOM on Linux that is safe to use); this is the one place
/// that escapes, so no writer can forget. The document grows in one UTF-8 byte buffer, and text is escaped by
/// copying the runs between special characters whole, so large documents (XLIFF of a 50 MB batch) cost little
/// beyond the copy.
package struct XMLBuilder {
    /// The document so far, UTF-8.
    package private(set) var bytes: [UInt8] = []

    /// An empty document; `capacity` reserves room for that many bytes.
    package init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The document so far, as a string.
    package var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends markup as is (the caller's own, never user data).
    package mutating func raw(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// Appends a decimal number.
    package mutating func number(_ value: Int) {
        raw(String(value))
    }

    /// Appends `value` escaped for element text or (with `attribute`) a double-quoted attribute value.
    ///
    /// Returns the UTF-8 offset in `value` of the first character that XML 1.0 cannot carry at all (a control
    /// character other than tab, line feed and carriage return, U+FFFE or U+FFFF), or nil. Such a character is
    /// appended as it is, so the document is no longer XML: a caller that gets an offset must refuse the document
    /// (and say where the character is), never write it.
    @discardableResult
    package mutating func escape(_ value: some StringProtocol, attribute: Bool = false) -> Int? {
        if let result = value.utf8.withContiguousStorageIfAvailable({ escape($0, attribute: attribute) }) {
            return result
        }
        return Array(value.utf8).withUnsafeBufferPointer { escape($0, attribute: attribute) }
    }

    /// Appends UTF-8 `source` escaped; see `escape(_:attribute:)`.
    package mutating func escape(_ source: UnsafeBufferPointer<UInt8>, attribute: Bool) -> Int? {
        var forbidden: Int?
        var start = 0
        var index = 0
        let count = source.count
        func flush(_ replacement: StaticString) {
            if start < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index])) }
            replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
            start = index + 1
        }
        while index < count {
            let byte = source[index]
            // Everything from "?" up is copied as it is, but the lead byte of U+FFFE and U+FFFF.
            if byte > 0x3E && byte != 0xEF {
                index += 1
                continue
            }
            switch byte {
            case 0x26: flush("&amp;")
            case 0x3C: flush("&lt;")
            // Always escaped, so "]]>" never appears in text.
            case 0x3E: flush("&gt;")
            case 0x22 where attribute: flush("&quot;")
            case 0x09 where attribute: flush("&#9;")
            case 0x0A where attribute: flush("&#10;")
            // A raw carriage return would be read back as a line feed (XML end-of-line handling).
            case 0x0D: flush("&#13;")
            case 0xEF:
                if index + 2 < count, source[index + 1] == 0xBF, source[index + 2] == 0xBE || source[index + 2] == 0xBF {
                    forbidden = forbidden ?? index
                }
            case 0x09, 0x0A: break
            case ..<0x20: forbidden = forbidden ?? index
            default: break
            }
            index += 1
        }
        if start < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<count])) }
        return forbidden
    }

    /// Appends ` name="value"`, the value escaped; returns what `escape(_:attribute:)` returns.
    @discardableResult
    package mutating func attribute(_ name: String, _ value: some StringProtocol) -> Int? {
        bytes.append(0x20)
        raw(name)
        bytes.append(contentsOf: "=\"".utf8)
        let forbidden = escape(value, attribute: true)
        bytes.append(0x22)
        return forbidden
    }

    /// Appends `<name attributes>value</name>` on its own line; nothing when `value` is empty.
    package mutating func element(_ name: String, _ attributes: [String: String], _ value: String, indent: Int) {
        guard !value.isEmpty else { return }
        bytes.append(contentsOf: repeatElement(0x20, count: indent))
        bytes.append(0x3C)
        raw(name)
        for (key, attribute) in attributes.sorted(by: { $0.key < $1.key }) {
            self.attribute(key, attribute)
        }
        bytes.append(0x3E)
        escape(value)
        raw("</" + name + ">\n")
    }

    /// Whether XML 1.0 can hold the value as element text (no control characters but tab/line breaks, which the
    /// glossary refuses anyway; no U+FFFE/U+FFFF).
    package static func isWritable(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy { scalar in
            (scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF)
        }
    }

    /// Whether XML 1.0 allows the character at all (as text, escaped where needed): tab, line feed, carriage
    /// return, and everything from U+0020 but U+FFFE and U+FFFF (Swift strings hold no surrogates).
    package static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case ..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// Whether every character of the value is one XML 1.0 allows (`isXMLCharacter`), for formats whose text may
    /// span lines (TMX and XLIFF segments).
    package static func isXMLText(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy(isXMLCharacter)
    }

    /// The value escaped for element text or (with `attribute`) a double-quoted attribute.
    package static func escaped(_ value: String, attribute: Bool) -> String {
        var builder = XMLBuilder(capacity: value.utf8.count)
        builder.escape(value, attribute: attribute)
        return builder.text
    }
}
