import DragomanTestSupport
import Foundation
import Testing

@testable import DragomanText

/// The escaping writers that work on UTF-8 bytes (`Escaping.html`, `.tsv`, `.markdown`, `JSONWriter.quoted`,
/// `singleLine`, `UTF8Key`) write exactly the bytes of the scalar-by-scalar versions they replaced.
///
/// Results are compared as UTF-8 bytes: `String ==` is canonical equivalence and would accept other bytes.
@Suite struct UTF8WritersTests {
    @Test(arguments: [
        ("", ""),
        ("قال الأمين العام، إن الحلف؛ مستمر؟", "قال الأمين العام، إن الحلف؛ مستمر؟"),
        ("<b>الناتو</b> & \"NATO\" 'x'", "&lt;b&gt;الناتو&lt;/b&gt; &amp; &quot;NATO&quot; &#39;x&#39;"),
        ("عربي \u{202E}abc\u{202C}", "عربي ⟨U+202E⟩abc⟨U+202C⟩"),
        (
            "\u{202A}\u{202B}\u{202D}\u{2066}\u{2067}\u{2068}\u{2069}",
            "⟨U+202A⟩⟨U+202B⟩⟨U+202D⟩⟨U+2066⟩⟨U+2067⟩⟨U+2068⟩⟨U+2069⟩"
        ),
        ("\u{200F}\u{2029}\u{2065}\u{206A}\u{2028}", "\u{200F}\u{2029}\u{2065}\u{206A}\u{2028}"),
        ("a\tb\nc\r\n", "a\tb\nc\r\n"),
        ("e\u{301} 😀 ﻻ &", "e\u{301} 😀 ﻻ &amp;"),
    ])
    func html(_ text: String, _ expected: String) {
        #expect(Array(Escaping.html(text).utf8) == Array(expected.utf8))
    }

    @Test(arguments: [
        ("", ""),
        ("بغداد، العراق؛ لماذا؟", "بغداد، العراق؛ لماذا؟"),
        ("قال\tالوزير\nإن\r\nالحلف\rمستمر", "قال الوزير إن الحلف مستمر"),
        ("\r\n\r\n", "  "),
        ("\n\r", "  "),
        ("a\u{0B}b\u{0C}c\u{85}d\u{2028}e\u{2029}f", "a b c d e f"),
        ("\u{202E}NATO\u{202C} الناتو", "\u{202E}NATO\u{202C} الناتو"),
        ("\u{2027}\u{202A}\u{84}\u{86}", "\u{2027}\u{202A}\u{84}\u{86}"),
        ("\n\u{301}x", " \u{301}x"),
    ])
    func tsv(_ text: String, _ expected: String) {
        #expect(Array(Escaping.tsv(text).utf8) == Array(expected.utf8))
    }

    @Test(arguments: [
        ("", #""""#),
        ("قال \"الوزير\" إن الحلف، مستمر؟", #""قال \"الوزير\" إن الحلف، مستمر؟""#),
        ("a\\b\nc\rd\te\u{08}f\u{0C}g", #""a\\b\nc\rd\te\bf\fg""#),
        ("\u{00}\u{01}\u{1F}\u{7F}", #""\u0000\u0001\u001f\#u{7F}""#),
        ("س\u{2028}ص\u{2029}ع\u{2027}\u{202A}", #""س\u2028ص\u2029ع\#u{2027}\#u{202A}""#),
        ("\u{202E}عربي NATO", "\"\u{202E}عربي NATO\""),
        ("😀 e\u{301}", "\"😀 e\u{301}\""),
    ])
    func jsonQuoted(_ text: String, _ expected: String) {
        #expect(Array(JSONWriter.quoted(text).utf8) == Array(expected.utf8))
    }

    @Test(arguments: [
        ("", ""),
        ("قال الوزير،\nإن الحلف؛\r\nمستمر؟", "قال الوزير، إن الحلف؛ مستمر؟"),
        ("\n\nأ\r\r\nب\n", " أ ب "),
        ("a\tb\u{2028}c\u{85}d", "a\tb\u{2028}c\u{85}d"),
        ("\u{202E}x\ny", "\u{202E}x y"),
    ])
    func singleLineText(_ text: String, _ expected: String) {
        #expect(Array(singleLine(text).utf8) == Array(expected.utf8))
    }

    @Test(arguments: [
        ("قال: «الناتو» [مستمر]؟", #"قال: «الناتو» \[مستمر\]؟"#),
        ("1. \u{202E}x\r\ny", #"1\. ⟨U+202E⟩x y"#),
        ("e\u{301}*😀", #"e\#u{301}\*😀"#),
    ])
    func markdown(_ text: String, _ expected: String) {
        #expect(Array(Escaping.markdown(text).utf8) == Array(expected.utf8))
    }

    @Test func utf8KeysCompareBytes() {
        let composed = "\u{E9}"
        let decomposed = "e\u{301}"
        #expect(composed == decomposed)
        #expect(UTF8Key(composed) != UTF8Key(decomposed))
        #expect(UTF8Key("الناتو") == UTF8Key(String("الناتو 2".dropLast(2))))
        #expect(UTF8Key("الناتو") != UTF8Key("الناتو2"))
        #expect(UTF8Key("a long key that is not a small string") == UTF8Key("a long key that is not a small string"))
        #expect(UTF8Key("") == UTF8Key(""))
    }

    /// Seeded random text from pieces where the writers change something or a character boundary is odd
    /// (CR LF, marks after a break, bidi controls, the E2 neighbours of what is matched), each writer against the
    /// version it replaced.
    @Test func randomTextMatchesTheScalarWriters() {
        let pieces = [
            "قال", "، ", "؛", "؟", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
            "\u{2027}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{2065}", "\u{2066}", "\u{2069}", "\u{206A}", "\u{200F}",
            "\u{301}", "\u{651}", "&", "<", ">", "\"", "'", "\\", "\u{00}", "\u{08}", "\u{1F}", "\u{7F}", "\u{84}",
            "\u{86}", "😀", "👩‍👩‍👧", "ﻻ", "NATO", "1", ".", "www", ":", "/", "*", "#", "\u{10FFFD}", "\u{FEFF}",
            // What Markdown escapes only in some places: after digits, at the start, after "www" and a non-letter.
            ")", "W", "wW", "-", "=", "+", "`", "|", "~", "_", "$", "[", "]", "٣", "،www",
        ]
        var generator = SplitMix64(seed: 7)
        for _ in 0..<5000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...10, using: &generator) { text += pieces.randomElement(using: &generator)! }
            expectSameAsReference(text)
        }
    }

    /// Every segment of the EASC dev articles and the seeds, each writer against the version it replaced.
    @Test func corpusMatchesTheScalarWriters() throws {
        var files = Repository.seedFiles
        if Paths.hasEASC { files += try Paths.eascFiles(60) }
        var checked = 0
        for file in files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            expectSameAsReference(text)
            for document in try TextPipeline().process([SourceText(name: "a.txt", text: text)], language: nil) {
                for segment in document.segments {
                    expectSameAsReference(segment.text)
                    checked += 1
                }
            }
        }
        // The seeds alone hold 90 segments; with the EASC articles (read from ../shared when it is there), hundreds.
        #expect(checked > (Paths.hasEASC ? 500 : 80))
    }

    func expectSameAsReference(_ text: String) {
        #expect(Array(Escaping.html(text).utf8) == Array(Reference.html(text).utf8), "\(text.debugDescription)")
        #expect(Array(Escaping.tsv(text).utf8) == Array(Reference.tsv(text).utf8), "\(text.debugDescription)")
        #expect(
            Array(Escaping.markdown(text).utf8) == Array(Reference.markdown(text).utf8), "\(text.debugDescription)")
        #expect(
            Array(JSONWriter.quoted(text).utf8) == Array(Reference.quoted(text).utf8), "\(text.debugDescription)")
        #expect(Array(singleLine(text).utf8) == Array(Reference.singleLine(text).utf8), "\(text.debugDescription)")
    }
}

/// The scalar-by-scalar writers as they were before they worked on bytes: the reference the byte writers must match.
private enum Reference {
    static func html(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            default:
                if Escaping.isBidiControl(scalar) {
                    out.append(contentsOf: Escaping.visible(scalar).unicodeScalars)
                } else {
                    out.append(scalar)
                }
            }
        }
        return String(out)
    }

    static func tsv(_ text: String) -> String {
        guard text.contains(where: { $0 == "\t" || $0.isNewline }) else { return text }
        return String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }

    static func markdown(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var atStart = true
        var leadingDigits = true
        var previousWasBreak = false
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\n" || scalar == "\r" || scalar == "\u{0B}" || scalar == "\u{0C}" || scalar == "\u{85}"
                || scalar == "\u{2028}" || scalar == "\u{2029}"
            {
                if !previousWasBreak { out.append(" ") }
                previousWasBreak = true
                atStart = false
                continue
            }
            previousWasBreak = false
            if Escaping.isBidiControl(scalar) {
                out.append(contentsOf: Escaping.visible(scalar).unicodeScalars)
                atStart = false
                continue
            }
            var escape = false
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "$": escape = true
            case "#", "-", "+", "=": escape = atStart
            case ".", ")":
                escape = (leadingDigits && index > 0) || (scalar == "." && Self.followsWWW(scalars, index))
            case ":": escape = index + 2 < scalars.count && scalars[index + 1] == "/" && scalars[index + 2] == "/"
            default: break
            }
            if escape { out.append("\\") }
            out.append(scalar)
            if !("0"..."9").contains(scalar) { leadingDigits = false }
            atStart = false
        }
        return String(out)
    }

    /// Whether the scalars before `index` are a word "www" (any case).
    static func followsWWW(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index >= 3, index == 3 || !scalars[index - 4].properties.isAlphabetic else { return false }
        return scalars[(index - 3)..<index].allSatisfy { $0 == "w" || $0 == "W" }
    }

    static func quoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        result += "\""
        return result
    }

    static func singleLine(_ text: String) -> String {
        var result = String()
        var previousWasBreak = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                if !previousWasBreak { result.unicodeScalars.append(" ") }
                previousWasBreak = true
            } else {
                result.unicodeScalars.append(scalar)
                previousWasBreak = false
            }
        }
        return result
    }
}
