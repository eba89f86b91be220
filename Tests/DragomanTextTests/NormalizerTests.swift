import DragomanText
import Testing

@Suite struct NormalizerTests {
    /// (rule, input, match-profile output).
    static let matchCases: [(String, String, String)] = [
        ("harakat", "الإرهابيَّة", "الارهابيه"),
        ("tanween", "تعليقاً", "تعليقا"),
        ("superscript alef", "هٰذا", "هذا"),
        ("tatweel", "الـ28 الحلـــف", "ال28 الحلف"),
        ("hamza above alef", "أكد", "اكد"),
        ("hamza below alef", "إيطاليا", "ايطاليا"),
        ("madda", "آلية", "اليه"),
        ("wasla", "ٱلحلف", "الحلف"),
        ("alef maksura", "على مستوى", "علي مستوي"),
        ("teh marbuta", "الحكومة العراقية", "الحكومه العراقيه"),
        ("persian yeh", "ایران", "ايران"),
        ("persian keheh", "کابل", "كابل"),
        ("heh goal and ae", "ہرات ە", "هرات ه"),
        ("arabic-indic digits", "٢٠٢١", "2021"),
        ("extended digits", "۱۵", "15"),
        ("percent and decimal", "٥٫٣٪", "5.3%"),
        ("comma and question mark stay", "قال، لماذا؟ نعم؛", "قال، لماذا؟ نعم؛"),
        ("zwnj and zwj", "می\u{200C}خواهم\u{200D}", "ميخواهم"),
        ("case folding", "NATO Mission Iraq", "nato mission iraq"),
        ("presentation form ligature", "\u{FEFB}", "لا"),
        ("allah ligature", "\u{FDF2}", "الله"),
        ("no-break space", "حلف\u{00A0}الناتو", "حلف الناتو"),
        ("bidi marks", "\u{200F}الناتو\u{200E} NATO\u{2066}x\u{2069}", "الناتو natox"),
    ]

    @Test(arguments: matchCases)
    func matchProfile(rule: String, input: String, expected: String) {
        #expect(Normalizer(profile: .match).normalize(input).text == expected, "\(rule)")
    }

    /// (rule, input, display-profile output): only what a reader should see.
    static let displayCases: [(String, String, String)] = [
        ("keeps hamza and harakat", "الإرهابيَّة", "الإرهابيَّة"),
        ("keeps digits", "٢٠٢١", "٢٠٢١"),
        ("expands lam-alef", "\u{FEFB}", "لا"),
        ("expands fi ligature", "\u{FB01}x", "fix"),
        ("keeps superscript two", "km²", "km²"),
        ("composes hamza", "\u{0627}\u{0654}", "\u{0623}"),
        ("no-break space", "a\u{00A0}b\u{202F}c", "a b c"),
        ("removes RLM, ALM, embeddings, isolates", "\u{200F}a\u{061C}b\u{202B}c\u{202C}\u{2067}d\u{2069}", "abcd"),
        ("keeps case", "NATO", "NATO"),
        ("keeps teh marbuta", "الحكومة", "الحكومة"),
    ]

    @Test(arguments: displayCases)
    func displayProfile(rule: String, input: String, expected: String) {
        #expect(Normalizer(profile: .display).normalize(input).text == expected, "\(rule)")
    }

    @Test(arguments: NormalizationRules.named.map(\.name))
    func everyRuleCanBeSwitchedOff(name: String) {
        // Each rule has an input it changes; without the rule the input passes through unchanged.
        let samples: [String: String] = [
            "composition": "\u{0627}\u{0654}", "arabic-compatibility": "\u{FEFB}", "no-break-spaces": "\u{00A0}",
            "bidi-controls": "\u{200F}", "case-fold": "N", "harakat": "بَ", "superscript-alef": "هٰ",
            "tatweel": "ـ", "alef-variants": "أ", "alef-maksura": "ى", "teh-marbuta": "ة", "persian-letters": "ک",
            "digits": "٣", "punctuation": "٪", "joiners": "\u{200D}",
        ]
        let rule = NormalizationRules.named.first { $0.name == name }!.rule
        let sample = samples[name]!
        // Compare scalars: String equality is canonical equivalence, which would hide composition.
        #expect(
            Array(Normalizer(rules: rule).normalize(sample).text.unicodeScalars) != Array(sample.unicodeScalars),
            "\(name) changes its sample")
        var without = NormalizationRules.match
        without.remove(rule)
        if name != "composition" && name != "arabic-compatibility" && name != "joiners" && name != "bidi-controls"
            && name != "no-break-spaces"
        {
            // ICU's NFKC_Casefold covers the compatibility, ignorable and space rules by itself.
            #expect(
                Normalizer(rules: without).normalize(sample).text.unicodeScalars.contains(sample.unicodeScalars.first!))
        }
    }

    @Test func offsetsLeadBackToTheOriginal() {
        let original = "قال الأمينُ العامّ لحلف الـناتو ﻻ"
        let normalized = Normalizer(profile: .match).normalize(original)
        let utf8 = Array(original.utf8)
        for word in ["الامين", "العام", "الناتو", " لا"] {
            let range = normalized.text.utf8Range(of: word)!
            let back = normalized.originalRange(of: range)
            let text = String(decoding: utf8[back], as: UTF8.self)
            #expect(Normalizer(profile: .match).normalize(text).text == word, "\(word) → \(text)")
        }
        // A removed tatweel and a ligature map to everything they came from.
        let naato = normalized.originalRange(of: normalized.text.utf8Range(of: "الناتو")!)
        #expect(String(decoding: utf8[naato], as: UTF8.self) == "الـناتو")
        let lamAlef = normalized.originalRange(of: normalized.text.utf8Range(of: " لا")!.dropFirst())
        #expect(String(decoding: utf8[lamAlef], as: UTF8.self) == "ﻻ")
    }

    @Test func baseShiftsOriginalOffsets() {
        let normalized = Normalizer(profile: .match).normalize("أكد", base: 100)
        #expect(normalized.originalRange(of: 0..<2) == 100..<102)
        #expect(normalized.originalRange(of: 0..<normalized.text.utf8.count) == 100..<106)
    }

    @Test func emptyText() {
        let normalized = Normalizer(profile: .match).normalize("")
        #expect(normalized.text.isEmpty)
        #expect(normalized.originalRange(of: 0..<0) == 0..<0)
    }
}

extension String {
    /// The UTF-8 range of the first occurrence of `needle`.
    func utf8Range(of needle: String) -> Range<Int>? {
        let haystack = Array(utf8)
        let pattern = Array(needle.utf8)
        guard pattern.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - pattern.count)
        where Array(haystack[start..<start + pattern.count]) == pattern {
            return start..<start + pattern.count
        }
        return nil
    }
}
