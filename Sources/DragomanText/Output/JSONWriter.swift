/// JSON string literals, escaped per RFC 8259 (quote, backslash, control characters; everything else stays UTF-8),
/// for `JSONValue` and the writers that stream JSON a piece at a time.
package enum JSONWriter {
    /// `string` as a JSON string literal, quotes included.
    package static func quoted(_ string: String) -> String {
        "\"" + escaped(string) + "\""
    }

    /// Appends `string` as a JSON string literal, quotes included, to the UTF-8 bytes `out`: without a copy of its
    /// own when nothing in it needs escaping (most strings), since every document's JSON is written through here.
    static func appendQuoted(_ string: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: escaped(string).utf8)
        out.append(UInt8(ascii: "\""))
    }

    /// `string` with what JSON forbids in a string escaped: quote, backslash, control characters, and U+2028/U+2029
    /// (which JavaScript once read as line ends); `string` itself when it needs none.
    private static func escaped(_ string: String) -> String {
        UTF8Rewriter.replacing(string) { bytes, i in
            switch bytes[i] {
            case UInt8(ascii: "\""): ("\\\"", 1)
            case UInt8(ascii: "\\"): ("\\\\", 1)
            case UInt8(ascii: "\n"): ("\\n", 1)
            case UInt8(ascii: "\r"): ("\\r", 1)
            case UInt8(ascii: "\t"): ("\\t", 1)
            case 0x08: ("\\b", 1)
            case 0x0C: ("\\f", 1)
            case let byte where byte < 0x20: (unicodeEscape(byte), 1)
            case 0xE2 where bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA8: ("\\u2028", 3)
            case 0xE2 where bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA9: ("\\u2029", 3)
            default: nil
            }
        }
    }

    /// A control character as `\u001f`.
    private static func unicodeEscape(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
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
        var out: [UInt8] = []
        write(to: &out, indented: false, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Indented JSON text (two spaces), as written at nesting depth `level` (its inner lines indented for it), so
    /// a large document can be written one member at a time.
    package func pretty(level: Int = 0) -> String {
        String(decoding: prettyUTF8(level: level), as: UTF8.self)
    }

    /// `pretty(level:)` as UTF-8 bytes, ending with `terminator`: what a file holds, made without a `String` (every
    /// article's `document.json` is written through here).
    package func prettyUTF8(level: Int = 0, terminator: String = "") -> [UInt8] {
        var out: [UInt8] = []
        write(to: &out, indented: true, level: level)
        out.append(contentsOf: terminator.utf8)
        return out
    }

    private func write(to out: inout [UInt8], indented: Bool, level: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): out.append(contentsOf: String(value).utf8)
        case .double(let value): out.append(contentsOf: (value.isFinite ? String(value) : "null").utf8)
        case .string(let value): JSONWriter.appendQuoted(value, to: &out)
        case .array(let values):
            if values.isEmpty {
                out.append(contentsOf: "[]".utf8)
                return
            }
            out.append(UInt8(ascii: "["))
            for (i, value) in values.enumerated() {
                Self.newline(&out, indented: indented, level: level + 1)
                value.write(to: &out, indented: indented, level: level + 1)
                if i + 1 < values.count { out.append(UInt8(ascii: ",")) }
            }
            Self.newline(&out, indented: indented, level: level)
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            if pairs.isEmpty {
                out.append(contentsOf: "{}".utf8)
                return
            }
            out.append(UInt8(ascii: "{"))
            for (i, pair) in pairs.enumerated() {
                Self.newline(&out, indented: indented, level: level + 1)
                JSONWriter.appendQuoted(pair.0, to: &out)
                out.append(UInt8(ascii: ":"))
                if indented { out.append(UInt8(ascii: " ")) }
                pair.1.write(to: &out, indented: indented, level: level + 1)
                if i + 1 < pairs.count { out.append(UInt8(ascii: ",")) }
            }
            Self.newline(&out, indented: indented, level: level)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A line break and the indent of depth `level`, two spaces a level (nothing in compact JSON).
    private static func newline(_ out: inout [UInt8], indented: Bool, level: Int) {
        guard indented else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }
}
