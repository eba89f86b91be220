/// Seeded random text for the property tests of every target: glossary values of any Unicode, and Arabic news
/// sentences. Takes any generator (the tests pass `SplitMix64` from DragomanText), so a failure replays from its seed.
public enum RandomText {
    /// Scalars a glossary value is drawn from besides plain letters: Arabic with harakat, tatweel and presentation
    /// forms, Persian letters, digits of both scripts, punctuation of both scripts, marks, joiners, bidi controls,
    /// no-break spaces, C1 controls, noncharacters, private use, emoji, other scripts.
    static let special: [UInt32] = [
        0x627, 0x623, 0x622, 0x629, 0x649, 0x64E, 0x651, 0x650, 0x670, 0x640, 0x6CC, 0x6A9, 0x660, 0x6F5, 0x66B, 0x60C,
        0x61B, 0x61F, 0xFEFB, 0xFDF2, 0x301, 0x200C, 0x200D, 0x200F, 0x202B, 0x2066, 0xA0, 0x202F, 0x9F, 0xFFFE,
        0xFDD0, 0xE000, 0x1F600, 0x1D538, 0x10FFFD, 0x22, 0x2C, 0x3C, 0x26, 0x27, 0x3B, 0x23, 0x5B, 0x5D, 0xFEFF, 0x2E,
    ]

    /// Arabic words a news sentence is built from (some of them glossary terms in the tests' glossaries).
    public static let arabicWords = [
        "قال", "الوزير", "إن", "الحلف", "سيعمل", "على", "تعزيز", "الشراكة", "مع", "العراق", "وأضاف", "أن", "المهمة",
        "مستمرة", "في", "بغداد", "الأمين", "العام", "للحلف", "التحالف", "الدولي", "لمناهضة", "داعش", "بعثة", "الناتو",
        "الاجتماع", "الوزاري", "اليوم", "الأمن", "والاستقرار", "٢٠٢١", "2021", "NATO", "هدنة", "قصف",
    ]

    /// A uniformly chosen scalar of any plane but surrogates, C0 controls and line separators; sometimes one of
    /// `special`.
    public static func scalar(using generator: inout some RandomNumberGenerator) -> Unicode.Scalar {
        if Bool.random(using: &generator) {
            return Unicode.Scalar(special.randomElement(using: &generator)!)!
        }
        while true {
            let planes: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x2FFF, 0x3000...0xFFFD, 0x10000...0x10FFFF]
            let value = UInt32.random(in: planes.randomElement(using: &generator)!, using: &generator)
            if let scalar = Unicode.Scalar(value), !Character(scalar).isNewline { return scalar }
        }
    }

    /// A glossary value: up to `length` scalars of any Unicode, without tabs or line breaks, without `excluded`,
    /// without spaces at either end (the glossary trims them), never empty unless `length` is 0.
    public static func value(
        length: Int, excluding excluded: Set<Unicode.Scalar> = [], using generator: inout some RandomNumberGenerator
    ) -> String {
        var text = String.UnicodeScalarView()
        let count = Int.random(in: 1...max(1, length), using: &generator)
        while text.count < count {
            let next = scalar(using: &generator)
            if !excluded.contains(next) { text.append(next) }
        }
        var value = String(text)
        while let first = value.unicodeScalars.first, first == " " || first == "\u{A0}" {
            value.unicodeScalars.removeFirst()
        }
        while let last = value.unicodeScalars.last, last == " " || last == "\u{A0}" {
            value.unicodeScalars.removeLast()
        }
        return value.isEmpty ? "x" : value
    }

    /// An Arabic news sentence of `words` words from `arabicWords`, ending with `.`, `؟` or `!`.
    public static func sentence(words: ClosedRange<Int>, using generator: inout some RandomNumberGenerator) -> String {
        let count = Int.random(in: words, using: &generator)
        let body = (0..<count).map { _ in arabicWords.randomElement(using: &generator)! }.joined(separator: " ")
        return body + [".", ".", "؟", "!"].randomElement(using: &generator)!
    }

    /// Latin words and numbers a mixed sentence borrows (names, acronyms, figures as news writes them).
    public static let latinWords = [
        "NATO", "ISIS", "Stoltenberg", "U.S.", "the", "Alliance", "COVID-19", "3.5", "1,200", "e.g.", "Ltd", "K24",
        "AT&T", "x<y", "a>b", "Mr.", "café", "naïve",
    ]

    /// Punctuation of both scripts and characters XML must escape, as they stand in a sentence.
    public static let punctuation = [
        "،", "؛", "؟", "!", ":", "«", "»", "(", ")", "\"", "'", "&", "<", ">", "]]>", "-", "—", "…", "/", "%", "٪",
    ]

    /// A sentence of `words` Arabic words (from `arabicWords`), each sometimes replaced by a Latin word or number
    /// (`latinWords`) or followed by punctuation (`punctuation`), ending with `.`, `؟`, `!` or `…`.
    public static func mixedSentence(
        words: ClosedRange<Int>, using generator: inout some RandomNumberGenerator
    ) -> String {
        var text = ""
        for index in 0..<Int.random(in: words, using: &generator) {
            if index > 0 { text += " " }
            switch Int.random(in: 0..<10, using: &generator) {
            case 0, 1: text += latinWords.randomElement(using: &generator)!
            case 2:
                text += arabicWords.randomElement(using: &generator)! + punctuation.randomElement(using: &generator)!
            default: text += arabicWords.randomElement(using: &generator)!
            }
        }
        return text + [".", "؟", "!", "…"].randomElement(using: &generator)!
    }

    /// An article: sometimes a headline line first, then paragraphs of mixed sentences separated by blank lines,
    /// with every kind of white space between sentences (one or several spaces, a wrapped line, a tab, CRLF line
    /// ends).
    public static func article(
        paragraphs: ClosedRange<Int>, using generator: inout some RandomNumberGenerator
    ) -> String {
        let crlf = Int.random(in: 0..<4, using: &generator) == 0
        let newline = crlf ? "\r\n" : "\n"
        var lines: [String] = []
        if Bool.random(using: &generator) {
            lines.append(
                (0..<Int.random(in: 2...6, using: &generator)).map { _ in
                    arabicWords.randomElement(using: &generator)!
                }.joined(separator: " "))
        }
        for _ in 0..<Int.random(in: paragraphs, using: &generator) {
            var paragraph = mixedSentence(words: 2...12, using: &generator)
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                paragraph += [" ", " ", "  ", newline, "\t"].randomElement(using: &generator)!
                paragraph += mixedSentence(words: 2...12, using: &generator)
            }
            lines.append(paragraph)
        }
        return lines.joined(separator: newline + newline) + newline
    }
}
