/// The one escaping function for each text format Dragoman writes from article text: Markdown, HTML, TSV and CSV.
/// (XML has its own, in the XML writer.) Every writer of these formats calls these, so text from an article, a file
/// name or a glossary can never become markup, split a row, or reorder the text around it.
package enum Escaping {
    /// Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): invisible, and able to
    /// reorder everything after them on the line (a "Trojan Source" trick). Human-facing formats (Markdown, HTML)
    /// show them as a visible ⟨U+202E⟩ instead; data formats (TSV, CSV, JSON) keep them as they are.
    package static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// A bidi control as visible text: ⟨U+202E⟩.
    static func visible(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "⟨U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "⟩"
    }

    /// Text for Markdown (CommonMark and GitHub Flavored Markdown), on one line, that renders exactly as written:
    /// a run of line breaks becomes one space; every character that can start inline markup is backslash-escaped
    /// (emphasis, code, links and images, raw HTML and autolinks, entities, strikethrough, table pipes, math
    /// dollars); the bare URLs and `www.` names GFM would turn into links are broken with an escape (`http\://`,
    /// `www\.`); at the start, what would open a block (heading, list item, quote, code fence) is escaped too. Bidi
    /// controls are shown as ⟨U+202E⟩. One limit: no escape stops GFM from linking an e-mail address (`mailto:`).
    package static func markdown(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = UTF8Rewriter(capacity: text.utf8.count + 16)
        var atStart = true
        var leadingDigits = true
        var previousWasBreak = false
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\n" || scalar == "\r" || scalar == "\u{0B}" || scalar == "\u{0C}" || scalar == "\u{85}"
                || scalar == "\u{2028}" || scalar == "\u{2029}"
            {
                // A run of line breaks (CR LF, a wrapped sentence's break) becomes one space, as in `singleLine`.
                if !previousWasBreak { out.append(UInt8(ascii: " ")) }
                previousWasBreak = true
                atStart = false
                continue
            }
            previousWasBreak = false
            if isBidiControl(scalar) {
                out.append(visible(scalar))
                atStart = false
                continue
            }
            var escape = false
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "$": escape = true
            case "#", "-", "+", "=": escape = atStart
            case ".", ")":
                // "1." and "1)" open an ordered list; "www." an autolink.
                escape = (leadingDigits && index > 0) || (scalar == "." && Self.followsWWW(scalars, index))
            case ":": escape = index + 2 < scalars.count && scalars[index + 1] == "/" && scalars[index + 2] == "/"
            default: break
            }
            if escape { out.append(UInt8(ascii: "\\")) }
            out.append(scalar)
            if !("0"..."9").contains(scalar) { leadingDigits = false }
            atStart = false
        }
        return out.string
    }

    /// Whether the scalars before `index` are a word "www" (any case).
    static func followsWWW(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index >= 3, index == 3 || !scalars[index - 4].properties.isAlphabetic else { return false }
        return scalars[(index - 3)..<index].allSatisfy { $0 == "w" || $0 == "W" }
    }

    /// Text for HTML element content and attribute values (double or single quoted): `& < > " '` as entities, and
    /// bidi controls shown as ⟨U+202E⟩. Nothing else is needed: the report declares UTF-8.
    package static func html(_ text: String) -> String {
        UTF8Rewriter.replacing(text) { bytes, i in
            switch bytes[i] {
            case UInt8(ascii: "&"): ("&amp;", 1)
            case UInt8(ascii: "<"): ("&lt;", 1)
            case UInt8(ascii: ">"): ("&gt;", 1)
            case UInt8(ascii: "\""): ("&quot;", 1)
            case UInt8(ascii: "'"): ("&#39;", 1)
            case 0xE2 where UTF8Rewriter.isBidiControlE2(bytes[i + 1], bytes[i + 2]):
                (visible(UTF8Rewriter.scalarE2(bytes[i + 1], bytes[i + 2])), 3)
            default: nil
            }
        }
    }

    /// A TSV field: tabs and line breaks (LF, CR, CR LF, and the Unicode line and paragraph separators that some
    /// readers split on) become spaces, so a value can never split a row or a record.
    package static func tsv(_ text: String) -> String {
        // Each of these scalars is a character of its own (grapheme breaks always fall around controls and line
        // separators), except CR LF, one character, hence one space.
        UTF8Rewriter.replacing(text, extraCapacity: 0) { bytes, i in
            switch bytes[i] {
            case 0x09, 0x0A, 0x0B, 0x0C: (" ", 1)
            case 0x0D: (" ", i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1)
            case 0xC2 where bytes[i + 1] == 0x85: (" ", 2)  // U+0085 NEXT LINE
            case 0xE2 where bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9): (" ", 3)
            default: nil
            }
        }
    }

    /// A CSV field per RFC 4180: quoted when it holds a comma, a quote, a line break, or leading or trailing space
    /// (which readers trim), with inner quotes doubled; line breaks are kept inside the quotes.
    package static func csv(_ field: String) -> String {
        let needsQuotes =
            field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || field.hasPrefix(" ") || field.hasSuffix(" ")
        guard needsQuotes else { return field }
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in field.unicodeScalars {
            if scalar == "\"" { out.append("\"") }
            out.append(scalar)
        }
        out.append("\"")
        return String(out)
    }
}
