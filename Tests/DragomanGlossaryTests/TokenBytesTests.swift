import DragomanText
import Testing

@testable import DragomanGlossary

@Suite struct TokenBytesTests {
    /// The quotes and brackets a multiword term may hold around a word inside it.
    static let marks: [Character: UInt8] = [
        "\"": 1, "\u{201C}": 1, "\u{201D}": 1, "\u{201E}": 1, "\u{00AB}": 1, "\u{00BB}": 1, "'": 1, "\u{2018}": 1,
        "\u{2019}": 1, "/": 1, "(": 2, "[": 2, "{": 2, "\u{FD3E}": 2, ")": 3, "]": 3, "}": 3, "\u{FD3F}": 3,
    ]

    static func mark(_ text: String) -> UInt8 {
        var text = text
        return text.withUTF8 { TokenBytes.mark($0) }
    }

    /// Every scalar of one to three bytes is a quote or bracket exactly when the table says so, and two marks side by
    /// side (or a mark and a letter) are none.
    @Test func marksAreTheTableAndNothingElse() {
        for value in UInt32(1)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            #expect(Self.mark(String(character)) == Self.marks[character] ?? 0, "U+\(String(value, radix: 16))")
        }
        for text in ["((", "()", "\"'", "«ب", "/ "] { #expect(Self.mark(text) == 0, "\(text)") }
    }

    /// The token bytes of an Arabic sentence with quotes and brackets carry each token's mark.
    @Test func tokensCarryTheirMarks() throws {
        let tokens = try Tokenizer(locale: "ar").tokens(
            of: "قال «الأمين العام» (للحلف) إن \"الاجتماع\" انتهى، ﴿والله﴾.")
        let bytes = TokenBytes(tokens)
        let marked = tokens.indices.filter { bytes.mark[$0] != 0 }.map { "\(tokens[$0].text)\(bytes.mark[$0])" }
        #expect(marked == ["«1", "»1", "(2", ")3", "\"1", "\"1", "﴿3", "﴾2"])
    }
}
