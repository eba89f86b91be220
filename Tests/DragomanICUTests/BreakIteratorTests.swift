import DragomanICU
import Testing

@Suite struct BreakIteratorTests {
    @Test func sentencesInArabic() throws {
        let text = Array("قال الحلف إن الاجتماع انتهى. وأكد الأمين العام دعمه؟ نعم".utf16)
        let iterator = try BreakIterator(.sentence, locale: "ar")
        let offsets = text.withUnsafeBufferPointer { iterator.boundaries(of: $0) }.map(\.offset)
        #expect(offsets.count == 4)
        #expect(offsets.first == 0)
        #expect(offsets.last == text.count)
    }

    @Test func wordStatusTellsNumbersFromLetters() throws {
        let text = Array("في الـ28 من 2021".utf16)
        let iterator = try BreakIterator(.word, locale: "ar")
        let boundaries = text.withUnsafeBufferPointer { iterator.boundaries(of: $0) }
        let words = zip(boundaries, boundaries.dropFirst()).map { pair in
            (String(decoding: text[pair.0.offset..<pair.1.offset], as: UTF16.self), pair.1.status)
        }
        #expect(words.contains { $0.0 == "2021" && (100..<200).contains($0.1) })
        #expect(words.contains { $0.0 == "في" && (200..<300).contains($0.1) })
    }

    @Test func emptyTextHasOneBoundary() throws {
        let iterator = try BreakIterator(.word, locale: "en")
        let empty: [UInt16] = []
        #expect(empty.withUnsafeBufferPointer { iterator.boundaries(of: $0) }.map(\.offset) == [0])
    }

    @Test func unknownTransliteratorIsAnError() {
        #expect(throws: ICUError.self) { try Transliterator(id: "No-Such-Thing") }
    }

    @Test func transliterationGivesConsonantSkeleton() throws {
        let latin = try Transliterator(id: "Any-Latin; Latin-ASCII")
        #expect(try latin("يانس") == "yans")
    }

    @Test func likelyLanguageOfScripts() {
        let arab = ScriptData.script(of: "ع")
        #expect(ScriptData.code(of: arab) == "Arab")
        #expect(ScriptData.likelyLanguage(of: arab) == "ar")
        #expect(ScriptData.likelyLanguage(of: ScriptData.script(of: "ж")) == "ru")
    }
}

@Suite struct RegularExpressionTests {
    @Test func matchesWholeUTF8Text() throws {
        let expression = try RegularExpression(pattern: "(مشاركه|شارك)( علي (فيسبوك|تويتر))?|\\d+ تعليق")
        #expect(expression.matchesWhole("مشاركه"))
        #expect(expression.matchesWhole("شارك علي تويتر"))
        #expect(expression.matchesWhole("12 تعليق"))
        #expect(!expression.matchesWhole("مشاركه الحلف في الاجتماع"))
        #expect(!expression.matchesWhole(""))
    }

    /// A prefix can start a match unless ICU rejects it without reading to its end.
    @Test(arguments: [
        ("شارك", true),  // a whole match already
        ("شار", true),  // ran out of text inside "شارك"
        ("12", true),  // digits, then " تعليق" may follow
        ("قال", false),  // no alternative starts with ق
        ("مشاركه الحلف", false),  // matched a word, then failed on the text after it
        ("", true),
    ])
    func prefixCanStartAMatch(_ prefix: String, _ expected: Bool) throws {
        let expression = try RegularExpression(pattern: "(مشاركه|شارك)( علي (فيسبوك|تويتر))?|\\d+ تعليق")
        var prefix = prefix
        #expect(prefix.withUTF8 { expression.canMatchWhole(startingWith: $0) } == expected)
    }

    /// Long texts (past the reused conversion buffer) and texts matched after them.
    @Test func longAndShortTextsInTurn() throws {
        let expression = try RegularExpression(pattern: "(كلمه ?)+")
        #expect(expression.matchesWhole(Array(repeating: "كلمه", count: 5000).joined(separator: " ")))
        #expect(expression.matchesWhole("كلمه"))
        #expect(!expression.matchesWhole(Array(repeating: "كلمه", count: 5000).joined(separator: " ") + " x"))
    }

    @Test func badPatternIsAnErrorWithOffset() {
        #expect(throws: ICUError.self) { try RegularExpression(pattern: "(abc") }
    }
}
