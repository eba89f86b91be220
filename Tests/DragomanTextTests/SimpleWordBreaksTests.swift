import Foundation
import Testing

@testable import DragomanText

/// The fast path must give exactly ICU's tokens (ranges and kinds) wherever it accepts a text.
@Suite struct SimpleWordBreaksTests {
    /// The fast path's and ICU's spans of `text`; `fast` is nil when the fast path declines the text.
    static func spans(_ text: String, _ tokenizer: Tokenizer) -> (fast: [TokenSpan]?, icu: [TokenSpan]) {
        var text = text
        return text.withUTF8 { bytes in
            var fast: [TokenSpan] = []
            var icu: [TokenSpan] = []
            tokenizer.icuSpans(bytes, 0..<bytes.count, into: &icu)
            let accepted = SimpleWordBreaks.spans(bytes, 0..<bytes.count, into: &fast)
            return (accepted ? fast : nil, icu)
        }
    }

    /// Checks every text the fast path accepts against ICU; returns how many it accepted.
    static func check(_ texts: [String], _ tokenizer: Tokenizer) -> Int {
        var accepted = 0
        for text in texts {
            let (fast, icu) = spans(text, tokenizer)
            guard let fast else { continue }
            accepted += 1
            #expect(fast == icu, "\(text.debugDescription)")
        }
        return accepted
    }

    @Test(arguments: ["", "ar", "en"]) func tokenizersUseTheFastPath(locale: String) throws {
        #expect(try Tokenizer(locale: locale).breaksSimpleText)
    }

    /// Whatever a locale's ICU rules do with these characters (Swedish and Finnish may join letters across `:`),
    /// the tokenizer's tokens are ICU's: the fast path is used only when it agrees with the locale's iterator.
    @Test func otherLocalesStillGetICUTokens() throws {
        let tokenizer = try Tokenizer(locale: "sv")
        let text = "a:b c:d 12:30 ab"
        let (fast, icu) = Self.spans(text, tokenizer)
        if tokenizer.breaksSimpleText { #expect(fast == icu) }
        #expect(tokenizer.tokens(of: text).map(\.range) == icu.map { $0.start..<$0.end })
    }

    @Test(arguments: [
        ("قال الأمين العام للحلف إن الاجتماع انتهى.", true),
        ("الناتو: نعمل على تعزيز شراكتنا مع العراق", true),
        ("الخميس، 01 يوليو 2021 10:43 ص", true),
        ("بروكسل (أ ش أ) - «الناتو» و“داعش” ؟!", true),
        ("ارتفع بنسبة ٥٪ في عام ٢٠٢١، و15% في 2020؛ حتى الآن…", true),
        ("NATO and ISIS-K: the e-mail (new) — 2021", true),
        ("ستولتنبرغ (NATO) 28 يونيو", true),
        ("abc123 123abc a1b2 1a2b ٣ب ب٣", true),
        ("a@b email@@ @", true),
        ("it's", false),
        ("don't", false),
        ("U.S. and E.U.", false),
        ("3.5 million", false),
        ("1,000 troops", false),
        ("٣٫٥ مليون", false),
        ("١٬٠٠٠ جندي", false),
        ("1،2", false),
        ("http://www.example.com/a", false),
        ("a’b", false),
        ("snake_case", false),
        ("فـــي", true),
        ("مُكافحة", false),
        ("عبد\u{200C}الله", false),
        ("👍🏽 نعم", false),
        ("flag 🇮🇶", false),
        ("שלום", false),
        ("カタカナ", false),
        ("a\u{00A0}b", false),
        ("الأمن.. والتحالف", true),
        ("...", true),
        ("1. 2. a. b.", true),
        ("'a' \"b\" ,c, ;d;", true),
    ])
    func trickyStrings(text: String, fast expected: Bool) throws {
        let tokenizer = try Tokenizer(locale: "ar")
        let (fast, icu) = Self.spans(text, tokenizer)
        #expect((fast != nil) == expected, "\(text)")
        if let fast { #expect(fast == icu, "\(text)") }
        // The match form too (what the summarizer and glossary break).
        let match = Normalizer(profile: .match).normalize(text).text
        let (fastMatch, icuMatch) = Self.spans(match, tokenizer)
        if let fastMatch { #expect(fastMatch == icuMatch, "\(match)") }
    }

    /// Every string of up to three characters over letters, digits, spaces and punctuation of both scripts, and of
    /// four characters over a smaller set.
    @Test func allShortStrings() throws {
        let tokenizer = try Tokenizer(locale: "ar")
        let wide = Array("aZ@بة٣3۴ \n\t.,;'،٬’-:\"«؟%_")
        let narrow = Array("aب1٣ .,'،-")
        var texts: [String] = []
        for a in wide {
            texts.append(String(a))
            for b in wide {
                texts.append(String([a, b]))
                for c in wide { texts.append(String([a, b, c])) }
            }
        }
        for a in narrow {
            for b in narrow { for c in narrow { for d in narrow { texts.append(String([a, b, c, d])) } } }
        }
        let accepted = Self.check(texts, tokenizer)
        #expect(accepted > texts.count / 2)
    }

    /// Every segment and every whole text of the seeds, original and `match`-normalized.
    @Test func seedArticles() throws {
        #expect(Paths.seedFiles.count == 5)
        try Self.checkArticles(Paths.seedFiles)
    }

    /// The same on EASC dev (needs ../shared/easc-dev, present in CI, absent in a user's clone).
    @Test(.enabled(if: Paths.hasEASC, "needs ../shared/easc-dev/articles"))
    func eascArticles() throws {
        let paths = try Paths.eascFiles()
        #expect(paths.count >= 100)
        try Self.checkArticles(paths)
    }

    static func checkArticles(_ paths: [String]) throws {
        let tokenizer = try Tokenizer(locale: "ar")
        var texts: [String] = []
        for document in try TextPipeline().process(paths: paths) {
            texts.append(document.source.text)
            texts.append(document.normalized.text)
            for segment in document.segments {
                texts.append(segment.text)
                texts.append(String(document.matchText(of: segment)))
            }
        }
        let accepted = Self.check(texts, tokenizer)
        // Most of it is simple: the fast path must be doing the work, not only declining it.
        #expect(accepted * 10 > texts.count * 7, "\(accepted) of \(texts.count)")
    }
}
