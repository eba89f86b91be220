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
        // Byte by byte: everything matched is ASCII or a line break or bidi control of two or three bytes, and every
        // other scalar is copied as it is.
        var text = text
        return text.withUTF8 { bytes in
            var out = UTF8Rewriter(capacity: bytes.count + 16)
            var atStart = true
            var leadingDigits = true
            var previousWasBreak = false
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                let first = i == 0
                defer { i += length }
                let isBreak =
                    switch byte {
                    case 0x0A, 0x0B, 0x0C, 0x0D: true
                    case 0xC2: bytes[i + 1] == 0x85  // U+0085 NEXT LINE
                    case 0xE2: bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)
                    default: false
                    }
                if isBreak {
                    // A run of line breaks (CR LF, a wrapped sentence's break) becomes one space, as in `singleLine`.
                    if !previousWasBreak { out.append(UInt8(ascii: " ")) }
                    previousWasBreak = true
                    atStart = false
                    continue
                }
                previousWasBreak = false
                if byte == 0xE2 && UTF8Rewriter.isBidiControlE2(bytes[i + 1], bytes[i + 2]) {
                    out.append(visible(UTF8Rewriter.scalarE2(bytes[i + 1], bytes[i + 2])))
                    atStart = false
                    continue
                }
                guard length == 1 else {
                    out.copy(bytes, i..<(i + length))
                    leadingDigits = false
                    atStart = false
                    continue
                }
                let escape =
                    switch byte {
                    case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
                        UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"),
                        UInt8(ascii: "&"), UInt8(ascii: "$"):
                        true
                    case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="): atStart
                    // "1." and "1)" open an ordered list; "www." an autolink.
                    case UInt8(ascii: "."), UInt8(ascii: ")"):
                        (leadingDigits && !first) || (byte == UInt8(ascii: ".") && Self.followsWWW(bytes, i))
                    case UInt8(ascii: ":"):
                        i + 2 < bytes.count && bytes[i + 1] == UInt8(ascii: "/") && bytes[i + 2] == UInt8(ascii: "/")
                    default: false
                    }
                if escape { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
                if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { leadingDigits = false }
                atStart = false
            }
            return out.string
        }
    }

    /// Whether the bytes before `index` are a word "www" (any case): three `w`s with no letter before them.
    static func followsWWW(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index >= 3 else { return false }
        for k in (index - 3)..<index where bytes[k] | 0x20 != UInt8(ascii: "w") { return false }
        guard index > 3 else { return true }
        // The scalar before the three: back to its first byte, then decoded.
        var start = index - 4
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        var iterator = UnsafeBufferPointer(rebasing: bytes[start..<(index - 3)]).makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return true }
        return !scalar.properties.isAlphabetic
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
