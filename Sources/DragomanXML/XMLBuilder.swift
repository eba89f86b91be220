/// Builds XML text with correct escaping: `&`, `<`, `>` in text; also `"` and tab/line breaks in attributes.
///
/// Dragoman's XML writers build documents by hand (no DOM on Linux that is safe to use); this is the one place
/// that escapes, so no writer can forget.
package struct XMLBuilder {
    /// The document so far.
    package private(set) var text = ""

    /// An empty document.
    package init() {}

    /// Appends markup as is (the caller's own, never user data).
    package mutating func raw(_ markup: String) {
        text += markup
    }

    /// Appends `<name attributes>value</name>` on its own line; nothing when `value` is empty.
    package mutating func element(_ name: String, _ attributes: [String: String], _ value: String, indent: Int) {
        guard !value.isEmpty else { return }
        text += String(repeating: " ", count: indent) + "<" + name
        for (key, attribute) in attributes.sorted(by: { $0.key < $1.key }) {
            text += " \(key)=\"\(Self.escaped(attribute, attribute: true))\""
        }
        text += ">" + Self.escaped(value, attribute: false) + "</" + name + ">\n"
    }

    /// Whether XML 1.0 can hold the value as element text (no control characters but tab/line breaks, which the
    /// glossary refuses anyway; no U+FFFE/U+FFFF).
    package static func isWritable(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy { scalar in
            (scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF)
        }
    }

    /// Whether every character of the value is one XML 1.0 allows (its `Char` production): tab, line feed,
    /// carriage return, and everything from U+0020 up except U+FFFE and U+FFFF (Swift strings hold no surrogates).
    /// For formats whose text may span lines (TMX and XLIFF segments).
    package static func isXMLText(_ value: String) -> Bool {
        value.unicodeScalars.allSatisfy { scalar in
            scalar.value >= 0x20
                ? scalar.value != 0xFFFE && scalar.value != 0xFFFF
                : scalar == "\t" || scalar == "\n" || scalar == "\r"
        }
    }

    /// The value escaped for element text or (with `attribute`) a double-quoted attribute.
    package static func escaped(_ value: String, attribute: Bool) -> String {
        var out = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"" where attribute: out.append(contentsOf: "&quot;".unicodeScalars)
            case "\t" where attribute: out.append(contentsOf: "&#9;".unicodeScalars)
            case "\n" where attribute: out.append(contentsOf: "&#10;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
