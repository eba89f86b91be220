import DragomanText
import Testing

/// `String(validatingUTF8:)` accepts and refuses what `String(validating:as:)` does, and agrees with
/// `firstInvalidUTF8Offset`.
@Suite struct UTF8ValidationTests {
    @Test(
        arguments: [
            // Valid: empty, Arabic with its punctuation and digits, mixed scripts, a four-byte scalar, the largest scalar.
            ([], true),
            (Array("قال الوزير، إن ٢٠٢١ كان عامًا صعبًا؛ لماذا؟".utf8), true),
            (Array("Reuters: الأمم المتحدة (UN) 😀".utf8), true),
            ([0xF4, 0x8F, 0xBF, 0xBF], true),
            // Invalid: a lone continuation byte, a truncated letter, an overlong slash, a surrogate, past U+10FFFF,
            // 0xFF, and an Arabic letter cut after its first byte in the middle of a word.
            ([0x80], false),
            ([0xD9], false),
            ([0xC0, 0xAF], false),
            ([0xED, 0xA0, 0x80], false),
            ([0xF4, 0x90, 0x80, 0x80], false),
            (Array("نص".utf8) + [0xFF], false),
            (Array("ق".utf8) + [0xD8] + Array("ل".utf8), false),
        ] as [([UInt8], Bool)])
    func agreesWithTheStandardLibrary(bytes: [UInt8], valid: Bool) {
        let text = bytes.withUnsafeBufferPointer { String(validatingUTF8: $0) }
        #expect(text == String(validating: bytes, as: UTF8.self))
        #expect((text != nil) == valid)
        #expect(text.map { Array($0.utf8) } == (valid ? bytes : nil))
        #expect(bytes.withUnsafeBufferPointer { firstInvalidUTF8Offset($0) == nil } == valid)
    }

    /// A slice in the middle of a buffer is read alone, as `PackedReader` reads a spool's texts.
    @Test func aSliceIsReadAlone() {
        let bytes = Array("أ".utf8) + Array("بيروت".utf8) + [0xFF]
        let text = bytes.withUnsafeBufferPointer { String(validatingUTF8: UnsafeBufferPointer(rebasing: $0[2..<12])) }
        #expect(text == "بيروت")
    }
}
