import DragomanGlossary
import DragomanText
import Testing

/// Normalization interactions, leftmost-longest, fuzzy names, English and offsets.
@Suite struct MatchingRulesTests {
    typealias F = MatchingFixture.Found

    static let normalization: [(String, [F])] = [
        // أ/ا: the glossary writes الأطلسي, the text الاطلسي; and the reverse with الأمن / الامن.
        ("انضمت فنلندا إلى حلف شمال الاطلسي العام الماضي.", [F("حلف شمال الاطلسي", "t-01")]),
        ("ناقش الوزراء الامن في المنطقة.", [F("الامن", "t-08")]),
        ("ناقش الوزراء الإمن في المنطقة.", [F("الإمن", "t-08")]),
        // ى/ي: الأطلنطى for الأطلنطي, الدولى for الدولي.
        ("قال حلف شمال الأطلنطى إنه مستعد.", [F("حلف شمال الأطلنطى", "t-01")]),
        ("أشاد الوزير بالتحالف الدولى.", [F("بالتحالف الدولى", "t-02")]),
        ("زار المستوي الأول.", [F("المستوي", "t-18")]),
        // ة/ه: الحكومه written with ه, and منظمه.
        ("أعلنت الحكومه خطة جديدة.", [F("الحكومه", "t-05")]),
        // Diacritics inside a term.
        ("أكّد التَّحالُفُ الدَّوليُّ دعمه.", [F("التَّحالُفُ الدَّوليُّ", "t-02")]),
        // Tatweel inside a term.
        ("أكد التحـــالف الدولـي دعمه.", [F("التحـــالف الدولـي", "t-02")]),
    ]

    @Test(arguments: normalization)
    func normalizationInteraction(_ sentence: String, _ expected: [F]) throws {
        #expect(try MatchingFixture.matches(sentence) == expected)
    }

    static let longest: [(String, [F])] = [
        // The full coalition name wins over التحالف الدولي and داعش inside it; both are never reported.
        ("اجتمع التحالف الدولي لمناهضة داعش في روما.", [F("التحالف الدولي لمناهضة داعش", "t-03")]),
        ("وشارك الأردن في اجتماعات التحالف الدولي ضد داعش.", [F("التحالف الدولي", "t-02"), F("داعش", "t-04")]),
        ("قال حلف شمال الأطلنطي إن الناتو مستعد.", [F("حلف شمال الأطلنطي", "t-01"), F("الناتو", "t-01")]),
        // Leftmost: overlapping candidates start where the text starts.
        (
            "التقى وزير الدفاع بالتحالف الدولي لمناهضة داعش.",
            [F("وزير الدفاع", "t-16"), F("بالتحالف الدولي لمناهضة داعش", "t-03")]
        ),
        // Punctuation between the words breaks a term.
        ("أكد التحالف، الدولي دعمه.", []),
    ]

    @Test(arguments: longest)
    func leftmostLongest(_ sentence: String, _ expected: [F]) throws {
        #expect(try MatchingFixture.matches(sentence) == expected)
    }

    static let fuzzy: [(String, [F])] = [
        // Seed spelling with a transposed/extra letter, absent from the fixture glossary.
        ("وأضاف ستوليبنبيرج بحسب بيان الحلف.", [F("ستوليبنبيرج", "t-09", .fuzzy)]),
        // Seed misspelling الضفدي (ض for ص) of Safadi: caught beside the first name, not alone (four letters after
        // the article are too few to tell a misspelling from another word).
        ("قال أيمن الضفدي إن التحالف حقق نجاحات.", [F("أيمن الضفدي", "t-10", .fuzzy)]),
        ("وأكد الضفدي أهمية الاجتماع.", []),
        // A common word one letter from a short name form: الناتج (output) is not الناتو.
        ("ارتفع الناتج المحلي.", []),
        ("التقى الوزير ينس ستولتنبرج أمس.", [F("ينس ستولتنبرج", "t-09", .fuzzy)]),
        // Two letters apart (ح for ص and ف for د) is another word: الصحفي is "the journalist", not Safadi.
        // Listed spellings are exact, never fuzzy.
        ("قال ستولينبيرج إن الحلف مستعد.", [F("ستولينبيرج", "t-09")]),
        // A longer word built on a name is morphology, not a spelling: الكاظمية is a district of Baghdad.
        ("وقع انفجار في الكاظمية أمس.", []),
        // Unrelated names stay unmatched.
        ("التقى الوزير ستيفنسون في لندن.", []),
        ("قال الصحفي إن الوضع هادئ.", []),
    ]

    @Test(arguments: fuzzy)
    func fuzzyNames(_ sentence: String, _ expected: [F]) throws {
        #expect(try MatchingFixture.matches(sentence) == expected)
    }

    @Test func fuzzyScoreIsReportedAndBelowOne() throws {
        let document = try MatchingFixture.document("وأضاف ستوليبنبيرج بحسب بيان الحلف.")
        let found = MatchingFixture.matcher.matches(in: document, tokenizer: try Tokenizer(locale: "ar"))
        let match = try #require(found.first)
        #expect(match.kind == .fuzzy)
        #expect(match.score >= 0.9 && match.score < 1)
    }

    static let english: [(String, [F])] = [
        ("NATO and its member states met in Brussels.", [F("NATO", "t-01"), F("member states", "t-20")]),
        ("Nato said the Member States agreed.", [F("Nato", "t-01"), F("Member States", "t-20")]),
        ("The North Atlantic Treaty Organization met.", [F("North Atlantic Treaty Organization", "t-01")]),
        ("The coalition fights Daesh.", [F("Daesh", "t-04")]),
        ("Several member countries objected.", [F("member countries", "t-20")]),
        ("The partnerships were renewed.", [F("partnerships", "t-06")]),
        ("The capacities grew.", [F("capacities", "t-19")]),
        ("NATO's member states met.", [F("NATO's", "t-01"), F("member states", "t-20")]),
        ("NATO’s partnership grew.", [F("NATO’s", "t-01"), F("partnership", "t-06")]),
        // Whole words only.
        ("The NATOs and membership states.", [F("NATOs", "t-01")]),
        ("Statehood is not a state.", []),
    ]

    @Test(arguments: english)
    func englishMatching(_ sentence: String, _ expected: [F]) throws {
        #expect(try MatchingFixture.matches(sentence, language: "en") == expected)
    }

    /// A sentence of a hard-wrapped text runs over a line break (the segmenter keeps it one segment).
    @Test(arguments: ["التحالف\nالدولي", "التحالف \n الدولي", "التحالف\r\nالدولي"])
    func termAcrossLineBreakInsideSentence(_ term: String) throws {
        let text = "أكد \(term) دعمه للعراق."
        let segment = Segment(
            index: 0, kind: .sentence, paragraph: 1, language: "ar", range: 10..<(10 + text.utf8.count), text: text)
        let found = MatchingFixture.matcher.matches(
            in: segment, tokens: try Tokenizer(locale: "ar").tokens(of: segment))
        #expect(found.map(\.text) == [term])
        #expect(found.first?.range == (10 + "أكد ".utf8.count)..<(10 + "أكد ".utf8.count + term.utf8.count))
    }

    @Test func offsetsAreOriginalUTF8BytesIntoTheDocument() throws {
        let text = "عنوان الخبر\n\nقال حلف شمال الأطلنطى (ناتو) إن التَّحالُفُ الدولي مستمر.\nوأكد ستوليبنبيرج دعم الحكومه."
        let document = try MatchingFixture.document(text)
        let found = MatchingFixture.matcher.matches(in: document, tokenizer: try Tokenizer(locale: "ar"))
        #expect(found.count == 4)
        let bytes = Array(text.utf8)
        for match in found {
            #expect(String(decoding: bytes[match.range], as: UTF8.self) == match.text)
            #expect(document.segments[match.segment].range.contains(match.range.lowerBound))
        }
        #expect(found.map(\.text) == ["حلف شمال الأطلنطى", "التَّحالُفُ الدولي", "ستوليبنبيرج", "الحكومه"])
    }
}
