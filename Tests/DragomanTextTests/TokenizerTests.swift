import DragomanText
import Testing

@Suite struct TokenizerTests {
    @Test func tokensKeepOriginalSpanAndMatchForm() throws {
        let text = "وأكّد الأمينُ العامّ لـحلف «الناتو» في الـ28 من الشهر، أنّ ٥٫٣٪ NATO."
        let tokens = try Tokenizer(locale: "ar").tokens(of: text, base: 10)
        let utf8 = Array(text.utf8)
        for token in tokens {
            #expect(
                String(decoding: utf8[(token.range.lowerBound - 10)..<(token.range.upperBound - 10)], as: UTF8.self)
                    == token.text)
        }
        let words = tokens.filter { $0.kind == .word }
        #expect(words.map(\.match).prefix(6) == ["واكد", "الامين", "العام", "لحلف", "الناتو", "في"])
        #expect(words.map(\.match).suffix(3) == ["الشهر", "ان", "nato"])
        #expect(words.first { $0.match == "الامين" }?.text == "الأمينُ")
        #expect(words.first { $0.match == "لحلف" }?.text == "لـحلف")
        #expect(tokens.contains { $0.kind == .number && $0.match == "5.3" && $0.text == "٥٫٣" })
        #expect(tokens.contains { $0.kind == .punctuation && $0.text == "،" })
        #expect(tokens.contains { $0.kind == .punctuation && $0.text == "«" })
        #expect(!tokens.contains { $0.text.allSatisfy(\.isWhitespace) })
    }

    @Test func cliticsAreNotSplitHere() throws {
        let tokens = try Tokenizer(locale: "ar").tokens(of: "وبالأمن ولن")
        #expect(tokens.map(\.match) == ["وبالامن", "ولن"])
    }

    @Test func segmentTokensUseDocumentOffsets() throws {
        let document = try segment("عنوان الخبر\n\nقال الحلف إن الاجتماع انتهى.")
        let tokenizer = try Tokenizer(locale: "ar")
        let sentence = document.segments[1]
        let tokens = tokenizer.tokens(of: sentence)
        #expect(tokens.first?.range.lowerBound == sentence.range.lowerBound)
        #expect(tokens.map { document.source.text(in: $0.range) } == tokens.map(\.text))
    }

    @Test func documentTokensEqualSegmentTokensOnEverySeed() throws {
        let tokenizer = try Tokenizer(locale: "ar")
        for document in try TextPipeline().process(paths: [Paths.seeds.path]) {
            for segment in document.segments {
                let fromDocument = tokenizer.tokens(of: segment, in: document)
                #expect(fromDocument == tokenizer.tokens(of: segment), "\(segment.text)")
                #expect(fromDocument.allSatisfy { segment.range.contains($0.range.lowerBound) })
            }
        }
    }

    /// Segments that begin or end on what `match` removes or rewrites (harakat, tatweel, presentation forms, bidi
    /// marks, joiners, Arabic-Indic digits and punctuation), in Arabic and English documents: the tokens from the
    /// document's normalization are those from the segment's own (what the glossary's batch relies on).
    @Test(arguments: [
        ("ar", "عنوانُ الخبرِ\n\nأعلنـــت الوزارة، اليوم؛ أنّ ٥٫٣٪ من الميزانية ذهبت؟ \u{200F}نعم.\n\nﻻ شكّ في ذلك ‌ـالآن."),
        ("ar", "قال: «الناتو» NATO اجتمع في 2021م.\nوأكّدَ الأمينُ العامُّ ذلك!\n\n\u{202B}بيان\u{202C} رسمي ١٢٣."),
        ("en", "Minister’s statement\n\nThe ministry said on Monday that 5.3% went to schools.\n\n“Al-Qaeda” isn’t ﻻ."),
        ("en", "NATO met in Brussels.\u{200E} It said: “yes”.\nمؤتمر صحفي في Brussels، اليوم."),
    ])
    func documentTokensEqualSegmentTokens(locale: String, text: String) throws {
        let document = try TextPipeline().process([SourceText(name: "t.txt", text: text)], language: locale)[0]
        let tokenizer = try Tokenizer(locale: locale)
        #expect(document.segments.count > 1)
        for segment in document.segments {
            #expect(tokenizer.tokens(of: segment, in: document) == tokenizer.tokens(of: segment), "\(segment.text)")
        }
    }

    /// The package-level token walk gives the same `match` forms and kinds as `tokens(of:in:)`, without strings.
    @Test func forEachTokenEqualsTokensOnEverySeed() throws {
        let tokenizer = try Tokenizer(locale: "ar")
        for document in try TextPipeline().process(paths: [Paths.seeds.path]) {
            for segment in document.segments {
                var walked: [String] = []
                var kinds: [Token.Kind] = []
                tokenizer.forEachToken(of: segment, in: document) { match, kind in
                    walked.append(String(decoding: match, as: UTF8.self))
                    kinds.append(kind)
                }
                let tokens = tokenizer.tokens(of: segment, in: document)
                #expect(walked == tokens.map(\.match), "\(segment.text)")
                #expect(kinds == tokens.map(\.kind))
            }
        }
    }

    /// With rules other than `match` the segment's own text is normalized (`display` keeps hamza and harakat).
    @Test(arguments: [
        ("وأكّد الأمينُ العامّ أنّ ٥٫٣٪", Token.Kind.word, "وأكّد"),
        ("٢٠٢١ عام", .number, "٢٠٢١"),
        ("«الناتو»", .punctuation, "«"),
    ])
    func forEachTokenWithDisplayRules(text: String, kind: Token.Kind, first: String) throws {
        let document = try segment(text)
        let tokenizer = try Tokenizer(locale: "ar", rules: .display)
        var tokens: [(String, Token.Kind)] = []
        tokenizer.forEachToken(of: document.segments[0], in: document) {
            tokens.append((String(decoding: $0, as: UTF8.self), $1))
        }
        #expect(tokens.first?.0 == first)
        #expect(tokens.first?.1 == kind)
        #expect(tokens.map(\.0) == tokenizer.tokens(of: document.segments[0]).map(\.match))
    }
}
