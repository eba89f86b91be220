/// A minimal JSON writer that keeps keys in the order written, for output people read and diff.
///
/// Strings are escaped per RFC 8259: quote, backslash and control characters; everything else stays UTF-8.
package struct JSONWriter {
    package private(set) var output = ""

    package init() {}

    /// `string` as a JSON string literal, quotes included.
    package static func quoted(_ string: String) -> String {
        UTF8Rewriter.withBytes(string) { bytes in
            var out = UTF8Rewriter(capacity: bytes.count + 2)
            out.append(UInt8(ascii: "\""))
            var copied = 0
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                let replacement: String
                var length = 1
                switch byte {
                case UInt8(ascii: "\""): replacement = "\\\""
                case UInt8(ascii: "\\"): replacement = "\\\\"
                case UInt8(ascii: "\n"): replacement = "\\n"
                case UInt8(ascii: "\r"): replacement = "\\r"
                case UInt8(ascii: "\t"): replacement = "\\t"
                case 0x08: replacement = "\\b"
                case 0x0C: replacement = "\\f"
                case 0x00..<0x20:
                    let hex = String(byte, radix: 16)
                    replacement = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                case 0xE2 where bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA8:
                    replacement = "\\u2028"
                    length = 3
                case 0xE2 where bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA9:
                    replacement = "\\u2029"
                    length = 3
                default:
                    i += 1
                    continue
                }
                out.copy(bytes, copied..<i)
                out.append(replacement)
                i += length
                copied = i
            }
            out.copy(bytes, copied..<bytes.count)
            out.append(UInt8(ascii: "\""))
            return out.string
        }
    }
}

/// A JSON value with ordered object keys.
package indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }

    /// Compact JSON text.
    package func serialized() -> String {
        var out = ""
        write(to: &out, indent: nil, level: 0)
        return out
    }

    /// Indented JSON text (two spaces), as written at nesting depth `level` (its inner lines indented for it), so
    /// a large document can be written one member at a time.
    package func pretty(level: Int = 0) -> String {
        var out = ""
        write(to: &out, indent: "  ", level: level)
        return out
    }

    private func write(to out: inout String, indent: String?, level: Int) {
        let newline = indent == nil ? "" : "\n"
        let pad = { (n: Int) in indent.map { String(repeating: $0, count: n) } ?? "" }
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .double(let value):
            out += value.isFinite ? String(value) : "null"
        case .string(let value): out += JSONWriter.quoted(value)
        case .array(let values):
            if values.isEmpty {
                out += "[]"
                return
            }
            out += "[" + newline
            for (i, value) in values.enumerated() {
                out += pad(level + 1)
                value.write(to: &out, indent: indent, level: level + 1)
                out += (i + 1 < values.count ? "," : "") + newline
            }
            out += pad(level) + "]"
        case .object(let pairs):
            if pairs.isEmpty {
                out += "{}"
                return
            }
            out += "{" + newline
            for (i, pair) in pairs.enumerated() {
                out += pad(level + 1) + JSONWriter.quoted(pair.0) + (indent == nil ? ":" : ": ")
                pair.1.write(to: &out, indent: indent, level: level + 1)
                out += (i + 1 < pairs.count ? "," : "") + newline
            }
            out += pad(level) + "}"
        }
    }
}
