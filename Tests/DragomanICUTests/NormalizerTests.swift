import DragomanICU
import Testing

@Suite struct UnicodeNormalizerTests {
    private func normalize(_ text: String, _ form: UnicodeNormalizer.Form) throws -> (String, UnicodeNormalizer.Result)
    {
        let units = Array(text.utf16)
        let result = try units.withUnsafeBufferPointer { try UnicodeNormalizer.normalize($0, form: form) }
        return (String(decoding: result.units, as: UTF16.self), result)
    }

    @Test func presentationFormsExpandInArabicCompatibility() throws {
        let (text, result) = try normalize("\u{FEFB} x", .nfcWithArabicCompatibility)
        #expect(text == "لا x")
        #expect(result.sourceStart[0] == 0 && result.sourceEnd[0] == 1)
        #expect(result.sourceStart[1] == 0 && result.sourceEnd[1] == 1)
    }

    @Test func superscriptsStayInArabicCompatibility() throws {
        #expect(try normalize("x² ﬁ", .nfcWithArabicCompatibility).0 == "x² fi")
        #expect(try normalize("x²", .nfkc).0 == "x2")
    }

    @Test func casefoldLowersAndDropsIgnorables() throws {
        let (text, result) = try normalize("NATO\u{200F}ناتو", .nfkcCasefold)
        #expect(text == "natoناتو")
        #expect(result.sourceStart[4] == 5)
    }

    @Test func composesHamzaAbove() throws {
        #expect(try normalize("\u{0627}\u{0654}", .nfc).0 == "\u{0623}")
    }
}
